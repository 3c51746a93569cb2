"""The risk and safeguarding log (care records): entries, their reviews and closing, and what
Today reads of them. Entries are read with their client's code and, when logged from a
note, that note's session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.risk import Risk, RiskAction, RiskDraft, RiskLevel, RiskReview
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, iso_date, now_utc, parse_date

GONE = QT_TRANSLATE_NOOP("errors", "That risk entry no longer exists.")

_SELECT = (
    "SELECT r.id, r.client_id, c.code, r.on_date, r.disclosed, r.level, r.actions, r.told, "
    "r.told_on, r.review_on, r.note_id, n.session_id, r.closed_on, r.outcome "
    "FROM risk_entries r JOIN clients c ON c.id = r.client_id "
    "LEFT JOIN notes n ON n.id = r.note_id"
)


def _risk(row: tuple, reviews: Sequence[RiskReview]) -> Risk:
    return Risk(
        id=row[0],
        client_id=row[1],
        client_code=row[2],
        on=dt.date.fromisoformat(row[3]),
        disclosed=row[4],
        level=RiskLevel(row[5]),
        actions=tuple(RiskAction(a) for a in row[6].split("\n") if a),
        told=row[7],
        told_on=parse_date(row[8]),
        review_on=parse_date(row[9]),
        note_id=row[10],
        session_id=row[11],
        closed_on=parse_date(row[12]),
        outcome=row[13],
        reviews=tuple(reviews),
    )


class RiskRepository(Repository):
    def _read(self, where: str, params: Iterable[object]) -> list[Risk]:
        rows = self._query(f"{_SELECT} WHERE {where} ORDER BY r.on_date DESC, r.id DESC", params)
        if not rows:
            return []
        ids = [r[0] for r in rows]
        reviews: dict[int, list[RiskReview]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for r in self._query(
            "SELECT id, risk_id, on_date, summary, next_review FROM risk_reviews "
            f"WHERE risk_id IN ({marks}) ORDER BY on_date, id",
            ids,
        ):
            reviews[r[1]].append(
                RiskReview(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], parse_date(r[4]))
            )
        return [_risk(row, reviews[row[0]]) for row in rows]

    def get(self, risk_id: int) -> Risk:
        found = self._read("r.id = ?", (risk_id,))
        if not found:
            raise NotFound(GONE)
        return found[0]

    def for_client(self, client_id: int) -> list[Risk]:
        """Newest first."""
        return self._read("r.client_id = ?", (client_id,))

    def for_note(self, note_id: int) -> list[Risk]:
        return self._read("r.note_id = ?", (note_id,))

    def open(self) -> list[Risk]:
        """Every open entry, for Today (a partial index keeps this cheap)."""
        return self._read("r.closed_on IS NULL", ())

    def add(self, draft: RiskDraft) -> int:
        self._writing()
        stamp = now_utc()
        try:
            cur = self.conn.execute(
                "INSERT INTO risk_entries (client_id, note_id, on_date, disclosed, level, "
                "actions, told, told_on, review_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.client_id,
                    draft.note_id,
                    draft.on.isoformat(),
                    draft.disclosed,
                    draft.level.value,
                    "\n".join(a.value for a in draft.actions),
                    draft.told,
                    iso_date(draft.told_on),
                    iso_date(draft.review_on),
                    stamp,
                    stamp,
                ),
            )
        except IntegrityError as exc:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That client or note no longer exists.")
            ) from exc
        return int(cur.lastrowid)

    def update(self, risk_id: int, draft: RiskDraft) -> None:
        """Change an open entry (the client and note stay as they were)."""
        self._writing()
        cur = self.conn.execute(
            "UPDATE risk_entries SET on_date = ?, disclosed = ?, level = ?, actions = ?, "
            "told = ?, told_on = ?, review_on = ?, updated_at = ? "
            "WHERE id = ? AND closed_on IS NULL",
            (
                draft.on.isoformat(),
                draft.disclosed,
                draft.level.value,
                "\n".join(a.value for a in draft.actions),
                draft.told,
                iso_date(draft.told_on),
                iso_date(draft.review_on),
                now_utc(),
                risk_id,
            ),
        )
        if cur.rowcount == 0:
            self.get(risk_id)  # NotFound if it vanished; else it was closed meanwhile

    def review(self, risk_id: int, on: dt.date, summary: str, next_review: dt.date | None) -> int:
        """A review: kept, and the entry's next review date moved, or the entry closed
        (``next_review`` None) with ``summary`` as its outcome."""
        self._writing()
        stamp = now_utc()
        cur = self.conn.execute(
            "INSERT INTO risk_reviews (risk_id, on_date, summary, next_review, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (risk_id, on.isoformat(), summary, iso_date(next_review), stamp),
        )
        review_id = int(cur.lastrowid)
        if next_review is None:
            self.conn.execute(
                "UPDATE risk_entries SET closed_on = ?, outcome = ?, updated_at = ? WHERE id = ?",
                (on.isoformat(), summary, stamp, risk_id),
            )
        else:
            self.conn.execute(
                "UPDATE risk_entries SET review_on = ?, updated_at = ? WHERE id = ?",
                (next_review.isoformat(), stamp, risk_id),
            )
        return review_id

    def move_with_note(self, note_id: int, client_id: int) -> int:
        """Entries logged from a note follow it to another client (filed in error)."""
        self._writing()
        cur = self.conn.execute(
            "UPDATE risk_entries SET client_id = ?, updated_at = ? WHERE note_id = ?",
            (client_id, now_utc(), note_id),
        )
        return cur.rowcount

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM risk_entries")[0][0])
