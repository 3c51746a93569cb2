"""The demo practitioner's diary: weekly slots, a caseload limit, closures and one-off times.

Pure and deterministic. A solo practitioner sees each client at a regular weekly (or
fortnightly) time, holds no more than a full caseload at once, closes the practice for
holidays, and offers an early, lunchtime or evening time when a session is rescheduled. So
the generated diary never double-books, and the Today view shows a believable working day
even in a ten-year, 300-client vault.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

WORK_DAYS = 5  # Monday to Friday
WORK_HOURS = (9, 10, 11, 13, 14, 15, 16, 17, 18)  # twelve o'clock is lunch
EXTRA_HOURS = (8, 12, 19)  # one-off times for a rescheduled session
CASELOAD = 28.0  # weekly clients at once (a fortnightly client counts half): a full week


def closed(day: dt.date) -> bool:
    """Practice holidays: Christmas to New Year, a week in April, a fortnight in August."""
    month, date = day.month, day.day
    return (
        (month == 12 and date >= 22)
        or (month == 1 and date <= 2)
        or (month == 4 and date <= 7)
        or (month == 8 and 8 <= date <= 21)
    )


def _week(day: dt.date) -> int:
    return day.toordinal() // 7


@dataclass(frozen=True)
class Slot:
    weekday: int
    hour: int
    parity: int | None  # None: every week; 0 or 1: alternate weeks

    def cells(self) -> tuple[tuple[int, int, int], ...]:
        parities = (0, 1) if self.parity is None else (self.parity,)
        return tuple((self.weekday, self.hour, p) for p in parities)

    def first_on_or_after(self, day: dt.date) -> dt.date:
        day += dt.timedelta(days=(self.weekday - day.weekday()) % 7)
        if self.parity is not None and _week(day) % 2 != self.parity:
            day += dt.timedelta(weeks=1)
        return day


@dataclass
class Diary:
    """Who holds which weekly slot until when, and which one-off times are taken."""

    held: dict[tuple[int, int, int], dt.date] = field(default_factory=dict)
    caseload: list[tuple[dt.date, float]] = field(default_factory=list)
    one_offs: set[dt.datetime] = field(default_factory=set)

    def book_regular(
        self,
        rng: random.Random,
        wanted: dt.date,
        until_weeks: int,
        fortnightly: bool,
        prefer_weekday: int | None = None,
    ) -> tuple[Slot, dt.date, dt.date] | None:
        """The slot, first day and last day for a client who wants to start on ``wanted``
        for ``until_weeks`` weeks; later if the caseload is full. None after ten years."""
        weight = 0.5 if fortnightly else 1.0
        day = wanted
        for _ in range(600):
            load = sum(w for end, w in self.caseload if end >= day)  # booked or promised
            free = self._free_slots(day, fortnightly)
            if free and load + weight <= CASELOAD:
                preferred = [s for s in free if s.weekday == prefer_weekday]
                slot = rng.choice(preferred or free)
                first = slot.first_on_or_after(day)
                last = first + dt.timedelta(weeks=until_weeks)
                for key in slot.cells():
                    self.held[key] = last
                self.caseload.append((last, weight))
                return slot, first, last
            ends = [end for end, _w in self.caseload if end >= day]
            ends += [end for end in self.held.values() if end >= day]
            day = min(ends) + dt.timedelta(days=1) if ends else day + dt.timedelta(days=7)
        return None

    def _free_slots(self, day: dt.date, fortnightly: bool) -> list[Slot]:
        free = []
        for weekday in range(WORK_DAYS):
            for hour in WORK_HOURS:
                options = (0, 1) if fortnightly else (None,)
                for parity in options:
                    slot = Slot(weekday, hour, parity)
                    if all(self.held.get(k, dt.date.min) < day for k in slot.cells()):
                        free.append(slot)
        return free

    def release(self, slot: Slot, day: dt.date) -> None:
        """The client stopped early (a pause): their time is free again from ``day``."""
        for key in slot.cells():
            self.held[key] = min(self.held.get(key, day), day)

    def book_one_off(self, rng: random.Random, after: dt.datetime) -> dt.datetime | None:
        """A free early, lunchtime or evening time within a week of ``after`` (from one to
        five days on, then later that week); None if the practice is closed all week."""
        first = rng.randint(1, 5)
        for offset in [*range(first, 8), *range(1, first)]:
            day = after.date() + dt.timedelta(days=offset)
            if day.weekday() >= WORK_DAYS or closed(day):
                continue
            times = [dt.datetime.combine(day, dt.time(h)) for h in EXTRA_HOURS]
            free = [t for t in times if t not in self.one_offs]
            if free:
                when = rng.choice(free)
                self.one_offs.add(when)
                return when
        return None
