"""The demo practice's breaks: the closures its diary keeps (``diary.closed``: Christmas
to New Year, a week in April, a fortnight in August), each recorded with when clients were
told, from a random stream of its own (the seed and "breaks"). Pure."""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.demo.diary import closed
from counsel_desk.domain.breaks import BreakDraft, BreakKind

LABELS = {12: "Christmas and New Year", 1: "Christmas and New Year", 4: "Spring", 8: "Summer"}


def practice_breaks(first_day: dt.date, horizon: dt.date, seed: int) -> tuple[BreakDraft, ...]:
    """Every run of closed days that touches ``first_day`` to ``horizon``."""
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
                told = start - dt.timedelta(weeks=rng.randint(3, 8))
                found.append(BreakDraft(start, last, BreakKind.HOLIDAY, told, LABELS[start.month]))
            start = None
        day += dt.timedelta(days=1)
    return tuple(found)
