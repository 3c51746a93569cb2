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
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
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


def _counted(n: int, one: Marked, many: Marked) -> Phrase:
    """``one`` or ``many`` (each a template with ``{n}``), as ``n`` asks."""
    return phrase(one if n == 1 else many, n=n)


def practitioner_words(figures: ReliabilityFigures) -> Phrase | Marked:
    """The practitioner's side of a period in one plain sentence, slips included."""
    if figures.held + figures.practitioner_cancelled + figures.break_cancellations == 0:
        return _NO_SESSIONS
    late = (
        _counted(figures.practitioner_late, _LATE_ONE, _LATE)
        if figures.practitioner_late
        else _NEVER_LATE
    )
    early = (
        _counted(figures.practitioner_ended_early, _EARLY_ONE, _EARLY)
        if figures.practitioner_ended_early
        else _NONE_EARLY
    )
    short = figures.practitioner_cancelled_short_notice
    notice = figures.practitioner_cancelled_with_notice
    cancelled: Phrase | Marked
    if short or notice:
        cancelled = _counted(notice, _NOTICE_ONE, _NOTICE) if notice else _NOTICE_NONE
        if short:
            cancelled = phrase(_AND_SHORT, cancelled=cancelled, short=short)
    else:
        cancelled = _CANCELLED_NONE
    values: dict[str, object] = {"late": late, "early": early, "cancelled": cancelled}
    if figures.held:
        values["held"] = figures.held
    if figures.break_cancellations:
        values["breaks"] = _counted(figures.break_cancellations, _BREAK_ONE, _BREAK)
        template = _HELD_BREAKS if figures.held else _NONE_HELD_BREAKS
    else:
        template = _HELD if figures.held else _NONE_HELD
    return Phrase(template, values)


def client_words(figures: ReliabilityFigures) -> Phrase | Marked:
    """The client's side of a period in one plain sentence."""
    rate = figures.attendance_rate
    if rate is None:
        return _NONE_EXPECTED
    said: Phrase = phrase(
        _ATTENDANCE,
        rate=round(rate * 100),
        held=figures.held,
        expected=figures.client_expected,
    )
    more = []
    if figures.client_cancelled_short_notice:
        more.append(
            _counted(figures.client_cancelled_short_notice, _CLIENT_SHORT_ONE, _CLIENT_SHORT)
        )
    if figures.did_not_attend:
        more.append(_counted(figures.did_not_attend, _MISSED_ONE, _MISSED))
    if figures.client_late:
        more.append(_counted(figures.client_late, _CLIENT_LATE_ONE, _CLIENT_LATE))
    for part in more:
        said = phrase(_LISTED, first=said, then=part)
    return phrase(_SENTENCE, said=said)


# The sentences of the Reliability page (docs/ARCHITECTURE.md, "Translations"): a sentence
# is a template with its parts, each a phrase of its own, so a translator sees every piece.
_NO_SESSIONS = QT_TRANSLATE_NOOP("reliability", "No sessions in this period.")
_NONE_EXPECTED = QT_TRANSLATE_NOOP("reliability", "No sessions were expected in this period.")
_LATE_ONE = QT_TRANSLATE_NOOP("reliability", "you started late {n} time")
_LATE = QT_TRANSLATE_NOOP("reliability", "you started late {n} times")
_NEVER_LATE = QT_TRANSLATE_NOOP("reliability", "you never started late")
_EARLY_ONE = QT_TRANSLATE_NOOP("reliability", "ended {n} session early")
_EARLY = QT_TRANSLATE_NOOP("reliability", "ended {n} sessions early")
_NONE_EARLY = QT_TRANSLATE_NOOP("reliability", "ended no session early")
_NOTICE_ONE = QT_TRANSLATE_NOOP("reliability", "cancelled {n} session with notice")
_NOTICE = QT_TRANSLATE_NOOP("reliability", "cancelled {n} sessions with notice")
_NOTICE_NONE = QT_TRANSLATE_NOOP("reliability", "cancelled no sessions with notice")
_AND_SHORT = QT_TRANSLATE_NOOP("reliability", "{cancelled} and {short} at short notice")
_CANCELLED_NONE = QT_TRANSLATE_NOOP("reliability", "cancelled none")
_BREAK_ONE = QT_TRANSLATE_NOOP("reliability", "{n} session fell in a practice break")
_BREAK = QT_TRANSLATE_NOOP("reliability", "{n} sessions fell in a practice break")
_HELD = QT_TRANSLATE_NOOP(
    "reliability", "Of {held} sessions held, {late}, {early} and {cancelled}."
)
_NONE_HELD = QT_TRANSLATE_NOOP(
    "reliability", "With no session held, {late}, {early} and {cancelled}."
)
_HELD_BREAKS = QT_TRANSLATE_NOOP(
    "reliability", "Of {held} sessions held, {late}, {early} and {cancelled}; {breaks}."
)
_NONE_HELD_BREAKS = QT_TRANSLATE_NOOP(
    "reliability", "With no session held, {late}, {early} and {cancelled}; {breaks}."
)
_ATTENDANCE = QT_TRANSLATE_NOOP("reliability", "Attendance {rate}% ({held} of {expected})")
_CLIENT_SHORT_ONE = QT_TRANSLATE_NOOP("reliability", "{n} cancellation at short notice")
_CLIENT_SHORT = QT_TRANSLATE_NOOP("reliability", "{n} cancellations at short notice")
_MISSED_ONE = QT_TRANSLATE_NOOP("reliability", "{n} session missed")
_MISSED = QT_TRANSLATE_NOOP("reliability", "{n} sessions missed")
_CLIENT_LATE_ONE = QT_TRANSLATE_NOOP("reliability", "late {n} time")
_CLIENT_LATE = QT_TRANSLATE_NOOP("reliability", "late {n} times")
_LISTED = QT_TRANSLATE_NOOP("reliability", "{first}, {then}")
_SENTENCE = QT_TRANSLATE_NOOP("reliability", "{said}.")
