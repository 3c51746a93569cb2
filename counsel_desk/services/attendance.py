"""What happened at each session, stored as data for the timeline and reliability figures,
and rescheduling a session to a new time."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.attendance import Attendance, validate_attendance
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.contract.notice import NoticeVerdict
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import Session, SessionStatus
from counsel_desk.services.notice import NoticeService
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class AttendanceService:
    """What happened at each session: stored as data for the timeline and reliability figures."""

    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = AttendanceRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._notice = NoticeService(vault)

    def get(self, session_id: int) -> Attendance:
        return self._repo.get(session_id)

    def notice_verdict(
        self, session: Session, status: SessionStatus, notice_hours: float | None
    ) -> NoticeVerdict | None:
        """Whether a cancellation with this notice is short, as it is being recorded (the
        one judgement: ``services/notice.py``)."""
        return self._notice.would_be(session, status, notice_hours)

    def moved_to(self, session_id: int) -> Session | None:
        """The session a rescheduled one moved to, if it was rescheduled."""
        linked = self._repo.get(session_id).rescheduled_to_session_id
        return self._sessions.get(linked) if linked is not None else None

    def record(self, session_id: int, attendance: Attendance) -> Attendance:
        with self._work:
            session = self._sessions.get(session_id)
            validate_attendance(attendance, session.planned_minutes)
            if attendance.rescheduled_to_session_id is not None:
                self._sessions.get(attendance.rescheduled_to_session_id)
            self._repo.record(session_id, attendance)
            self._audit.record(
                AuditKind.ATTENDANCE_RECORDED, session=session_id, status=attendance.status.value
            )
        return self._repo.get(session_id)

    def reschedule(
        self, session_id: int, new_start: dt.datetime, notice_hours: float | None = None
    ) -> Session:
        """Book the new session (same client, length and way of meeting) and link the old:
        the new session, the link and the audit entry together, or none of them."""
        if notice_hours is not None and not 0 <= notice_hours <= 24 * 366:
            raise ValidationError("Notice must be between 0 hours and a year.")
        with self._work:
            session = self._sessions.get(session_id)
            if session.status is SessionStatus.RESCHEDULED:
                raise ValidationError(
                    "This session was already rescheduled; reschedule the new one instead."
                )
            if new_start == session.start:
                raise ValidationError("The new time is the same as the old one.")
            new_id = self._repo.reschedule(session_id, new_start, notice_hours)
            self._audit.record(AuditKind.SESSION_RESCHEDULED, session=session_id, to_session=new_id)
        return self._sessions.get(new_id)
