"""Practice breaks, pure: their names and spans in words, the first free week after a break
for a moved session, and the sentence listing the sessions a break would cover."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.breaks import (
    MOVE_WEEKS,
    Break,
    BreakKind,
    BreakOverlaps,
    Overlap,
    move_target,
    span_text,
)


def test_spans_read_as_people_write_them() -> None:
    assert span_text(dt.date(2025, 8, 4), dt.date(2025, 8, 15)) == "4–15 Aug 2025"
    assert span_text(dt.date(2025, 7, 28), dt.date(2025, 8, 8)) == "28 Jul – 8 Aug 2025"
    assert span_text(dt.date(2025, 12, 22), dt.date(2026, 1, 2)) == "22 Dec 2025 – 2 Jan 2026"
    assert span_text(dt.date(2025, 5, 5), dt.date(2025, 5, 5)) == "Mon 5 May 2025"


def test_a_break_says_what_it_is_and_feeds_the_alliance() -> None:
    summer = Break(3, dt.date(2025, 8, 4), dt.date(2025, 8, 15), BreakKind.HOLIDAY, None, "Summer")
    assert (summer.name, summer.days) == ("Summer (holiday)", 12)
    assert summer.covers(dt.date(2025, 8, 15))
    assert not summer.covers(dt.date(2025, 8, 16))
    given = summer.as_input()
    assert (given.first_day, given.last_day, given.label) == (
        summer.first_day,
        summer.last_day,
        "Summer (holiday)",
    )


def test_a_moved_session_keeps_its_weekday_and_time_in_the_first_free_week() -> None:
    start = dt.datetime(2025, 8, 5, 14)  # a Tuesday in the break
    last = dt.date(2025, 8, 15)
    assert move_target(start, last, lambda when: True) == dt.datetime(2025, 8, 19, 14)
    taken = {dt.datetime(2025, 8, 19, 14)}
    assert move_target(start, last, lambda when: when not in taken) == dt.datetime(2025, 8, 26, 14)
    assert move_target(start, last, lambda when: False) is None
    tried = []
    move_target(start, last, lambda when: tried.append(when) or False)
    assert len(tried) == MOVE_WEEKS


def test_the_overlap_sentence_lists_the_first_six_and_counts_the_rest() -> None:
    overlaps = [
        Overlap(n, f"C-{n:03d}", dt.datetime(2025, 8, 4, 9) + dt.timedelta(hours=n))
        for n in range(8)
    ]
    message = BreakOverlaps(overlaps).message
    assert message.startswith("8 booked sessions fall in this break: C-000 on Mon 4 Aug at 09:00")
    assert "C-005" in message
    assert "C-006" not in message
    assert "; and 2 more." in message
    assert BreakOverlaps(overlaps[:1]).message.startswith("1 booked session falls")
