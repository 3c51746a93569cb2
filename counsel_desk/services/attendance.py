"""What happened at each session, stored as data for the timeline and reliability figures
(a cancellation's notice computed from when word came), and rescheduling a session to a
new time, with who asked."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.attendance import (
    MAX_NOTICE_HOURS,
    Attendance,
    notice_from,
    validate_attendance,
)
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.contract.notice import NoticeVerdict
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
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
        self,
        session: Session,
        status: SessionStatus,
        notice_hours: float | None,
        received_at: dt.datetime | None = None,
    ) -> NoticeVerdict | None:
        """Whether a cancellation is short, as it is being recorded: from when word came
        if that is given, else from the notice in hours (the one judgement:
        ``services/notice.py``)."""
        return self._notice.would_be(session, status, notice_hours, received_at)

    def moved_to(self, session_id: int) -> Session | None:
        """The session a rescheduled one moved to, if it was rescheduled."""
        linked = self._repo.get(session_id).rescheduled_to_session_id
        return self._sessions.get(linked) if linked is not None else None

    def record(self, session_id: int, attendance: Attendance) -> Attendance:
        """Keep what happened; a cancellation's notice is worked out from when word came."""
        with self._work:
            session = self._sessions.get(session_id)
            attendance = validate_attendance(attendance, session.planned_minutes, session.start)
            if attendance.rescheduled_to_session_id is not None:
                self._sessions.get(attendance.rescheduled_to_session_id)
            self._repo.record(session_id, attendance)
            self._audit.record(
                AuditKind.ATTENDANCE_RECORDED, session=session_id, status=attendance.status.value
            )
        return self._repo.get(session_id)

    def reschedule(
        self,
        session_id: int,
        new_start: dt.datetime,
        notice_hours: float | None = None,
        *,
        asked_by: Party | None = None,
        received_at: dt.datetime | None = None,
    ) -> Session:
        """Book the new session (same client, length and way of meeting) and link the old,
        with who asked and when (the notice is worked out from that when given): the new
        session, the link and the audit entry together, or none of them."""
        if notice_hours is not None and not 0 <= notice_hours <= MAX_NOTICE_HOURS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Notice must be between 0 hours and a year.")
            )
        with self._work:
            session = self._sessions.get(session_id)
            if received_at is not None:
                if received_at > session.start:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The request came after the session was due to start; record what "
                            "happened instead, or correct the time.",
                        )
                    )
                notice_hours = notice_from(received_at, session.start)
            if session.status is SessionStatus.RESCHEDULED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This session was already rescheduled; reschedule the new one instead.",
                    )
                )
            if new_start == session.start:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The new time is the same as the old one.")
                )
            new_id = self._repo.reschedule(
                session_id,
                new_start,
                notice_hours,
                asked_by=Party(asked_by) if asked_by is not None else None,
                received_at=received_at,
            )
            self._audit.record(AuditKind.SESSION_RESCHEDULED, session=session_id, to_session=new_id)
        return self._sessions.get(new_id)
