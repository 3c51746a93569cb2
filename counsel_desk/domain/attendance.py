"""What happened at a session, as data: attendance, punctuality on both sides, early endings,
cancellations with the notice given, and rescheduling. Pure: no SQL, no Qt.

These figures feed the alliance timeline and the reliability panel later, so they are
numbers and choices, never prose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import Modality, SessionStatus

MAX_NOTICE_HOURS = 24 * 366

T = TypeVar("T")

CANCELLED = frozenset({SessionStatus.CANCELLED_BY_CLIENT, SessionStatus.CANCELLED_BY_PRACTITIONER})
# Statuses where there is no session to be late for or to end early.
NOT_HELD = CANCELLED | {SessionStatus.DID_NOT_ATTEND, SessionStatus.RESCHEDULED}


class EndedEarlyBy(StrEnum):
    CLIENT = "client"
    PRACTITIONER = "practitioner"

    @property
    def label(self) -> str:
        return {"client": "Client", "practitioner": "Me"}[self.value]


@dataclass(frozen=True)
class Attendance:
    status: SessionStatus
    actual_start: dt.datetime | None = None  # local wall-clock, naive
    actual_end: dt.datetime | None = None
    client_late_minutes: int = 0
    practitioner_late_minutes: int = 0
    ended_early_minutes: int = 0
    ended_early_by: EndedEarlyBy | None = None
    notice_hours: float | None = None  # cancellations and reschedules
    rescheduled_to_session_id: int | None = None
    recorded_at: dt.datetime | None = None  # UTC; None until recorded

    @property
    def is_cancellation(self) -> bool:
        return self.status in CANCELLED


def _minutes(value: int, what: str, planned_minutes: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number of minutes.")
    if value < 0:
        raise ValidationError(f"{what} cannot be negative.")
    if value > planned_minutes:
        raise ValidationError(f"{what} cannot be longer than the session ({planned_minutes} min).")
    return value


def validate_attendance(att: Attendance, planned_minutes: int) -> Attendance:
    """Check an attendance record against the session's length; one sentence per problem."""
    if att.status is SessionStatus.SCHEDULED:
        raise ValidationError("Choose what happened: attended, cancelled, did not attend…")
    client_late = _minutes(att.client_late_minutes, "Client lateness", planned_minutes)
    own_late = _minutes(att.practitioner_late_minutes, "Your lateness", planned_minutes)
    early = _minutes(att.ended_early_minutes, "Ending early", planned_minutes)
    held_details = client_late or own_late or early or att.actual_start or att.actual_end
    if att.status in NOT_HELD and held_details:
        raise ValidationError(
            "Lateness, early endings and actual times only apply to a session that took place."
        )
    if client_late + early > planned_minutes or own_late + early > planned_minutes:
        raise ValidationError("Lateness and ending early add up to more than the session.")
    if early and att.ended_early_by is None:
        raise ValidationError("Say who ended the session early.")
    if att.ended_early_by is not None and not early:
        raise ValidationError("Give how many minutes early the session ended.")
    if att.is_cancellation and att.notice_hours is None:
        raise ValidationError("A cancellation needs the notice given, in hours (0 for none).")
    if att.notice_hours is not None:
        if att.status not in CANCELLED | {SessionStatus.RESCHEDULED}:
            raise ValidationError("Notice only applies to a cancelled or rescheduled session.")
        notice = float(att.notice_hours)
        if not 0 <= notice <= MAX_NOTICE_HOURS:
            raise ValidationError("Notice must be between 0 hours and a year.")
    if att.rescheduled_to_session_id is not None and att.status is not SessionStatus.RESCHEDULED:
        raise ValidationError("Only a rescheduled session links to a new session.")
    if att.status is SessionStatus.RESCHEDULED and att.rescheduled_to_session_id is None:
        raise ValidationError("Reschedule the session to pick its new time.")
    if att.actual_start and att.actual_end and att.actual_end <= att.actual_start:
        raise ValidationError("The actual end is before the actual start.")
    return att


@dataclass(frozen=True)
class DiaryEntry:
    """A session as the Today list and outstanding lists show it: no note text."""

    session_id: int
    client_id: int
    client_code: str
    start: dt.datetime  # local wall-clock
    planned_minutes: int
    modality: Modality
    status: SessionStatus
    note_count: int
    draft_count: int

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.planned_minutes)


@dataclass(frozen=True)
class Bounded(Generic[T]):
    """Up to ``limit`` items of a list; ``more`` says there were others beyond."""

    items: tuple[T, ...]
    more: bool
