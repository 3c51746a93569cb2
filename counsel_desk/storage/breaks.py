"""Practice breaks (care records): the days the practice is closed and when clients were told,
and the booked sessions a break would cover."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.breaks import Break, BreakDraft, BreakKind, Overlap
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import START_FORMAT, Repository, iso_date, now_utc, parse_date

_SELECT = "SELECT id, first_day, last_day, kind, told_on, label FROM practice_breaks"


def _break(row: tuple) -> Break:
    return Break(
        id=row[0],
        first_day=dt.date.fromisoformat(row[1]),
        last_day=dt.date.fromisoformat(row[2]),
        kind=BreakKind(row[3]),
        told_on=parse_date(row[4]),
        label=row[5],
    )


class BreakRepository(Repository):
    def list(self) -> list[Break]:
        """Every break, earliest first."""
        return [_break(r) for r in self._query(f"{_SELECT} ORDER BY first_day, id")]

    def between(self, first: dt.date, last: dt.date) -> list[Break]:
        """Breaks that touch any day from ``first`` to ``last``."""
        rows = self._query(
            f"{_SELECT} WHERE last_day >= ? AND first_day <= ? ORDER BY first_day, id",
            (first.isoformat(), last.isoformat()),
        )
        return [_break(r) for r in rows]

    def get(self, break_id: int) -> Break:
        rows = self._query(f"{_SELECT} WHERE id = ?", (break_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That practice break no longer exists."))
        return _break(rows[0])

    def add(self, draft: BreakDraft) -> int:
        self._writing()
        stamp = now_utc()
        cur = self.conn.execute(
            "INSERT INTO practice_breaks (first_day, last_day, kind, label, told_on, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                draft.first_day.isoformat(),
                draft.last_day.isoformat(),
                draft.kind.value,
                draft.label,
                iso_date(draft.told_on),
                stamp,
                stamp,
            ),
        )
        return int(cur.lastrowid)

    def remove(self, break_id: int) -> None:
        """Remove a break; the sessions cancelled or moved for it keep what happened to them."""
        self._writing()
        cur = self.conn.execute("DELETE FROM practice_breaks WHERE id = ?", (break_id,))
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That practice break no longer exists."))

    def sessions_of(self, client_id: int) -> set[int]:
        """The client's sessions cancelled or moved for a practice break."""
        rows = self._query(
            "SELECT id FROM sessions WHERE client_id = ? AND break_id IS NOT NULL", (client_id,)
        )
        return {r[0] for r in rows}

    def booked_within(self, first: dt.date, last: dt.date) -> list[Overlap]:
        """Sessions still booked (scheduled) on the days from ``first`` to ``last``."""
        rows = self._query(
            "SELECT s.id, c.code, s.scheduled_start FROM sessions s "
            "JOIN clients c ON c.id = s.client_id WHERE s.status = 'scheduled' "
            "AND s.scheduled_start >= ? AND s.scheduled_start < ? ORDER BY s.scheduled_start",
            (
                dt.datetime.combine(first, dt.time()).strftime(START_FORMAT),
                dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).strftime(START_FORMAT),
            ),
        )
        return [Overlap(r[0], r[1], dt.datetime.fromisoformat(r[2])) for r in rows]
