"""Repeating sessions: the dates of a series, clashes with the diary, and the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.series import (
    MAX_SERIES_WEEKS,
    Repeat,
    Skipped,
    clashes,
    nothing_free,
    series_starts,
    series_summary,
)
from counsel_desk.domain.sessions import Modality, Session, SessionStatus

MONDAY = dt.datetime(2025, 3, 3, 10, 0)


def booked(start: dt.datetime, minutes: int = 50, status=SessionStatus.SCHEDULED, sid=1):
    return Session(sid, 7, start, minutes, Modality.IN_PERSON, status)


@pytest.mark.parametrize(
    ("repeat", "weeks", "count", "last"),
    [
        (Repeat.WEEKLY, 6, 6, MONDAY + dt.timedelta(weeks=5)),
        (Repeat.FORTNIGHTLY, 6, 3, MONDAY + dt.timedelta(weeks=4)),
        (Repeat.FORTNIGHTLY, 7, 4, MONDAY + dt.timedelta(weeks=6)),
        (Repeat.WEEKLY, 1, 1, MONDAY),
        (Repeat.NONE, 10, 1, MONDAY),
    ],
)
def test_series_starts(repeat, weeks, count, last):
    starts = series_starts(MONDAY, repeat, weeks)
    assert len(starts) == count
    assert starts[0] == MONDAY
    assert starts[-1] == last
    assert all(s.time() == MONDAY.time() and s.weekday() == 0 for s in starts)


def test_a_series_keeps_its_wall_clock_time_across_the_clock_change():
    starts = series_starts(dt.datetime(2025, 3, 24, 9, 0), Repeat.WEEKLY, 3)  # UK: 30 March
    assert [s.hour for s in starts] == [9, 9, 9]


@pytest.mark.parametrize("weeks", [0, -1, MAX_SERIES_WEEKS + 1])
def test_a_series_length_out_of_range_is_refused(weeks):
    with pytest.raises(ValidationError, match=f"1 to {MAX_SERIES_WEEKS} weeks"):
        series_starts(MONDAY, Repeat.WEEKLY, weeks)


def test_clashes_are_overlaps_with_sessions_that_still_take_up_their_time():
    starts = series_starts(MONDAY, Repeat.WEEKLY, 5)
    diary = [
        booked(MONDAY + dt.timedelta(minutes=30), sid=1),  # overlaps week 0
        booked(MONDAY + dt.timedelta(weeks=1, minutes=50), sid=2),  # starts as ours ends: fine
        booked(MONDAY + dt.timedelta(weeks=2, minutes=-50), sid=3),  # ends as ours starts: fine
        booked(MONDAY + dt.timedelta(weeks=3), status=SessionStatus.CANCELLED_BY_CLIENT, sid=4),
        booked(MONDAY + dt.timedelta(weeks=3, hours=-2), minutes=180, sid=5),  # long, over ours
        booked(MONDAY + dt.timedelta(weeks=4), status=SessionStatus.RESCHEDULED, sid=6),
    ]
    found = clashes(starts, 50, diary)
    assert {start: s.id for start, s in found.items()} == {starts[0]: 1, starts[3]: 5}


def test_the_summary_lists_each_time_left_out():
    assert series_summary(6, []) == "Booked 6 sessions."
    assert series_summary(1, []) == "Booked 1 session."
    skipped = [
        Skipped(dt.datetime(2025, 3, 10, 10), dt.datetime(2025, 3, 10, 9, 30), "C-003"),
        Skipped(dt.datetime(2025, 3, 24, 10), dt.datetime(2025, 3, 24, 10), "C-001"),
    ]
    assert series_summary(4, skipped) == (
        "Booked 4 of 6 sessions. 2 were left out because another session is already booked "
        "then: Mon 10 Mar 2025, 10:00 (you see C-003 at 09:30); Mon 24 Mar 2025, 10:00 "
        "(you see C-001 at 10:00)."
    )
    assert str(series_summary(5, skipped[:1])).startswith(
        "Booked 5 of 6 sessions. One was left out"
    )
    assert nothing_free(skipped).startswith("Nothing was booked: another session is already")
