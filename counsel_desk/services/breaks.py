"""Practice breaks: adding one (and, never silently, moving or cancelling the sessions
booked inside it, as the practitioner chooses), removing one, and the breaks ahead for
Today. A session cancelled for a break is linked to it and never counted as the
practitioner's own cancellation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.attendance import Attendance, notice_from
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.breaks import (
    Break,
    BreakDraft,
    BreakOverlaps,
    Overlap,
    OverlapChoice,
    move_target,
    validate_break,
)
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.rules import MAX_SESSION_MINUTES
from counsel_desk.domain.series import clashes
from counsel_desk.domain.sessions import Session, SessionStatus
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.breaks import BreakRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault

AHEAD_DAYS = 56  # Today lists breaks that begin within eight weeks


@dataclass(frozen=True)
class BreakAdded:
    """A new break, and what became of the sessions booked inside it."""

    added: Break
    moved: tuple[tuple[Session, Session], ...] = ()  # (the old session, the new one)
    cancelled: tuple[Session, ...] = ()

    @property
    def summary(self) -> Phrase:
        said = phrase(
            QT_TRANSLATE_NOOP("services.breaks", "Practice break added: {span}."),
            span=self.added.span,
        )
        for sessions, templates in (
            (self.moved, _MOVED),
            (self.cancelled, _CANCELLED),
        ):
            if sessions:
                n = len(sessions)
                then = phrase(templates[n != 1], n=n)
                said = phrase(
                    QT_TRANSLATE_NOOP("services.breaks", "{said} {then}"), said=said, then=then
                )
        return said


_MOVED = (
    QT_TRANSLATE_NOOP("services.breaks", "{n} session moved to the week after."),
    QT_TRANSLATE_NOOP("services.breaks", "{n} sessions moved to the week after."),
)
_CANCELLED = (
    QT_TRANSLATE_NOOP(
        "services.breaks",
        "{n} session cancelled for the break (not counted as your cancellations).",
    ),
    QT_TRANSLATE_NOOP(
        "services.breaks",
        "{n} sessions cancelled for the break (not counted as your cancellations).",
    ),
)


class BreakService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = BreakRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._attendance = AttendanceRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def list(self) -> list[Break]:
        return self._repo.list()

    def get(self, break_id: int) -> Break:
        return self._repo.get(break_id)

    def between(self, first: dt.date, last: dt.date) -> list[Break]:
        return self._repo.between(first, last)

    def ahead(self, today: dt.date | None = None, days: int = AHEAD_DAYS) -> list[Break]:
        """Breaks under way today, or beginning in the next ``days`` days."""
        today = today or dt.date.today()
        return self._repo.between(today, today + dt.timedelta(days=days))

    def sessions_of(self, client_id: int) -> set[int]:
        """The ids of the client's sessions cancelled or moved for a practice break."""
        return self._repo.sessions_of(client_id)

    def overlapping(self, draft: BreakDraft) -> list[Overlap]:
        """Sessions still booked on the days of ``draft``."""
        draft = validate_break(draft)
        return self._repo.booked_within(draft.first_day, draft.last_day)

    def add(
        self,
        draft: BreakDraft,
        sessions: OverlapChoice | None = None,
        *,
        now: dt.datetime | None = None,
    ) -> BreakAdded:
        """Add a break. If sessions are booked inside it, ``sessions`` says whether to move
        them (to the same time in the first free week after the break) or cancel them;
        without it, ``BreakOverlaps`` lists them and nothing is written."""
        draft = validate_break(draft)
        now = now or dt.datetime.now()
        with self._work:
            overlaps = self._repo.booked_within(draft.first_day, draft.last_day)
            if overlaps and sessions is None:
                raise BreakOverlaps(overlaps)
            break_id = self._repo.add(draft)
            told = dt.datetime.combine(draft.told_on, dt.time()) if draft.told_on else now
            moved: list[tuple[Session, Session]] = []
            cancelled: list[Session] = []
            for overlap in overlaps:
                session = self._sessions.get(overlap.session_id)
                notice = notice_from(told, session.start)
                if sessions is OverlapChoice.MOVE:
                    moved.append((session, self._move(session, draft, notice, break_id)))
                else:
                    self._attendance.record(
                        session.id,
                        Attendance(
                            SessionStatus.CANCELLED_BY_PRACTITIONER,
                            notice_hours=notice,
                            break_id=break_id,
                        ),
                    )
                    cancelled.append(self._sessions.get(session.id))
            self._audit.record(
                AuditKind.BREAK_ADDED,
                moved=len(moved),
                cancelled=len(cancelled),
                **{"break": break_id},
            )
        return BreakAdded(self._repo.get(break_id), tuple(moved), tuple(cancelled))

    def _move(self, session: Session, draft: BreakDraft, notice: float, break_id: int) -> Session:
        def free(when: dt.datetime) -> bool:
            if self._repo.between(when.date(), when.date()):
                return False  # another break
            around = self._sessions.between(
                when - dt.timedelta(minutes=MAX_SESSION_MINUTES),
                when + dt.timedelta(minutes=session.planned_minutes),
            )
            return not clashes([when], session.planned_minutes, around)

        target = move_target(session.start, draft.last_day, free)
        if target is None:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No free time was found for the session on {day} in the eight weeks "
                        "after the break; cancel the sessions instead, or move that one "
                        "yourself first.",
                    ),
                    day=f"{session.start:%a} {session.start.day} {session.start:%b}",
                )
            )
        new_id = self._attendance.reschedule(
            session.id, target, notice, asked_by=Party.PRACTITIONER, break_id=break_id
        )
        return self._sessions.get(new_id)

    def remove(self, break_id: int) -> None:
        """Remove a break. Sessions cancelled or moved for it stay as they are."""
        with self._work:
            self._repo.remove(break_id)
            self._audit.record(AuditKind.BREAK_REMOVED, **{"break": break_id})
