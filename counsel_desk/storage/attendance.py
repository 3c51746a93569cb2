"""Attendance: what happened at a session (columns on ``sessions``: schema 2's, and schema
4's early endings, word of a cancellation, who asked and the break), and rescheduling,
which books the new session and links the old one to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.attendance import (
    NOT_HELD,
    Attendance,
    EndedEarlyBy,
    Party,
    ReceivedBy,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import START_FORMAT, Repository, now_utc

# Schema 2's ended_early_by is no longer written (care records copied it into early_ending).
COLUMNS = (
    "status, actual_start, actual_end, client_late_minutes, practitioner_late_minutes, "
    "ended_early_minutes, early_ending, notice_hours, rescheduled_to_session_id, "
    "attendance_recorded_at, received_at, received_by, cancel_reason, asked_by, break_id"
)


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def attendance_from_row(r: tuple) -> Attendance:
    """An ``Attendance`` from the columns of ``COLUMNS``, in that order."""
    return Attendance(
        status=SessionStatus(r[0]),
        actual_start=_when(r[1]),
        actual_end=_when(r[2]),
        client_late_minutes=r[3] or 0,
        practitioner_late_minutes=r[4] or 0,
        ended_early_minutes=r[5] or 0,
        ended_early_by=EndedEarlyBy(r[6]) if r[6] else None,
        notice_hours=r[7],
        rescheduled_to_session_id=r[8],
        recorded_at=_when(r[9]),
        received_at=_when(r[10]),
        received_by=ReceivedBy(r[11]) if r[11] else None,
        reason=r[12] or "",
        asked_by=Party(r[13]) if r[13] else None,
        break_id=r[14],
    )


def _local(value: dt.datetime | None) -> str | None:
    return value.strftime(START_FORMAT) if value else None


class AttendanceRepository(Repository):
    """What happened at a session."""

    def get(self, session_id: int) -> Attendance:
        rows = self._query(f"SELECT {COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        return attendance_from_row(rows[0])

    def record(self, session_id: int, att: Attendance) -> None:
        held = att.status not in NOT_HELD
        stamp = now_utc()
        self._writing()
        cur = self.conn.execute(
            "UPDATE sessions SET status = ?, actual_start = ?, actual_end = ?, "
            "client_late_minutes = ?, practitioner_late_minutes = ?, ended_early_minutes = ?, "
            "ended_early_by = NULL, early_ending = ?, notice_hours = ?, "
            "rescheduled_to_session_id = ?, received_at = ?, received_by = ?, "
            "cancel_reason = ?, asked_by = ?, break_id = ?, attendance_recorded_at = ?, "
            "updated_at = ? WHERE id = ?",
            (
                att.status.value,
                _local(att.actual_start),
                _local(att.actual_end),
                att.client_late_minutes if held else None,
                att.practitioner_late_minutes if held else None,
                att.ended_early_minutes if held else None,
                att.ended_early_by.value if att.ended_early_by else None,
                att.notice_hours,
                att.rescheduled_to_session_id,
                _local(att.received_at),
                att.received_by.value if att.received_by else None,
                att.reason,
                att.asked_by.value if att.asked_by else None,
                att.break_id,
                stamp,
                stamp,
                session_id,
            ),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))

    def reschedule(
        self,
        session_id: int,
        new_start: dt.datetime,
        notice_hours: float | None,
        *,
        asked_by: Party | None = None,
        received_at: dt.datetime | None = None,
        break_id: int | None = None,
    ) -> int:
        """Add the new session (same client, length, modality) and link the old one to it."""
        stamp = now_utc()
        self._writing()
        cur = self.conn.execute(
            "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, "
            "status, created_at, updated_at) SELECT client_id, ?, planned_minutes, modality, "
            "'scheduled', ?, ? FROM sessions WHERE id = ?",
            (new_start.strftime(START_FORMAT), stamp, stamp, session_id),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        new_id = int(cur.lastrowid)
        self.conn.execute(
            "UPDATE sessions SET status = 'rescheduled', rescheduled_to_session_id = ?, "
            "notice_hours = ?, actual_start = NULL, actual_end = NULL, "
            "client_late_minutes = NULL, practitioner_late_minutes = NULL, "
            "ended_early_minutes = NULL, ended_early_by = NULL, early_ending = NULL, "
            "received_at = ?, received_by = NULL, cancel_reason = '', asked_by = ?, "
            "break_id = ?, attendance_recorded_at = ?, updated_at = ? WHERE id = ?",
            (
                new_id,
                notice_hours,
                _local(received_at),
                asked_by.value if asked_by else None,
                break_id,
                stamp,
                stamp,
                session_id,
            ),
        )
        return new_id

    def records(
        self, client_id: int | None = None, since: dt.datetime | None = None
    ) -> list[tuple[int, int, dt.datetime, int, Attendance]]:
        """(session id, client id, start, planned minutes, attendance) for every session,
        or one client's, oldest first: one query, for the alliance inputs."""
        where, params = ["1"], []
        if client_id is not None:
            where.append("client_id = ?")
            params.append(client_id)
        if since is not None:
            where.append("scheduled_start >= ?")
            params.append(since.strftime(START_FORMAT))
        rows = self._query(
            f"SELECT id, client_id, scheduled_start, planned_minutes, {COLUMNS} FROM sessions "
            f"WHERE {' AND '.join(where)} ORDER BY scheduled_start",
            params,
        )
        return [
            (r[0], r[1], dt.datetime.fromisoformat(r[2]), r[3], attendance_from_row(r[4:]))
            for r in rows
        ]

    _ALLIANCE = (
        "SELECT id, client_id, scheduled_start, status, client_late_minutes, "
        "practitioner_late_minutes, ended_early_minutes, early_ending, notice_hours, "
        "received_at, break_id FROM sessions"
    )

    def alliance_rows(
        self, client_id: int | None = None, client_ids: Sequence[int] | None = None
    ) -> list[tuple]:
        """What the alliance features read of each session, one client's (in time order),
        some clients' or every client's (in the table's order: sorting ten years of
        sessions by time would cost more than reading them): (id, client id, start text,
        status, client late, practitioner late, ended early minutes, how it ended early,
        notice hours, when word of a cancellation came, the practice break). Plain tuples:
        ten years of a practice are some 10,000 rows."""
        if client_id is not None:
            return self._query(
                f"{self._ALLIANCE} WHERE client_id = ? ORDER BY scheduled_start, id", (client_id,)
            )
        if client_ids is not None:
            ids = sorted(set(client_ids))
            marks = ", ".join("?" * len(ids))
            return self._query(f"{self._ALLIANCE} WHERE client_id IN ({marks})", ids)
        return self._query(self._ALLIANCE)

    # A session held with nothing more to count (``domain.reliability.plainly_held``).
    _PLAIN = (
        "status = 'attended' AND coalesce(client_late_minutes, 0) = 0 "
        "AND coalesce(practitioner_late_minutes, 0) = 0 "
        "AND (early_ending IS NULL OR coalesce(ended_early_minutes, 0) = 0)"
    )

    def plainly_held_by_month(self) -> list[tuple[str, int]]:
        """Every client's sessions held plainly, counted by month ('YYYY-MM', count)."""
        return self._query(
            f"SELECT substr(scheduled_start, 1, 7), count(*) FROM sessions WHERE {self._PLAIN} "
            "GROUP BY 1"
        )

    def alliance_rows_but_plain(self) -> list[tuple]:
        """``alliance_rows`` of every client, but for the sessions held plainly."""
        return self._query(f"{self._ALLIANCE} WHERE NOT ({self._PLAIN})")

    def clients_seen_since(self, since: dt.datetime) -> list[int]:
        """Clients with a session booked on or after ``since`` (the current caseload)."""
        rows = self._query(
            "SELECT DISTINCT client_id FROM sessions WHERE scheduled_start >= ?",
            (since.strftime(START_FORMAT),),
        )
        return sorted(r[0] for r in rows)
