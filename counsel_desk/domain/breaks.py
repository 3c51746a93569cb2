"""Practice breaks: days the practice is closed (a holiday, a closure, training, illness),
with the date clients were told. Sessions that fall in a break are the practitioner's to
move or cancel, and a session cancelled for a break is never counted as their own
cancellation. Pure: no SQL, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.alliance_records import PracticeBreak
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

MAX_BREAK_DAYS = 366
MAX_LABEL = 80
MOVE_WEEKS = 8  # how far after a break a session may be moved to find a free time


class BreakKind(StrEnum):
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    TRAINING = "training"
    ILLNESS = "illness"
    OTHER = "other"

    @property
    def label(self) -> Marked:
        return {
            "holiday": QT_TRANSLATE_NOOP("BreakKind", "Holiday"),
            "closure": QT_TRANSLATE_NOOP("BreakKind", "Closure"),
            "training": QT_TRANSLATE_NOOP("BreakKind", "Training"),
            "illness": QT_TRANSLATE_NOOP("BreakKind", "Illness"),
            "other": QT_TRANSLATE_NOOP("BreakKind", "Other"),
        }[self.value]

    @property
    def words(self) -> Marked:
        """As it reads inside a sentence: "Summer (holiday)"."""
        return {
            "holiday": QT_TRANSLATE_NOOP("BreakKind", "holiday"),
            "closure": QT_TRANSLATE_NOOP("BreakKind", "closure"),
            "training": QT_TRANSLATE_NOOP("BreakKind", "training"),
            "illness": QT_TRANSLATE_NOOP("BreakKind", "illness"),
            "other": QT_TRANSLATE_NOOP("BreakKind", "other"),
        }[self.value]


class OverlapChoice(StrEnum):
    """What to do with booked sessions that fall in a new break."""

    MOVE = "move"  # to the same time in the first free week after the break
    CANCEL = "cancel"  # cancelled for the break: never counted as the practitioner's

    @property
    def label(self) -> Marked:
        return {
            "move": QT_TRANSLATE_NOOP("OverlapChoice", "Move them to the week after"),
            "cancel": QT_TRANSLATE_NOOP("OverlapChoice", "Cancel them for the break"),
        }[self.value]


@dataclass(frozen=True)
class BreakDraft:
    first_day: dt.date
    last_day: dt.date
    kind: BreakKind = BreakKind.HOLIDAY
    told_on: dt.date | None = None  # when clients were told
    label: str = ""  # optional, such as "Summer"


@dataclass(frozen=True)
class Break:
    id: int
    first_day: dt.date
    last_day: dt.date
    kind: BreakKind
    told_on: dt.date | None = None
    label: str = ""

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def name(self) -> Marked | Phrase:
        """ "Holiday", or "Summer (holiday)"."""
        if not self.label:
            return self.kind.label
        return phrase(
            QT_TRANSLATE_NOOP("breaks", "{name} ({kind})"), name=self.label, kind=self.kind.words
        )

    def covers(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def as_input(self) -> PracticeBreak:
        """The shape the reliability figures and the timeline read."""
        return PracticeBreak(self.first_day, self.last_day, self.name)  # kept translatable

    @property
    def span(self) -> str:
        """ "4–15 Aug 2025", "29 Dec 2025 – 2 Jan 2026"."""
        return span_text(self.first_day, self.last_day)


def span_text(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"{first:%a} {first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def validate_break(draft: BreakDraft) -> BreakDraft:
    if draft.last_day < draft.first_day:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The break ends before it begins."))
    if (draft.last_day - draft.first_day).days + 1 > MAX_BREAK_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A break is at most a year long; add a longer closure in parts."
            )
        )
    if draft.told_on is not None and draft.told_on > draft.last_day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date clients were told is after the break ended.")
        )
    label = " ".join(draft.label.split())
    if len(label) > MAX_LABEL:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A break's name is at most {max_label} characters."),
                max_label=MAX_LABEL,
            )
        )
    return BreakDraft(draft.first_day, draft.last_day, BreakKind(draft.kind), draft.told_on, label)


@dataclass(frozen=True)
class Overlap:
    """A booked session inside a proposed break."""

    session_id: int
    client_code: str
    start: dt.datetime


class BreakOverlaps(CounselDeskError):
    """The break covers booked sessions, and nobody has said yet what becomes of them."""

    def __init__(self, overlaps: list[Overlap]) -> None:
        self.overlaps = overlaps
        listed = "; ".join(f"{o.client_code} on {_when(o.start)}" for o in overlaps[:6])
        more = f"; and {len(overlaps) - 6} more" if len(overlaps) > 6 else ""
        count = (
            "1 booked session falls"
            if len(overlaps) == 1
            else (f"{len(overlaps)} booked sessions fall")
        )
        super().__init__(
            f"{count} in this break: {listed}{more}. Move them to the week after the break, "
            "or cancel them (a cancellation for a break never counts as yours)."
        )


def _when(start: dt.datetime) -> str:
    return f"{start:%a} {start.day} {start:%b} at {start:%H:%M}"


def move_target(
    start: dt.datetime,
    last_day: dt.date,
    free: Callable[[dt.datetime], bool],
) -> dt.datetime | None:
    """The same weekday and time in the first week after the break (``last_day``) when
    ``free`` says the time is free; None within ``MOVE_WEEKS`` weeks."""
    when = start
    while when.date() <= last_day:
        when += dt.timedelta(weeks=1)
    for _ in range(MOVE_WEEKS):
        if free(when):
            return when
        when += dt.timedelta(weeks=1)
    return None
