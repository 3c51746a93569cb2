"""What the alliance features read about a client's sessions and the events around them:
the input types of the possible-rupture flags, the reliability figures and the timeline.
Pure, and deliberately plain, so each part of the app that owns a record (attendance,
contracts, boundaries, risk, practice breaks) can hand it over without these features
knowing its tables.

Whether a cancellation was at short notice is taken here as an input (the contract sets
the notice; ``short_notice`` is what it decided, from the notice computed from when word
came). A session ended early by agreement (:attr:`EarlyEnding.AGREED`), by a connection
that failed or by an outside event counts against neither side. ``services/
alliance_inputs.py`` is the one place that builds these records from the vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase
from counsel_desk.domain.sessions import Session, SessionStatus


class EarlyEnding(StrEnum):
    """Why a session ended early: the client, the practitioner, both by agreement, or
    neither (a connection that failed, an outside event)."""

    CLIENT = "client"
    PRACTITIONER = "practitioner"
    AGREED = "agreed"
    CONNECTION = "connection"
    OUTSIDE = "outside"

    @property
    def label(self) -> Marked:
        """Follows "ended 10 minutes early by"."""
        return {
            "client": QT_TRANSLATE_NOOP("EarlyEnding", "the client"),
            "practitioner": QT_TRANSLATE_NOOP("EarlyEnding", "me"),
            "agreed": QT_TRANSLATE_NOOP("EarlyEnding", "agreement"),
            "connection": QT_TRANSLATE_NOOP("EarlyEnding", "a failed connection"),
            "outside": QT_TRANSLATE_NOOP("EarlyEnding", "an outside event"),
        }[self.value]

    @property
    def counts_against_neither(self) -> bool:
        return self not in (EarlyEnding.CLIENT, EarlyEnding.PRACTITIONER)


class SessionRecord(NamedTuple):
    """One booked session and what happened at it.

    A named tuple rather than a frozen dataclass: the reliability panel reads every session
    of ten years (some 10,000), and a tuple is made in a third of the time."""

    session_id: int
    client_id: int
    start: dt.datetime  # local wall-clock, naive
    status: SessionStatus
    client_late_minutes: int = 0
    practitioner_late_minutes: int = 0
    ended_early_minutes: int = 0
    ended_early_by: EarlyEnding | None = None
    short_notice: bool = False  # a cancellation (by either side) with less notice than agreed

    @property
    def day(self) -> dt.date:
        return self.start.date()

    @property
    def held(self) -> bool:
        return self.status is SessionStatus.ATTENDED


EARLY_ENDINGS: dict[EndedEarlyBy | None, EarlyEnding | None] = {
    EndedEarlyBy.CLIENT: EarlyEnding.CLIENT,
    EndedEarlyBy.PRACTITIONER: EarlyEnding.PRACTITIONER,
    EndedEarlyBy.AGREED: EarlyEnding.AGREED,
    EndedEarlyBy.CONNECTION: EarlyEnding.CONNECTION,
    EndedEarlyBy.OUTSIDE: EarlyEnding.OUTSIDE,
    None: None,
}


def session_record(
    session: Session, attendance: Attendance | None, *, short_notice: bool = False
) -> SessionRecord:
    """A session and its attendance as the alliance features read them.

    ``short_notice`` is the verdict on a cancellation under the contract in force on the
    session's date (``services.notice``, which judges every cancellation in one place). A
    session with no attendance recorded keeps its status (usually still scheduled)."""
    if attendance is None:
        return SessionRecord(session.id, session.client_id, session.start, session.status)
    early_by = EARLY_ENDINGS[attendance.ended_early_by]
    short = short_notice and attendance.is_cancellation
    return SessionRecord(
        session_id=session.id,
        client_id=session.client_id,
        start=session.start,
        status=attendance.status,
        client_late_minutes=attendance.client_late_minutes,
        practitioner_late_minutes=attendance.practitioner_late_minutes,
        ended_early_minutes=attendance.ended_early_minutes,
        ended_early_by=early_by,
        short_notice=short,
    )


PRACTICE_BREAK = QT_TRANSLATE_NOOP("alliance_records", "Practice break")


@dataclass(frozen=True)
class PracticeBreak:
    """Days the practice is closed (a holiday, training, illness announced in advance):
    sessions the practitioner cancels then are not counted against them."""

    first_day: dt.date
    last_day: dt.date
    label: str | Phrase = PRACTICE_BREAK  # marked, or the break's name (a phrase)

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


# Placeholders for what other parts of the app own; they hand over these simple shapes.


@dataclass(frozen=True)
class BoundaryEvent:
    """Something that tested an agreed boundary (contact between sessions, a gift…)."""

    on: dt.date
    label: str | Phrase  # "Gift, begun by the client"
    session_id: int | None = None


@dataclass(frozen=True)
class RiskEntry:
    """A risk logged, or closed (its label only: the level, never what was disclosed; the
    risk log holds the rest)."""

    on: dt.date
    label: str | Phrase  # "Risk logged: moderate", "Risk closed"
    session_id: int | None = None


@dataclass(frozen=True)
class ContractEvent:
    """A version of the client's contract agreed, or a review of it."""

    on: dt.date
    label: str | Phrase  # "Version 2 agreed (in person)", "Review of version 2"
    review: bool = False
