"""Scores on measures: the total, the items when entered, who completed it and when.

Numbers go in and out as decimal text ('34.5'), so a score reads back exactly as entered.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.measures import Respondent
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc

_SELECT = (
    "SELECT id, measure_id, client_id, on_date, completed_by, total, items, session_id FROM scores"
)


_RESPONDENT = {r.value: r for r in Respondent}


def _record(r: tuple) -> ScoreRecord:
    items = tuple(Decimal(v) for v in json.loads(r[6])) if r[6] is not None else None
    return ScoreRecord(
        measure_id=r[1],
        client_id=r[2],
        on=dt.date.fromisoformat(r[3]),
        completed_by=_RESPONDENT[r[4]],
        total=Decimal(r[5]),
        items=items,
        session_id=r[7],
        id=r[0],
    )


class ScoreRepository(Repository):
    def add(self, record: ScoreRecord) -> int:
        self._writing()
        items = json.dumps([str(v) for v in record.items]) if record.items is not None else None
        try:
            cur = self.conn.execute(
                "INSERT INTO scores (client_id, session_id, measure_id, on_date, completed_by, "
                "total, items, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.client_id,
                    record.session_id,
                    record.measure_id,
                    record.on.isoformat(),
                    record.completed_by.value,
                    str(record.total),
                    items,
                    now_utc(),
                ),
            )
        except IntegrityError as exc:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That client or session no longer exists.")
            ) from exc
        return int(cur.lastrowid)

    def get(self, score_id: int) -> ScoreRecord:
        rows = self._query(f"{_SELECT} WHERE id = ?", (score_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That score no longer exists."))
        return _record(rows[0])

    def for_client(self, client_id: int) -> list[ScoreRecord]:
        rows = self._query(f"{_SELECT} WHERE client_id = ? ORDER BY on_date, id", (client_id,))
        return [_record(r) for r in rows]

    def for_clients(self, client_ids: Iterable[int]) -> list[ScoreRecord]:
        ids = sorted(set(client_ids))
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self._query(f"{_SELECT} WHERE client_id IN ({marks}) ORDER BY on_date, id", ids)
        return [_record(r) for r in rows]

    def for_session(self, session_id: int) -> list[ScoreRecord]:
        rows = self._query(f"{_SELECT} WHERE session_id = ? ORDER BY id", (session_id,))
        return [_record(r) for r in rows]

    def latest_measure(self, client_id: int) -> str | None:
        """The measure of the client's most recent score, if any."""
        rows = self._query(
            "SELECT measure_id FROM scores WHERE client_id = ? ORDER BY on_date DESC, id DESC "
            "LIMIT 1",
            (client_id,),
        )
        return rows[0][0] if rows else None

    def delete(self, score_id: int) -> None:
        self._writing()
        cur = self.conn.execute("DELETE FROM scores WHERE id = ?", (score_id,))
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That score no longer exists."))

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM scores")[0][0])
