"""What happened at a session, as data: attendance, punctuality on both sides, early endings
(by either side, by agreement, a failed connection or an outside event), cancellations with
how and when word came (the notice is computed from that) and a short reason, and
rescheduling with who asked. Pure: no SQL, no Qt.

These figures feed the alliance timeline and the reliability panel later, so they are
numbers and choices, never prose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Generic, TypeVar

from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase
from counsel_desk.domain.sessions import Modality, SessionStatus

MAX_NOTICE_HOURS = 24 * 366
MAX_REASON = 200

T = TypeVar("T")

CANCELLED = frozenset({SessionStatus.CANCELLED_BY_CLIENT, SessionStatus.CANCELLED_BY_PRACTITIONER})
# Statuses where there is no session to be late for or to end early.
NOT_HELD = CANCELLED | {SessionStatus.DID_NOT_ATTEND, SessionStatus.RESCHEDULED}


class EndedEarlyBy(StrEnum):
    """Why a session ended early: either side, both by agreement, or neither (a connection
    that failed, an event outside the room). Only the first two count against anyone."""

    CLIENT = "client"
    PRACTITIONER = "practitioner"
    AGREED = "agreed"
    CONNECTION = "connection"
    OUTSIDE = "outside"

    @property
    def label(self) -> Marked:
        return {
            "client": QT_TRANSLATE_NOOP("EndedEarlyBy", "The client"),
            "practitioner": QT_TRANSLATE_NOOP("EndedEarlyBy", "Me"),
            "agreed": QT_TRANSLATE_NOOP("EndedEarlyBy", "By agreement"),
            "connection": QT_TRANSLATE_NOOP("EndedEarlyBy", "Connection failed"),
            "outside": QT_TRANSLATE_NOOP("EndedEarlyBy", "An outside event"),
        }[self.value]


class ReceivedBy(StrEnum):
    """How word of a cancellation came."""

    PHONE = "phone"
    TEXT = "text"
    EMAIL = "email"
    VOICEMAIL = "voicemail"
    IN_PERSON = "in_person"
    OTHER = "other"

    @property
    def label(self) -> Marked:
        return {
            "phone": QT_TRANSLATE_NOOP("ReceivedBy", "Phone call"),
            "text": QT_TRANSLATE_NOOP("ReceivedBy", "Text message"),
            "email": QT_TRANSLATE_NOOP("ReceivedBy", "Email"),
            "voicemail": QT_TRANSLATE_NOOP("ReceivedBy", "Voicemail"),
            "in_person": QT_TRANSLATE_NOOP("ReceivedBy", "In person"),
            "other": QT_TRANSLATE_NOOP("ReceivedBy", "Other"),
        }[self.value]


def notice_from(received: dt.datetime, start: dt.datetime) -> float:
    """Hours of notice from when word came to the session's start (0 if it came later),
    to a tenth of an hour, never rounded up."""
    hours = (start - received).total_seconds() / 3600
    return max(0.0, int(hours * 10) / 10)


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
    received_at: dt.datetime | None = None  # when word came (local); sets the notice
    received_by: ReceivedBy | None = None
    reason: str = ""  # an optional short reason for a cancellation
    asked_by: Party | None = None  # who asked for a reschedule
    break_id: int | None = None  # cancelled or moved for this practice break

    def with_notice(self, start: dt.datetime) -> Attendance:
        """The notice computed from when word came, if that is known."""
        if self.received_at is None:
            return self
        return replace(self, notice_hours=notice_from(self.received_at, start))

    @property
    def is_cancellation(self) -> bool:
        return self.status in CANCELLED


def _minutes(value: int, what: str, planned_minutes: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} must be a whole number of minutes."), what=what
            )
        )
    if value < 0:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "{what} cannot be negative."), what=what)
        )
    if value > planned_minutes:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "{what} cannot be longer than the session ({planned_minutes} min)."
                ),
                what=what,
                planned_minutes=planned_minutes,
            )
        )
    return value


def validate_attendance(
    att: Attendance, planned_minutes: int, start: dt.datetime | None = None
) -> Attendance:
    """Check an attendance record against the session's length (and, given ``start``, when
    word of a cancellation came); one sentence per problem. Returns the record with its
    notice computed from when word came."""
    if att.status is SessionStatus.SCHEDULED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose what happened: attended, cancelled, did not attend…"
            )
        )
    client_late = _minutes(
        att.client_late_minutes, QT_TRANSLATE_NOOP("errors", "Client lateness"), planned_minutes
    )
    own_late = _minutes(
        att.practitioner_late_minutes, QT_TRANSLATE_NOOP("errors", "Your lateness"), planned_minutes
    )
    early = _minutes(
        att.ended_early_minutes, QT_TRANSLATE_NOOP("errors", "Ending early"), planned_minutes
    )
    held_details = client_late or own_late or early or att.actual_start or att.actual_end
    if att.status in NOT_HELD and held_details:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Lateness, early endings and actual times only apply to a session that took place.",
            )
        )
    if client_late + early > planned_minutes or own_late + early > planned_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Lateness and ending early add up to more than the session."
            )
        )
    if early and att.ended_early_by is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the session ended early."))
    if att.ended_early_by is not None and not early:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give how many minutes early the session ended.")
        )
    noticed = CANCELLED | {SessionStatus.RESCHEDULED}
    if att.received_at is not None or att.received_by is not None:
        if att.status not in noticed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "How and when word came only applies to a cancelled or rescheduled session.",
                )
            )
        if att.received_at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say when word of the cancellation came.")
            )
        if start is not None and att.received_at > start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Word came after the session was due to start; record it as did not attend "
                    "instead, or correct the time word came.",
                )
            )
        if start is not None:
            att = att.with_notice(start)
    if att.is_cancellation and att.notice_hours is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Say when word of the cancellation came, so the notice given can be worked out.",
            )
        )
    if att.notice_hours is not None:
        if att.status not in noticed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Notice only applies to a cancelled or rescheduled session."
                )
            )
        notice = float(att.notice_hours)
        if not 0 <= notice <= MAX_NOTICE_HOURS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Notice must be between 0 hours and a year.")
            )
    reason = " ".join(att.reason.split())
    if reason and not att.is_cancellation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reason is kept for a cancellation only.")
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The reason is at most {max_reason} characters: a short phrase."
                ),
                max_reason=MAX_REASON,
            )
        )
    if att.asked_by is not None and att.status is not SessionStatus.RESCHEDULED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Who asked is kept for a rescheduled session only.")
        )
    if att.rescheduled_to_session_id is not None and att.status is not SessionStatus.RESCHEDULED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only a rescheduled session links to a new session.")
        )
    if att.status is SessionStatus.RESCHEDULED and att.rescheduled_to_session_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Reschedule the session to pick its new time.")
        )
    if att.actual_start and att.actual_end and att.actual_end <= att.actual_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The actual end is before the actual start.")
        )
    return att if reason == att.reason else replace(att, reason=reason)


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
