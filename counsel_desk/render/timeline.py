"""The alliance timeline as a picture: a date axis, a line for each measure with its cutoff
shaded, the practitioner's reflection, and lanes of marks (attendance, ruptures and
repairs, boundaries, risk, the contract, possible ruptures). One painter for the screen, a
PNG and a PDF page (``render/pictures.py``; files in ``timeline_files.py``); what it drew
answers ``hit`` for tooltips and clicks (``timeline_layout.py``), so what is hit is always
what was drawn.

The data is a domain :class:`~counsel_desk.domain.timeline.Timeline`; the table beside the
picture is made from the same lanes (``Timeline.rows``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from counsel_desk.domain.measures import number_text
from counsel_desk.domain.timeline import Lane, LaneKind, MarkKind, Scale, Timeline
from counsel_desk.render import pictures
from counsel_desk.render.timeline_layout import (
    AXIS,
    LEGEND_ROW,
    LINE_LANE_MIN,
    MARKS_LANE,
    PAD,
    RIGHT,
    Axis,
    MarkRef,
    TimelineFigure,
    TimelineLayout,
    lane_heights,
    ticks,
    visible_range,
    week_ticks,
)
from counsel_desk.render.timeline_style import (
    DASH,
    LEGEND,
    RADIUS,
    SOLID,
    Colours,
    colours,
    dot_pen,
    draw_glyph,
    legend_kind,
)

__all__ = ["NAME", "PICTURE", "MarkRef", "TimelineFigure", "TimelinePicture"]

NAME = "timeline"
RUPTURES = (MarkKind.RUPTURE_WITHDRAWAL, MarkKind.RUPTURE_CONFRONTATION, MarkKind.RUPTURE_BOTH)
BREAK, ATTENDED = MarkKind.PRACTICE_BREAK, MarkKind.ATTENDED  # looked up once, not per mark
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# a line lane's scale when zoomed in: "31–40 of 0–40" (translated by the figure's ``words``)
SCALE_OF = QT_TRANSLATE_NOOP("render.timeline", "{low}–{high} of {scale}")


class TimelinePicture:
    """The painter (``render.pictures.Picture``) of a :class:`TimelineFigure`."""

    def paint(
        self, painter: QPainter, rect: QRectF, data: TimelineFigure, palette: QPalette
    ) -> TimelineLayout:
        layout = TimelineLayout(tooltip=data.tooltip)
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
            entries = [(kind, data.words(words)) for kind, words in entries]
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
            axis = Axis(timeline.start, timeline.end, left, right)
            heights = lane_heights(timeline.lanes, bottom - top - AXIS)
            layout.plot = QRectF(left, top + AXIS, right - left, sum(heights))
            painter.setFont(small)
            self._axis(painter, axis, top, layout.plot, col, QFontMetricsF(small), data.weeks_from)
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
                    data,
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
            LEFT_MIDDLE,
            data.title,
        )
        top += height + 2
        if data.subtitle:
            painter.setFont(small)
            painter.setPen(col.faint)
            h = QFontMetricsF(small).height()
            painter.drawText(
                QRectF(rect.left() + PAD, top, rect.width() - 2 * PAD, h),
                LEFT_MIDDLE,
                data.subtitle,
            )
            top += h
        return top + 6

    def _axis(
        self,
        painter: QPainter,
        axis: Axis,
        top: float,
        plot: QRectF,
        col: Colours,
        metrics: QFontMetricsF,
        weeks_from: dt.date | None = None,
    ) -> None:
        last_right = -1e9
        grid = []
        painter.setPen(col.faint)
        width = axis.right - axis.left
        marked = (
            week_ticks(axis.start, axis.end, width, weeks_from)
            if weeks_from is not None
            else ticks(axis.start, axis.end, width)
        )
        for day, text in marked:
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
        data: TimelineFigure,
    ) -> None:
        painter.setFont(base)
        painter.setPen(col.text)
        metrics = QFontMetricsF(base)
        title = metrics.elidedText(lane.title, Qt.TextElideMode.ElideRight, box.width())
        two_lines = metrics.height() + QFontMetricsF(small).height() + 4  # title and scale
        if lane.kind is LaneKind.LINE and lane.scale is not None and box.height() >= two_lines:
            painter.drawText(QPointF(box.left(), box.center().y() - 2), title)
            painter.setFont(small)
            painter.setPen(col.faint)
            low, high = visible_range(lane)
            scale = f"{number_text(lane.scale.low)}–{number_text(lane.scale.high)}"
            if (low, high) != (float(lane.scale.low), float(lane.scale.high)):
                scale = data.words(SCALE_OF).format(low=f"{low:g}", high=f"{high:g}", scale=scale)
            painter.drawText(QPointF(box.left(), box.center().y() + metrics.height() - 4), scale)
            return
        painter.drawText(box, LEFT_MIDDLE, title)

    def _empty(self, painter: QPainter, lane: Lane, box: QRectF, col: Colours) -> None:
        painter.setPen(col.faint)
        font = QFont(painter.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.drawText(
            box.adjusted(6, 0, -6, 0),
            LEFT_MIDDLE,
            str(lane.empty_text),
        )
        font.setItalic(False)
        painter.setFont(font)

    # --- lanes -------------------------------------------------------------------------------
    def _line_lane(
        self,
        painter: QPainter,
        lane: Lane,
        box: QRectF,
        axis: Axis,
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
                QPointF(box.right() + 4, cut + metrics.ascent() / 2 - 1), number_text(scale.cutoff)
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
            # the line as separate segments: a 2 px antialiased polyline is stroked as one
            # path with its joins (some 1.5 ms for a ten-year measure), while segments are
            # drawn in a tenth of it; every join is under a dot drawn next
            painter.setPen(QPen(colour, 2))
            painter.drawLines([QLineF(a, b) for a, b in itertools.pairwise(points)])
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
        axis: Axis,
        col: Colours,
        layout: TimelineLayout,
    ) -> None:
        cy = box.center().y()
        # spans first, under the marks: practice breaks, and a rupture until its repair
        for mark in lane.marks:
            if mark.kind is BREAK:
                until = min(mark.until or mark.on, axis.end)
                first = max(mark.on, axis.start)
                x0, x1 = axis.edge(first), axis.edge(until + dt.timedelta(days=1))
                painter.fillRect(
                    QRectF(x0, box.top() + 3, max(2.0, x1 - x0), box.height() - 6), col.span
                )
            elif mark.kind in RUPTURES:
                end = mark.until if mark.until is not None else axis.end
                style = SOLID if mark.until is not None else DASH
                faded = col.bad if mark.until is not None else col.faint
                line = QLineF(axis.x(mark.on), cy, axis.x(min(end, axis.end)), cy)
                _straight(painter, QPen(faded, 1.4, style), [line])
        placed = []
        held = []  # sessions held with nothing more to show: drawn together, at the end
        crowded = axis.per_day * 7 < 9  # a week narrower than a glyph: smaller glyphs
        r = RADIUS * (0.7 if crowded else 1.0)
        start, end, x_of, add, key = axis.start, axis.end, axis.x, layout.add, lane.key
        for n, mark in enumerate(lane.marks):
            kind = mark.kind
            if kind is BREAK:
                first = max(mark.on, axis.start)
                until = min(mark.until or mark.on, axis.end)
                x0, x1 = axis.edge(first), axis.edge(until + dt.timedelta(days=1))
                width = max(2.0, x1 - x0)
                centre = QPointF(x0 + width / 2, cy)
                add(centre.x(), cy, width / 2, box.height() / 2 - 3, key, n, mark)
                placed.append(centre)
                continue
            if mark.on < start or mark.on > end:
                continue  # a rupture drawn for its span only
            x = x_of(mark.on)
            centre = QPointF(x, cy)
            if kind is ATTENDED and not mark.extra:
                held.append(centre)
                add(x, cy, r, r, key, n, mark)
            else:
                covered = draw_glyph(painter, kind, centre, col, mark.extra, r, box.height())
                add(x, cy, covered.width() / 2, covered.height() / 2, key, n, mark)
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


PICTURE = TimelinePicture()
pictures.register(NAME, PICTURE)
