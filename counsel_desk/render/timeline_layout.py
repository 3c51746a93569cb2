"""The alliance timeline's geometry, apart from its painting: the figure painted, where each
mark was drawn (``TimelineLayout``, which answers hits), days to x, the axis's marks, the
lanes' heights and the part of a measure's scale shown. Pure arithmetic over the domain's
``Timeline`` and QtCore's points."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from counsel_desk.domain.dates import day_text
from counsel_desk.domain.timeline import Lane, LaneKind, Mark, Timeline
from counsel_desk.render.pictures import Hit

PAD = 8.0
AXIS = 22.0
MARKS_LANE = 26.0
LINE_LANE_MIN, LINE_LANE_MAX = 36.0, 180.0  # a score line reads at 36 px (two lines of title)
RIGHT = 34.0  # room for a line lane's cutoff and band labels
LEGEND_ROW = 20.0
HIT_SLOP = 4.0


def same_words(text: str) -> str:
    """The English as it is: what a figure's words are unless the view translates them."""
    return text


def tooltip(mark: Mark) -> str:
    """A mark's tooltip in English, as written into files; the app on screen gives its own
    in the practitioner's language (``TimelineFigure.tooltip``)."""
    lines = [f"{day_text(mark.on)}: {mark.label}"]
    if mark.until is not None and mark.until != mark.on:
        lines[0] = f"{day_text(mark.on)} to {day_text(mark.until)}: {mark.label}"
    if mark.detail:
        lines.append(str(mark.detail))
    if mark.session_id is not None:
        lines.append("Click to open this session.")
    return "\n".join(lines)


@dataclass(frozen=True)
class TimelineFigure:
    """What is painted: the lanes, and for a file the words above them."""

    timeline: Timeline
    title: str = ""  # "C-014: the working relationship" (files); empty on screen
    subtitle: str = ""  # the period
    selected: tuple[str, int] | None = None  # (lane key, mark index) ringed
    legend: bool = True
    weeks_from: dt.date | None = None  # the axis in weeks of the work from this day
    # a mark's tooltip, written when the pointer rests on it (a thousand marks, one asked)
    tooltip: Callable[[Mark], str] = tooltip
    # the legend's and the scale's words (render/ marks them in English): the same for a
    # file; on screen the view translates them
    words: Callable[[str], str] = same_words


@dataclass(frozen=True)
class MarkRef:
    """What a hit names: a mark by its lane and place, its session and its record."""

    lane: str
    index: int
    session_id: int | None
    ref: str = ""


@dataclass
class TimelineLayout:
    """Where everything was drawn, in the picture's logical pixels. Each mark's place is
    kept as plain numbers and its tooltip written only when it is asked for (a ten-year
    client has a thousand marks; a pointer rests on one)."""

    plot: QRectF = field(default_factory=QRectF)
    lanes: dict[str, QRectF] = field(default_factory=dict)
    drawn: dict[str, int] = field(default_factory=dict)  # marks drawn, per lane
    points: dict[str, list[QPointF]] = field(default_factory=dict)  # mark centres, per lane
    legend: list[str] = field(default_factory=list)
    tooltip: Callable[[Mark], str] = tooltip
    # the legend's and the scale's words (render/ marks them in English): the same for a
    # file; on screen the view translates them
    words: Callable[[str], str] = same_words
    # (left, top, right, bottom, centre x, centre y, lane key, index, mark)
    _hits: list[tuple] = field(default_factory=list)

    def add(
        self, x: float, y: float, half_w: float, half_h: float, lane: str, n: int, mark: Mark
    ) -> None:
        w, h = half_w + HIT_SLOP, half_h + HIT_SLOP
        self._hits.append((x - w, y - h, x + w, y + h, x, y, lane, n, mark))

    def hit(self, point: QPointF) -> Hit | None:
        """The mark under ``point`` (the nearest, where marks crowd together)."""
        px, py = point.x(), point.y()
        best, distance = None, float("inf")
        for left, top, right, bottom, x, y, lane, n, mark in self._hits:
            if left <= px <= right and top <= py <= bottom:
                d = (x - px) ** 2 + (y - py) ** 2
                if d < distance:
                    best, distance = (lane, n, mark), d
        if best is None:
            return None
        lane, n, mark = best
        return Hit(MarkRef(lane, n, mark.session_id, mark.ref), self.tooltip(mark))

    def centre_of(self, lane: str, index: int) -> QPointF | None:
        for *_box, x, y, at_lane, n, _mark in self._hits:
            if (at_lane, n) == (lane, index):
                return QPointF(x, y)
        return None


class Axis:
    """Days to x: each day is a column, a mark sits in the middle of its day."""

    def __init__(self, start: dt.date, end: dt.date, left: float, right: float) -> None:
        self.start, self.end = start, end
        self.left, self.right = left, right
        self.days = max(1, (end - start).days + 1)
        self.per_day = (right - left) / self.days
        self._start_ordinal = start.toordinal()

    def x(self, day: dt.date) -> float:
        return self.left + (day.toordinal() - self._start_ordinal + 0.5) * self.per_day

    def edge(self, day: dt.date) -> float:
        """The left edge of ``day``'s column."""
        return self.left + (day.toordinal() - self._start_ordinal) * self.per_day


def _months(start: dt.date, end: dt.date, every: int) -> list[dt.date]:
    key = start.year * 12 + start.month - 1
    if start.day != 1:
        key += 1
    out = []
    while True:
        day = dt.date(key // 12, key % 12 + 1, 1)
        if day > end:
            return out
        if (key % 12) % every == 0:
            out.append(day)
        key += 1


def ticks(start: dt.date, end: dt.date, width: float) -> list[tuple[dt.date, str]]:
    """Where the axis is marked, and what each mark says, for ``width`` pixels."""
    days = (end - start).days + 1
    per_day = width / max(1, days)
    if days <= 70:
        step = 7 if per_day * 7 >= 44 else 14
        first = start + dt.timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        out = []
        day = first
        while day <= end:
            out.append((day, f"{day.day} {day:%b}"))
            day += dt.timedelta(days=step)
        return out
    per_month = per_day * 30.4
    if days <= 3 * 366 + 1:
        every = next((n for n in (1, 2, 3, 6, 12) if per_month * n >= 40), 12)
        return [
            (day, f"{day:%b %Y}" if day.month == 1 or every >= 12 else f"{day:%b}")
            for day in _months(start, end, every)
        ]
    per_year = per_day * 365.25
    every = next((n for n in (1, 2, 5, 10) if per_year * n >= 40), 10)
    return [(d, f"{d.year}") for d in _months(start, end, 12) if d.year % every == 0]


def week_ticks(
    start: dt.date, end: dt.date, width: float, first: dt.date
) -> list[tuple[dt.date, str]]:
    """The axis marked in weeks of the work, as a summary with dates as weeks writes them
    ("week 1" is the week of ``first``, the first session): a mark at the start of every
    week, or every few weeks where they would crowd."""
    per_week = width / max(1, (end - start).days + 1) * 7
    every = next((n for n in (1, 2, 4, 8, 13, 26, 52) if per_week * n >= 52), 104)
    out = []
    week = max(0, -(-(start - first).days // 7))  # the first week that starts in view
    while (day := first + dt.timedelta(days=7 * week)) <= end:
        if week % every == 0 or every == 1:
            out.append((day, f"week {week + 1}"))
        week += 1
    return out


def visible_range(lane: Lane) -> tuple[float, float]:
    """The part of a line lane's scale shown: the whole scale for the reflection, and for a
    measure the scores and the cutoff with room around them (an SRS that stays between 34
    and 40 is drawn over 30 to 40, not squeezed into the top of 0 to 40)."""
    if lane.scale is None:
        return 0.0, 1.0
    full_low, full_high = float(lane.scale.low), float(lane.scale.high)
    values = [float(m.value) for m in lane.marks if m.value is not None]
    if lane.key == "reflection" or not values:
        return full_low, full_high
    if lane.scale.cutoff is not None:
        values.append(float(lane.scale.cutoff))
    full = full_high - full_low
    pad = max(full * 0.06, (max(values) - min(values)) * 0.15)
    low, high = max(full_low, min(values) - pad), min(full_high, max(values) + pad)
    if high - low < full * 0.25:
        grow = (full * 0.25 - (high - low)) / 2
        low, high = max(full_low, low - grow), min(full_high, high + grow)
    return float(math.floor(low)), float(math.ceil(high))


def lane_heights(lanes: tuple[Lane, ...], room: float) -> list[float]:
    """Mark lanes a fixed height; line lanes share what is left, within their limits."""
    lines = sum(1 for lane in lanes if lane.kind is LaneKind.LINE)
    marks = len(lanes) - lines
    each = (room - marks * MARKS_LANE) / lines if lines else 0.0
    each = max(LINE_LANE_MIN, min(LINE_LANE_MAX, each))
    return [each if lane.kind is LaneKind.LINE else MARKS_LANE for lane in lanes]
