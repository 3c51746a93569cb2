"""Cancelled sessions with what is recorded of their notice (when word came, or for older
rows only the notice in hours), for judging short notice (``services/notice.py``): one
client's, or every client's over a few days (Today)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.repository import START_FORMAT, Repository

_CANCELLED = "('cancelled_client', 'cancelled_practitioner')"
_COLUMNS = (
    "s.id, s.client_id, s.scheduled_start, s.status, s.notice_hours, s.received_at, s.break_id"
)


@dataclass(frozen=True, slots=True)
class CancelledRow:
    """A cancelled session as recorded: who cancelled (its status), when word came (kept
    since care records) and the notice in hours (all that older rows have)."""

    session_id: int
    client_id: int
    start: dt.datetime  # local wall-clock, naive
    status: SessionStatus
    notice_hours: float | None
    received_at: dt.datetime | None = None  # local wall-clock, naive
    break_id: int | None = None  # cancelled for a practice break


def _row(row: tuple) -> CancelledRow:
    return CancelledRow(
        row[0],
        row[1],
        dt.datetime.fromisoformat(row[2]),
        SessionStatus(row[3]),
        row[4],
        dt.datetime.fromisoformat(row[5]) if row[5] else None,
        row[6],
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

    def since(
        self, client_id: int | None = None, start: dt.datetime | None = None
    ) -> list[CancelledRow]:
        """Every cancelled session (or one client's) that was to start at or after ``start``,
        oldest first."""
        where, params = [f"s.status IN {_CANCELLED}"], []
        if client_id is not None:
            where.append("s.client_id = ?")
            params.append(client_id)
        if start is not None:
            where.append("s.scheduled_start >= ?")
            params.append(start.strftime(START_FORMAT))
        rows = self._query(
            f"SELECT {_COLUMNS} FROM sessions s WHERE {' AND '.join(where)} "
            "ORDER BY s.scheduled_start",
            params,
        )
        return [_row(r) for r in rows]
