"""The demo practice's breaks: the closures its diary keeps (``diary.closed``: Christmas
to New Year, a week in April, a fortnight in August), each recorded with when clients were
told (not yet, for one still some way off), from a random stream of its own (the seed and
"breaks"), and those planned for the next four months. Pure."""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.demo.diary import closed
from counsel_desk.domain.breaks import BreakDraft, BreakKind

LABELS = {12: "Christmas and New Year", 1: "Christmas and New Year", 4: "Spring", 8: "Summer"}


AHEAD = dt.timedelta(days=120)  # breaks are planned and written down months ahead


def practice_breaks(first_day: dt.date, today: dt.date, seed: int) -> tuple[BreakDraft, ...]:
    """Every run of closed days from ``first_day`` to four months after ``today``."""
    horizon = today + AHEAD
    rng = random.Random(f"{seed}-breaks")
    found: list[BreakDraft] = []
    day = first_day - dt.timedelta(days=16)  # a closure under way on the first day
    start = None
    while day <= horizon + dt.timedelta(days=16):
        if closed(day) and start is None:
            start = day
        elif not closed(day) and start is not None:
            last = day - dt.timedelta(days=1)
            if last >= first_day and start <= horizon:
                told: dt.date | None = start - dt.timedelta(weeks=rng.randint(3, 8))
                if told is not None and told > today:
                    told = None  # not told yet
                found.append(BreakDraft(start, last, BreakKind.HOLIDAY, told, LABELS[start.month]))
            start = None
        day += dt.timedelta(days=1)
    return tuple(found)
