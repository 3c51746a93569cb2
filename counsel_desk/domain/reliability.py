"""Reliability month by month, on both sides of the work, from attendance records. Pure.

The practitioner's side: late starts, sessions they ended early, and their cancellations
with notice and at short notice. Sessions cancelled during a practice break (a holiday
announced in advance) are counted apart and never as the practitioner's cancellations.
The client's side: attendance out of the sessions they were expected at (held, cancelled
by them, or missed), lateness, early endings, short-notice cancellations and missed
sessions. A session ended early by agreement, by a failed connection or by an outside event
counts against neither.

One pass over the records, so ten years of a practice (about 10,000 sessions) take a few
milliseconds (``benchmarks/reliability.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from counsel_desk.domain.alliance_records import EarlyEnding, PracticeBreak, SessionRecord
from counsel_desk.domain.sessions import SessionStatus


class ReliabilityFigures(NamedTuple):
    """Counts for one month (``month`` is its first day), or a period's total (None).

    A named tuple rather than a frozen dataclass: ten years of every client's months are
    some 15,000 of them, and a tuple is made in a fifth of the time."""

    month: dt.date | None
    held: int = 0
    practitioner_late: int = 0
    practitioner_late_minutes: int = 0
    practitioner_ended_early: int = 0
    ended_early_by_agreement: int = 0
    practitioner_cancelled_with_notice: int = 0
    practitioner_cancelled_short_notice: int = 0
    break_cancellations: int = 0  # in a practice break: not the practitioner's cancellations
    client_late: int = 0
    client_ended_early: int = 0
    client_cancelled_with_notice: int = 0
    client_cancelled_short_notice: int = 0
    did_not_attend: int = 0
    rescheduled: int = 0
    ended_early_by_neither: int = 0  # a failed connection, an outside event

    @property
    def practitioner_cancelled(self) -> int:
        return self.practitioner_cancelled_with_notice + self.practitioner_cancelled_short_notice

    @property
    def client_cancelled(self) -> int:
        return self.client_cancelled_with_notice + self.client_cancelled_short_notice

    @property
    def client_expected(self) -> int:
        """Sessions the client was expected at: held, cancelled by them, or missed."""
        return self.held + self.client_cancelled + self.did_not_attend

    @property
    def attendance_rate(self) -> float | None:
        """Held out of expected, 0 to 1; None with nothing expected."""
        expected = self.client_expected
        return self.held / expected if expected else None


COUNTS = ReliabilityFigures._fields[1:]
_INDEX = {name: n for n, name in enumerate(COUNTS)}
HELD = _INDEX["held"]
P_LATE, P_LATE_MIN = _INDEX["practitioner_late"], _INDEX["practitioner_late_minutes"]
P_EARLY, AGREED = _INDEX["practitioner_ended_early"], _INDEX["ended_early_by_agreement"]
P_CANCEL = _INDEX["practitioner_cancelled_with_notice"]
P_CANCEL_SHORT = _INDEX["practitioner_cancelled_short_notice"]
BREAK = _INDEX["break_cancellations"]
C_LATE, C_EARLY = _INDEX["client_late"], _INDEX["client_ended_early"]
C_CANCEL = _INDEX["client_cancelled_with_notice"]
C_CANCEL_SHORT = _INDEX["client_cancelled_short_notice"]
DNA, MOVED = _INDEX["did_not_attend"], _INDEX["rescheduled"]
NEITHER = _INDEX["ended_early_by_neither"]


class _Breaks:
    """Which days fall in a practice break, by bisection over the merged breaks."""

    def __init__(self, breaks: Iterable[PracticeBreak]) -> None:
        merged: list[list[dt.date]] = []
        for b in sorted(breaks, key=lambda b: b.first_day):
            if merged and b.first_day <= merged[-1][1] + dt.timedelta(days=1):
                merged[-1][1] = max(merged[-1][1], b.last_day)
            else:
                merged.append([b.first_day, b.last_day])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, day: dt.date) -> bool:
        n = bisect.bisect_right(self.starts, day)
        return bool(n) and day <= self.ends[n - 1]


def _count(row: list[int], r: SessionRecord, breaks: _Breaks) -> None:
    status = r.status
    if status is SessionStatus.ATTENDED:
        row[HELD] += 1
        if r.practitioner_late_minutes:
            row[P_LATE] += 1
            row[P_LATE_MIN] += r.practitioner_late_minutes
        if r.client_late_minutes:
            row[C_LATE] += 1
        early = r.ended_early_by
        if early is not None and r.ended_early_minutes:
            if early is EarlyEnding.PRACTITIONER:
                row[P_EARLY] += 1
            elif early is EarlyEnding.CLIENT:
                row[C_EARLY] += 1
            elif early is EarlyEnding.AGREED:
                row[AGREED] += 1
            else:
                row[NEITHER] += 1
    elif status is SessionStatus.CANCELLED_BY_CLIENT:
        row[C_CANCEL_SHORT if r.short_notice else C_CANCEL] += 1
    elif status is SessionStatus.CANCELLED_BY_PRACTITIONER:
        if breaks.starts and breaks.covers(r.start.date()):
            row[BREAK] += 1
        else:
            row[P_CANCEL_SHORT if r.short_notice else P_CANCEL] += 1
    elif status is SessionStatus.DID_NOT_ATTEND:
        row[DNA] += 1
    elif status is SessionStatus.RESCHEDULED:
        row[MOVED] += 1
    # SCHEDULED: nothing has happened yet


def _month_key(start: dt.datetime) -> int:
    return start.year * 12 + start.month - 1


def _month(key: int) -> dt.date:
    return dt.date(key // 12, key % 12 + 1, 1)


def _figures(rows: dict[int, list[int]], fill: bool) -> tuple[ReliabilityFigures, ...]:
    if not rows:
        return ()
    keys = range(min(rows), max(rows) + 1) if fill else sorted(rows)
    empty = [0] * len(COUNTS)
    return tuple(ReliabilityFigures(_month(k), *rows.get(k, empty)) for k in keys)


def plainly_held(r: SessionRecord) -> bool:
    """A session held with nothing more to count: no lateness on either side, not ended
    early. It counts as held and nothing else, so the many of them can be counted by month
    before they reach here (``monthly_reliability``'s ``plain_held``)."""
    return (
        r.status is SessionStatus.ATTENDED
        and not r.client_late_minutes
        and not r.practitioner_late_minutes
        and not (r.ended_early_by is not None and r.ended_early_minutes)
    )


def monthly_reliability(
    records: Iterable[SessionRecord],
    breaks: Iterable[PracticeBreak] = (),
    *,
    client_id: int | None = None,
    fill: bool = True,
    plain_held: Mapping[dt.date, int] | None = None,
) -> tuple[ReliabilityFigures, ...]:
    """Figures per month, earliest first, practice-wide or for ``client_id``; with ``fill``,
    months without a session in between are there with zeros. ``plain_held`` adds sessions
    held plainly (``plainly_held``) already counted by month (the month's first day), in
    place of their records: ten years of a practice are mostly those."""
    in_break = _Breaks(breaks)
    rows: dict[int, list[int]] = {}
    width = len(COUNTS)
    for month, count in (plain_held or {}).items():
        key = month.year * 12 + month.month - 1
        rows.setdefault(key, [0] * width)[HELD] += count
    for r in records:
        if client_id is not None and r.client_id != client_id:
            continue
        key = _month_key(r.start)
        row = rows.get(key)
        if row is None:
            row = rows[key] = [0] * width
        _count(row, r, in_break)
    return _figures(rows, fill)


def reliability_by_client(
    records: Iterable[SessionRecord], breaks: Iterable[PracticeBreak] = (), *, fill: bool = True
) -> dict[int, tuple[ReliabilityFigures, ...]]:
    """Each client's figures per month, in one pass."""
    in_break = _Breaks(breaks)
    rows: dict[tuple[int, int], list[int]] = {}
    width = len(COUNTS)
    for r in records:
        start = r.start
        key = (r.client_id, start.year * 12 + start.month - 1)
        row = rows.get(key)
        if row is None:
            row = rows[key] = [0] * width
        _count(row, r, in_break)
    by_client: dict[int, dict[int, list[int]]] = {}
    for (client, month), row in rows.items():
        by_client.setdefault(client, {})[month] = row
    return {client: _figures(months, fill) for client, months in sorted(by_client.items())}


def total(figures: Sequence[ReliabilityFigures]) -> ReliabilityFigures:
    """The figures of several months added up (``month`` None)."""
    sums = [0] * len(COUNTS)
    for f in figures:
        for n, name in enumerate(COUNTS):
            sums[n] += getattr(f, name)
    return ReliabilityFigures(None, *sums)


def _times(n: int, one: str, many: str) -> str:
    if n == 0:
        return f"no {many}"
    return f"{n} {one if n == 1 else many}"


def practitioner_words(figures: ReliabilityFigures) -> str:
    """The practitioner's side of a period in one plain sentence, slips included."""
    if figures.held + figures.practitioner_cancelled + figures.break_cancellations == 0:
        return "No sessions in this period."
    parts = [
        f"you started late {_times(figures.practitioner_late, 'time', 'times')}"
        if figures.practitioner_late
        else "you never started late",
        f"ended {_times(figures.practitioner_ended_early, 'session', 'sessions')} early"
        if figures.practitioner_ended_early
        else "ended no session early",
    ]
    short = figures.practitioner_cancelled_short_notice
    notice = figures.practitioner_cancelled_with_notice
    if short or notice:
        cancelled = f"cancelled {_times(notice, 'session', 'sessions')} with notice"
        if short:
            cancelled += f" and {short} at short notice"
        parts.append(cancelled)
    else:
        parts.append("cancelled none")
    sentence = f"Of {figures.held} sessions held, " if figures.held else "With no session held, "
    sentence += ", ".join(parts[:-1]) + f" and {parts[-1]}"
    if figures.break_cancellations:
        sentence += (
            f"; {_times(figures.break_cancellations, 'session', 'sessions')} fell in a "
            "practice break"
        )
    return sentence + "."


def client_words(figures: ReliabilityFigures) -> str:
    """The client's side of a period in one plain sentence."""
    rate = figures.attendance_rate
    if rate is None:
        return "No sessions were expected in this period."
    parts = [f"attendance {round(rate * 100)}% ({figures.held} of {figures.client_expected})"]
    if figures.client_cancelled_short_notice:
        parts.append(
            f"{_times(figures.client_cancelled_short_notice, 'cancellation', 'cancellations')}"
            " at short notice"
        )
    if figures.did_not_attend:
        parts.append(f"{_times(figures.did_not_attend, 'session', 'sessions')} missed")
    if figures.client_late:
        parts.append(f"late {_times(figures.client_late, 'time', 'times')}")
    sentence = ", ".join(parts)
    return f"{sentence[:1].upper()}{sentence[1:]}."
