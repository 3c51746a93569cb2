"""Cancelled sessions with what is recorded of their notice, for judging short notice
(``services/notice.py``): one client's, or every client's over a few days (Today)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.repository import START_FORMAT, Repository

_CANCELLED = "('cancelled_client', 'cancelled_practitioner')"
_COLUMNS = "s.id, s.client_id, s.scheduled_start, s.status, s.notice_hours"


@dataclass(frozen=True, slots=True)
class CancelledRow:
    """A cancelled session as recorded: who cancelled (its status) and the notice given."""

    session_id: int
    client_id: int
    start: dt.datetime  # local wall-clock, naive
    status: SessionStatus
    notice_hours: float | None


def _row(row: tuple) -> CancelledRow:
    return CancelledRow(
        row[0], row[1], dt.datetime.fromisoformat(row[2]), SessionStatus(row[3]), row[4]
    )


class CancellationRepository(Repository):
    def for_client(self, client_id: int) -> list[CancelledRow]:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM sessions s WHERE s.client_id = ? "
            f"AND s.status IN {_CANCELLED} ORDER BY s.scheduled_start",
            (client_id,),
        )
        return [_row(r) for r in rows]

    def session(self, session_id: int) -> CancelledRow | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM sessions s WHERE s.id = ? AND s.status IN {_CANCELLED}",
            (session_id,),
        )
        return _row(rows[0]) if rows else None

    def between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, CancelledRow]]:
        """(client code, cancellation) for sessions that were to start in [start, end)."""
        rows = self._query(
            f"SELECT c.code, {_COLUMNS} FROM sessions s JOIN clients c ON c.id = s.client_id "
            f"WHERE s.scheduled_start >= ? AND s.scheduled_start < ? AND s.status IN {_CANCELLED} "
            "ORDER BY s.scheduled_start DESC",
            (start.strftime(START_FORMAT), end.strftime(START_FORMAT)),
        )
        return [(r[0], _row(r[1:])) for r in rows]
