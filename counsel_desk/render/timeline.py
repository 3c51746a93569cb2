"""The alliance timeline as a picture: a date axis, a line for each measure with its cutoff
shaded, the practitioner's reflection, and lanes of marks (attendance, ruptures and
repairs, boundaries, risk, the contract, possible ruptures). One painter for the screen, a
PNG and a PDF page (``render/pictures.py``); what it drew answers ``hit`` for tooltips and
clicks, so what is hit is always what was drawn.

The data is a domain :class:`~counsel_desk.domain.timeline.Timeline`; the table beside the
picture is made from the same lanes (``Timeline.rows``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPolygonF

from counsel_desk.domain.ruptures import day_text
from counsel_desk.domain.timeline import (
    Lane,
    LaneKind,
    Mark,
    MarkKind,
    PictureFormat,
    Scale,
    Timeline,
)
from counsel_desk.render import pictures
from counsel_desk.render.files import write_atomic
from counsel_desk.render.pictures import Hit
from counsel_desk.render.timeline_style import (
    LEGEND,
    RADIUS,
    Colours,
    colours,
    dot_pen,
    draw_glyph,
    legend_kind,
)

NAME = "timeline"
PAD = 8.0
AXIS = 22.0
MARKS_LANE = 26.0
LINE_LANE_MIN, LINE_LANE_MAX = 58.0, 180.0
RIGHT = 34.0  # room for a line lane's cutoff and band labels
LEGEND_ROW = 20.0
HIT_SLOP = 4.0
PNG_QUALITY = 80
PNG_PIXEL_RATIO = 1.5
FILE_LINE_LANE = 120.0  # a line lane's height in a saved picture
RUPTURES = (MarkKind.RUPTURE_WITHDRAWAL, MarkKind.RUPTURE_CONFRONTATION, MarkKind.RUPTURE_BOTH)


@dataclass(frozen=True)
class TimelineFigure:
    """What is painted: the lanes, and for a file the words above them."""

    timeline: Timeline
    title: str = ""  # "C-014: the working relationship" (files); empty on screen
    subtitle: str = ""  # the period
    selected: tuple[str, int] | None = None  # (lane key, mark index) ringed
    legend: bool = True


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
        return Hit(MarkRef(lane, n, mark.session_id, mark.ref), tooltip(mark))

    def centre_of(self, lane: str, index: int) -> QPointF | None:
        for *_box, x, y, at_lane, n, _mark in self._hits:
            if (at_lane, n) == (lane, index):
                return QPointF(x, y)
        return None


def tooltip(mark: Mark) -> str:
    lines = [f"{day_text(mark.on)}: {mark.label}"]
    if mark.until is not None and mark.until != mark.on:
        lines[0] = f"{day_text(mark.on)} to {day_text(mark.until)}: {mark.label}"
    if mark.detail:
        lines.append(mark.detail)
    if mark.session_id is not None:
        lines.append("Click to open this session.")
    return "\n".join(lines)


class _Axis:
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


class TimelinePicture:
    """The painter (``render.pictures.Picture``) of a :class:`TimelineFigure`."""

    def paint(
        self, painter: QPainter, rect: QRectF, data: TimelineFigure, palette: QPalette
    ) -> TimelineLayout:
        layout = TimelineLayout()
        col = colours(palette)
        painter.save()
        try:
            painter.fillRect(rect, col.background)
            base = QFont(painter.font())
            small = _scaled(base, 0.85)
            top = rect.top() + PAD
            if data.title:
                top = self._title(painter, rect, data, base, small, col, top)
            timeline = data.timeline
            small_metrics = QFontMetricsF(small)
            entries = _legend_entries(timeline) if data.legend and rect.height() > 240 else []
            rows = _legend_rows(entries, rect.width() - 2 * PAD, small_metrics)
            lanes_need = sum(
                LINE_LANE_MIN if lane.kind is LaneKind.LINE else MARKS_LANE
                for lane in timeline.lanes
            )
            if top + AXIS + lanes_need + LEGEND_ROW * len(rows) > rect.bottom() - PAD:
                rows = []  # the lanes come first; the legend, whole or not at all
            legend_h = LEGEND_ROW * len(rows)
            widest = max(
                (QFontMetricsF(base).horizontalAdvance(ln.title) for ln in timeline.lanes),
                default=0.0,
            )
            gutter = max(84.0, min(widest + 12, 160.0, rect.width() * 0.24))
            left, right = rect.left() + PAD + gutter, rect.right() - PAD - RIGHT
            bottom = rect.bottom() - PAD - legend_h
            if right - left < 40 or bottom - top < AXIS + MARKS_LANE:
                return layout  # too small to say anything
            axis = _Axis(timeline.start, timeline.end, left, right)
            heights = _lane_heights(timeline.lanes, bottom - top - AXIS)
            layout.plot = QRectF(left, top + AXIS, right - left, sum(heights))
            painter.setFont(small)
            self._axis(painter, axis, top, layout.plot, col, QFontMetricsF(small))
            y = top + AXIS
            separators: list[QLineF] = []
            for lane, height in zip(timeline.lanes, heights, strict=True):
                lane_rect = QRectF(left, y, right - left, height)
                layout.lanes[lane.key] = lane_rect
                self._gutter(
                    painter,
                    lane,
                    QRectF(rect.left() + PAD, y, gutter - 6, height),
                    base,
                    small,
                    col,
                )
                painter.setFont(small)
                if lane.kind is LaneKind.LINE:
                    self._line_lane(painter, lane, lane_rect, axis, col, layout)
                else:
                    self._marks_lane(painter, lane, lane_rect, axis, col, layout)
                if not lane.marks:
                    self._empty(painter, lane, lane_rect, col)
                separators.append(QLineF(rect.left() + PAD, y + height, right, y + height))
                y += height
            _straight(painter, QPen(col.grid, 1), separators)
            if data.selected is not None:
                self._ring(painter, layout, data.selected, col)
            if rows:
                self._legend(painter, rows, rect, y + 6, small, col, layout)
        finally:
            painter.restore()
        return layout

    # --- words ---------------------------------------------------------------------------
    def _title(
        self,
        painter: QPainter,
        rect: QRectF,
        data: TimelineFigure,
        base: QFont,
        small: QFont,
        col: Colours,
        top: float,
    ) -> float:
        bold = _scaled(base, 1.2)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(col.text)
        height = QFontMetricsF(bold).height()
        painter.drawText(
            QRectF(rect.left() + PAD, top, rect.width() - 2 * PAD, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            data.title,
        )
        top += height + 2
        if data.subtitle:
            painter.setFont(small)
            painter.setPen(col.faint)
            h = QFontMetricsF(small).height()
            painter.drawText(
                QRectF(rect.left() + PAD, top, rect.width() - 2 * PAD, h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                data.subtitle,
            )
            top += h
        return top + 6

    def _axis(
        self,
        painter: QPainter,
        axis: _Axis,
        top: float,
        plot: QRectF,
        col: Colours,
        metrics: QFontMetricsF,
    ) -> None:
        last_right = -1e9
        grid = []
        painter.setPen(col.faint)
        for day, text in ticks(axis.start, axis.end, axis.right - axis.left):
            x = round(axis.edge(day)) + 0.5  # on a pixel: crisp without antialiasing
            grid.append(QLineF(x, plot.top() - 4, x, plot.bottom()))
            width = metrics.horizontalAdvance(text)
            if x - 2 < last_right or x + width > axis.right + RIGHT:
                continue
            painter.drawText(QPointF(x + 2, top + metrics.ascent() + 2), text)
            last_right = x + width + 6
        _straight(painter, QPen(col.grid, 1), grid)

    def _gutter(
        self,
        painter: QPainter,
        lane: Lane,
        box: QRectF,
        base: QFont,
        small: QFont,
        col: Colours,
    ) -> None:
        painter.setFont(base)
        painter.setPen(col.text)
        metrics = QFontMetricsF(base)
        title = metrics.elidedText(lane.title, Qt.TextElideMode.ElideRight, box.width())
        if lane.kind is LaneKind.LINE and lane.scale is not None and box.height() >= 44:
            painter.drawText(QPointF(box.left(), box.center().y() - 2), title)
            painter.setFont(small)
            painter.setPen(col.faint)
            low, high = visible_range(lane)
            scale = f"{_num(lane.scale.low)}–{_num(lane.scale.high)}"
            if (low, high) != (float(lane.scale.low), float(lane.scale.high)):
                scale = f"{low:g}–{high:g} of {scale}"
            painter.drawText(QPointF(box.left(), box.center().y() + metrics.height() - 4), scale)
            return
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

    def _empty(self, painter: QPainter, lane: Lane, box: QRectF, col: Colours) -> None:
        painter.setPen(col.faint)
        font = QFont(painter.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.drawText(
            box.adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            lane.empty_text,
        )
        font.setItalic(False)
        painter.setFont(font)

    # --- lanes -------------------------------------------------------------------------------
    def _line_lane(
        self,
        painter: QPainter,
        lane: Lane,
        box: QRectF,
        axis: _Axis,
        col: Colours,
        layout: TimelineLayout,
    ) -> None:
        scale = lane.scale or Scale(Decimal(0), Decimal(1))
        inner = box.adjusted(0, 6, 0, -6)
        low, high = visible_range(lane)
        span = (high - low) or 1.0

        def y_of(value: float) -> float:
            value = min(max(value, low), high)
            return inner.bottom() - (value - low) / span * inner.height()

        metrics = QFontMetricsF(painter.font())
        if scale.cutoff is not None:
            cut = y_of(float(scale.cutoff))
            shaded = (
                QRectF(box.left(), cut, box.width(), inner.bottom() - cut)
                if scale.concern_below
                else QRectF(box.left(), inner.top(), box.width(), cut - inner.top())
            )
            painter.fillRect(shaded, col.concern)
            _straight(
                painter,
                QPen(col.bad, 1, Qt.PenStyle.DashLine),
                [QLineF(box.left(), cut, box.right(), cut)],
            )
            painter.setPen(col.bad)
            painter.drawText(
                QPointF(box.right() + 4, cut + metrics.ascent() / 2 - 1), _num(scale.cutoff)
            )
        if box.height() >= 70:
            bands = [
                QLineF(box.left(), y_of(float(b.low)), box.right(), y_of(float(b.low)))
                for b in scale.bands[1:]
            ]
            _straight(painter, QPen(col.grid, 1, Qt.PenStyle.DotLine), bands)
        colour = col.reflection if lane.key == "reflection" else col.line
        r = RADIUS * 0.8 if axis.per_day * 7 >= 8 else RADIUS * 0.6
        cutoff = scale.cutoff
        points, normal, past = [], [], []
        for n, mark in enumerate(lane.marks):
            value = mark.value
            if value is None:
                continue
            x, y = axis.x(mark.on), y_of(float(value))
            centre = QPointF(x, y)
            points.append(centre)
            worrying = cutoff is not None and (
                value < cutoff if scale.concern_below else value >= cutoff
            )
            (past if worrying else normal).append(centre)
            layout.add(x, y, r, r, lane.key, n, mark)
        if len(points) > 1:
            painter.setPen(QPen(colour, 2))
            painter.drawPolyline(QPolygonF(points))
        for group, tone in ((normal, colour), (past, col.bad)):
            if group:  # one call for every dot of a colour: a round pen's points are discs
                painter.setPen(dot_pen(tone, 2 * r))
                painter.drawPoints(QPolygonF(group))
        layout.drawn[lane.key] = len(points)
        layout.points[lane.key] = points

    def _marks_lane(
        self,
        painter: QPainter,
        lane: Lane,
        box: QRectF,
        axis: _Axis,
        col: Colours,
        layout: TimelineLayout,
    ) -> None:
        cy = box.center().y()
        # spans first, under the marks: practice breaks, and a rupture until its repair
        for mark in lane.marks:
            if mark.kind is MarkKind.PRACTICE_BREAK:
                until = min(mark.until or mark.on, axis.end)
                first = max(mark.on, axis.start)
                x0, x1 = axis.edge(first), axis.edge(until + dt.timedelta(days=1))
                painter.fillRect(
                    QRectF(x0, box.top() + 3, max(2.0, x1 - x0), box.height() - 6), col.span
                )
            elif mark.kind in RUPTURES:
                end = mark.until if mark.until is not None else axis.end
                style = Qt.PenStyle.SolidLine if mark.until is not None else Qt.PenStyle.DashLine
                faded = col.bad if mark.until is not None else col.faint
                line = QLineF(axis.x(mark.on), cy, axis.x(min(end, axis.end)), cy)
                _straight(painter, QPen(faded, 1.4, style), [line])
        placed = []
        held = []  # sessions held with nothing more to show: drawn together, at the end
        crowded = axis.per_day * 7 < 9  # a week narrower than a glyph: smaller glyphs
        r = RADIUS * (0.7 if crowded else 1.0)
        for n, mark in enumerate(lane.marks):
            if mark.kind is MarkKind.PRACTICE_BREAK:
                first = max(mark.on, axis.start)
                until = min(mark.until or mark.on, axis.end)
                x0, x1 = axis.edge(first), axis.edge(until + dt.timedelta(days=1))
                width = max(2.0, x1 - x0)
                centre = QPointF(x0 + width / 2, cy)
                layout.add(centre.x(), cy, width / 2, box.height() / 2 - 3, lane.key, n, mark)
                placed.append(centre)
                continue
            if mark.on < axis.start or mark.on > axis.end:
                continue  # a rupture drawn for its span only
            x = axis.x(mark.on)
            centre = QPointF(x, cy)
            if mark.kind is MarkKind.ATTENDED and not mark.extra:
                held.append(centre)
                layout.add(x, cy, r, r, lane.key, n, mark)
            else:
                covered = draw_glyph(painter, mark.kind, centre, col, mark.extra, r, box.height())
                layout.add(x, cy, covered.width() / 2, covered.height() / 2, lane.key, n, mark)
            placed.append(centre)
        if held:
            painter.setPen(dot_pen(col.good, 1.8 * r))
            painter.drawPoints(QPolygonF(held))
        layout.drawn[lane.key] = len(placed)
        layout.points[lane.key] = placed

    # --- on top --------------------------------------------------------------------------------
    def _ring(
        self, painter: QPainter, layout: TimelineLayout, selected: tuple[str, int], col: Colours
    ) -> None:
        centre = layout.centre_of(*selected)
        if centre is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(col.selected, 2.2))
        painter.drawEllipse(centre, RADIUS * 2, RADIUS * 2)

    def _legend(
        self,
        painter: QPainter,
        rows: list[list[tuple[MarkKind, str]]],
        rect: QRectF,
        top: float,
        font: QFont,
        col: Colours,
        layout: TimelineLayout,
    ) -> None:
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for row in rows:
            x, cy = rect.left() + PAD + 6, top + LEGEND_ROW / 2 - 2
            for kind, words in row:
                draw_glyph(
                    painter,
                    _legend_glyph(kind),
                    QPointF(x + 4, cy),
                    col,
                    _legend_extra(kind),
                    RADIUS * 0.9,
                    LEGEND_ROW - 4,
                )
                painter.setPen(col.faint)
                painter.drawText(QPointF(x + 13, cy + metrics.ascent() / 2 - 1), words)
                layout.legend.append(words)
                x += _legend_width(words, metrics)
            top += LEGEND_ROW


def _legend_entries(timeline: Timeline) -> list[tuple[MarkKind, str]]:
    """The legend's words for the kinds of mark the picture shows, in the legend's order."""
    shown = {
        legend_kind(m.kind, m.extra)
        for lane in timeline.lanes
        if lane.kind is LaneKind.MARKS
        for m in lane.marks
    }
    return [(kind, words) for kind, words in LEGEND if kind in shown]


def _legend_width(words: str, metrics: QFontMetricsF) -> float:
    return 14 + metrics.horizontalAdvance(words) + 14


def _legend_rows(
    entries: list[tuple[MarkKind, str]], width: float, metrics: QFontMetricsF
) -> list[list[tuple[MarkKind, str]]]:
    """The entries flowed into rows as wide as the picture (three at most)."""
    rows: list[list[tuple[MarkKind, str]]] = []
    used = width
    for entry in entries:
        need = _legend_width(entry[1], metrics)
        if used + need > width - 6:
            if len(rows) == 3:
                break
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += need
    return rows


def _legend_extra(kind: MarkKind) -> tuple[MarkKind, ...]:
    if kind is MarkKind.CLIENT_LATE:
        return (MarkKind.CLIENT_LATE,)
    if kind is MarkKind.PRACTITIONER_LATE:
        return (MarkKind.PRACTITIONER_LATE,)
    return ()


def _legend_glyph(kind: MarkKind) -> MarkKind:
    return MarkKind.ATTENDED if kind in (MarkKind.CLIENT_LATE, MarkKind.PRACTITIONER_LATE) else kind


def _straight(painter: QPainter, pen: QPen, lines: list[QLineF]) -> None:
    """Horizontal and vertical lines in one call, without antialiasing (they need none,
    and a long antialiased line costs a frame's worth of time)."""
    if not lines:
        return
    smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)


def _scaled(font: QFont, factor: float) -> QFont:
    """``font`` larger or smaller, whether it is sized in pixels (pictures in files) or in
    points (a widget's)."""
    out = QFont(font)
    if font.pixelSize() > 0:
        out.setPixelSize(max(7, round(font.pixelSize() * factor)))
    else:
        out.setPointSizeF(max(6.5, font.pointSizeF() * factor))
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


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _lane_heights(lanes: tuple[Lane, ...], room: float) -> list[float]:
    """Mark lanes a fixed height; line lanes share what is left, within their limits."""
    lines = sum(1 for lane in lanes if lane.kind is LaneKind.LINE)
    marks = len(lanes) - lines
    each = (room - marks * MARKS_LANE) / lines if lines else 0.0
    each = max(LINE_LANE_MIN, min(LINE_LANE_MAX, each))
    return [each if lane.kind is LaneKind.LINE else MARKS_LANE for lane in lanes]


def natural_size(figure: TimelineFigure, width: float = 1100.0) -> QSizeF:
    """A size that gives every lane room: line lanes at their tallest, for files."""
    lanes = figure.timeline.lanes
    height = 2 * PAD + AXIS + (LEGEND_ROW if figure.legend else 0.0)
    height += sum(FILE_LINE_LANE if lane.kind is LaneKind.LINE else MARKS_LANE for lane in lanes)
    if figure.title:
        height += 24 + (16 if figure.subtitle else 0) + 6
    return QSizeF(width, height + 4)


def figure_bytes(figure: TimelineFigure, fmt: PictureFormat) -> bytes:
    """The picture as a PNG (one and a half times the pixels of its logical size: 1,650
    wide, sharp on paper and on a high-density screen, quick to write) or as one landscape
    A4 page of PDF, on white whatever the desktop's theme."""
    if fmt is PictureFormat.PDF:
        data, _layout = pictures.to_pdf(PICTURE, figure, title=figure.title)
        return data
    image, _layout = pictures.to_image(
        PICTURE, figure, natural_size(figure), pixel_ratio=PNG_PIXEL_RATIO
    )
    # Opaque (white paper), so no alpha channel; zlib at a low level: a fifth of the time
    # of the default for a file a few times larger, still small (tens of kilobytes).
    return pictures.to_png(image.convertToFormat(QImage.Format.Format_RGB32), PNG_QUALITY)


def save_timeline(
    figure: TimelineFigure,
    path: Path,
    fmt: PictureFormat | None = None,
    *,
    record: Callable[[], None] | None = None,
) -> Path:
    """Write the picture to ``path`` whole or not at all (0600); ``record`` (the audit entry)
    runs just before the file takes its name."""
    fmt = fmt or PictureFormat.from_path(path)
    return write_atomic(Path(path), figure_bytes(figure, fmt), before_replace=record)


PICTURE = TimelinePicture()
pictures.register(NAME, PICTURE)
