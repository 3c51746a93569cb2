"""What a supervision summary reads that no other repository offers: the notes flagged for
supervision in a period (their title and question, never their body), and which clients
have flagged notes or boundary events in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.storage.repository import START_FORMAT, Repository


@dataclass(frozen=True)
class FlaggedNote:
    id: int
    client_id: int
    session_start: dt.datetime
    title: str
    question: str


def _bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    return start.strftime(START_FORMAT), end.strftime(START_FORMAT)


class SummaryReader(Repository):
    def flagged_notes(self, client_id: int, first: dt.date, last: dt.date) -> list[FlaggedNote]:
        rows = self._query(
            "SELECT n.id, n.client_id, s.scheduled_start, n.title, n.supervision_question "
            "FROM notes n JOIN sessions s ON s.id = n.session_id "
            "WHERE n.client_id = ? AND n.supervision_flag = 1 "
            "AND s.scheduled_start >= ? AND s.scheduled_start < ? "
            "ORDER BY s.scheduled_start, n.id",
            (client_id, *_bounds(first, last)),
        )
        return [
            FlaggedNote(i, c, dt.datetime.strptime(start, START_FORMAT), title, question)
            for i, c, start, title, question in rows
        ]

    def first_session(self, client_id: int) -> dt.date | None:
        """The day of the client's first session (any status), for counting weeks."""
        rows = self._query(
            "SELECT min(scheduled_start) FROM sessions WHERE client_id = ?", (client_id,)
        )
        return dt.datetime.strptime(rows[0][0], START_FORMAT).date() if rows[0][0] else None

    def suggested(self, first: dt.date, last: dt.date) -> list[int]:
        """Clients with a note flagged for supervision or a boundary event in the period."""
        start, end = _bounds(first, last)
        rows = self._query(
            "SELECT n.client_id FROM notes n JOIN sessions s ON s.id = n.session_id "
            "WHERE n.supervision_flag = 1 AND s.scheduled_start >= ? AND s.scheduled_start < ? "
            "UNION SELECT client_id FROM boundary_events WHERE on_date BETWEEN ? AND ?",
            (start, end, first.isoformat(), last.isoformat()),
        )
        return sorted(r[0] for r in rows)
