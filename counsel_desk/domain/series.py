"""Repeating sessions: the times of a weekly or fortnightly series, which of them clash with
sessions already in the diary, and the sentence that says what was booked and skipped.
Pure rules: the service reads the diary and writes the series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.sessions import Session, SessionStatus

MAX_SERIES_WEEKS = 52
# A cancelled or rescheduled session no longer takes up its time.
FREES_ITS_TIME = frozenset(
    {
        SessionStatus.CANCELLED_BY_CLIENT,
        SessionStatus.CANCELLED_BY_PRACTITIONER,
        SessionStatus.RESCHEDULED,
    }
)


class Repeat(Enum):
    """How often a booked session repeats: the value is the number of weeks between."""

    NONE = 0
    WEEKLY = 1
    FORTNIGHTLY = 2

    @property
    def label(self) -> Marked:
        return {
            0: QT_TRANSLATE_NOOP("Repeat", "Does not repeat"),
            1: QT_TRANSLATE_NOOP("Repeat", "Every week"),
            2: QT_TRANSLATE_NOOP("Repeat", "Every two weeks"),
        }[self.value]


@dataclass(frozen=True)
class Skipped:
    """A time in the series left out, and the session already booked then (by its code)."""

    start: dt.datetime
    booked_start: dt.datetime
    booked_code: str


def series_starts(first: dt.datetime, repeat: Repeat, weeks: int) -> list[dt.datetime]:
    """The start of each session in a series running ``weeks`` weeks from ``first`` (its
    week counted), at the same wall-clock time. Fortnightly for 6 weeks is 3 sessions."""
    if repeat is Repeat.NONE:
        return [first]
    if not 1 <= weeks <= MAX_SERIES_WEEKS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A series can run for 1 to {max_series_weeks} weeks."),
                max_series_weeks=MAX_SERIES_WEEKS,
            )
        )
    return [first + dt.timedelta(weeks=n) for n in range(0, weeks, repeat.value)]


def clashes(
    starts: Iterable[dt.datetime], minutes: int, booked: Iterable[Session]
) -> dict[dt.datetime, Session]:
    """Each start whose session would overlap one already booked that still takes up its
    time, with that session (the earliest, if several)."""
    taken = sorted((s for s in booked if s.status not in FREES_ITS_TIME), key=lambda s: s.start)
    length = dt.timedelta(minutes=minutes)
    found: dict[dt.datetime, Session] = {}
    for start in starts:
        for session in taken:
            if session.start < start + length and start < session.end:
                found[start] = session
                break
    return found


def when(value: dt.datetime) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}, {value:%H:%M}"


def _listed(skipped: list[Skipped]) -> Phrase:
    """The times left out, each with the session already booked then, after one another."""
    items = [
        phrase(_CLASH, when=when(s.start), code=s.booked_code, at=f"{s.booked_start:%H:%M}")
        for s in skipped
    ]
    listed = items[0]
    for item in items[1:]:
        listed = phrase(_AND_THEN, first=listed, then=item)
    return listed


def series_summary(booked: int, skipped: list[Skipped]) -> Phrase:
    """What became of a series, listing any time left out because it clashed."""
    if not skipped:
        return phrase(_BOOKED_ONE if booked == 1 else _BOOKED, n=booked)
    return phrase(
        _LEFT_OUT_ONE if len(skipped) == 1 else _LEFT_OUT,
        booked=booked,
        total=booked + len(skipped),
        left=len(skipped),
        listed=_listed(skipped),
    )


# What became of a series, for the practitioner (docs/ARCHITECTURE.md, "Translations").
_CLASH = QT_TRANSLATE_NOOP("series", "{when} (you see {code} at {at})")
_AND_THEN = QT_TRANSLATE_NOOP("series", "{first}; {then}")
_BOOKED_ONE = QT_TRANSLATE_NOOP("series", "Booked {n} session.")
_BOOKED = QT_TRANSLATE_NOOP("series", "Booked {n} sessions.")
_LEFT_OUT_ONE = QT_TRANSLATE_NOOP(
    "series",
    "Booked {booked} of {total} sessions. One was left out because another session is "
    "already booked then: {listed}.",
)
_LEFT_OUT = QT_TRANSLATE_NOOP(
    "series",
    "Booked {booked} of {total} sessions. {left} were left out because another session is "
    "already booked then: {listed}.",
)


def nothing_free(skipped: list[Skipped]) -> str:
    """Why no session of a series could be booked."""
    if len(skipped) == 1:
        return f"Another session is already booked then: {_listed(skipped)}."
    return (
        "Nothing was booked: another session is already booked at every time in this "
        f"series: {_listed(skipped)}."
    )
