"""How the alliance timeline looks: colours taken from the palette it is drawn with (light,
dark or paper), and one glyph per kind of mark.

Shapes carry the meaning and colour only repeats it, so the picture reads in print and for
people who see colours differently: a circle is about the client (a session held, the
client's cancellation), a square about the practitioner (their late start or early ending,
their cancellation), a cross a missed session, a triangle a rupture, a flag a possible
rupture. Filled means it happened; hollow, that it was cancelled or set aside.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF

from counsel_desk.domain.timeline import MarkKind

RADIUS = 4.5  # half a glyph's width, in logical pixels


@dataclass(frozen=True)
class Colours:
    background: QColor
    text: QColor
    faint: QColor  # secondary text, empty lanes
    grid: QColor
    line: QColor  # a measure's line
    reflection: QColor
    good: QColor
    warn: QColor
    bad: QColor
    repair: QColor
    boundary: QColor
    concern: QColor  # the shaded side of a cutoff
    span: QColor  # a practice break
    selected: QColor


def _pick(dark: bool, light_hex: str, dark_hex: str) -> QColor:
    return QColor(dark_hex if dark else light_hex)


def _mix(under: QColor, over: QColor, share: float) -> QColor:
    """``over`` at ``share`` on ``under``, as one opaque colour: lines drawn in a colour
    with transparency cost the painter several times as much."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * share,
        under.greenF() + (over.greenF() - under.greenF()) * share,
        under.blueF() + (over.blueF() - under.blueF()) * share,
    )


def colours(palette: QPalette) -> Colours:
    """Colours that read on the palette's background: deeper tones on light, lighter on dark."""
    background = palette.color(QPalette.ColorRole.Base)
    dark = background.lightnessF() < 0.5
    text = palette.color(QPalette.ColorRole.Text)
    faint = _mix(background, text, 0.62)
    grid = _mix(background, text, 0.14)
    bad = _pick(dark, "#b3261e", "#f28b82")
    concern = QColor(bad)
    concern.setAlphaF(0.10 if not dark else 0.16)
    span = QColor(text)
    span.setAlphaF(0.12)
    return Colours(
        background=background,
        text=text,
        faint=faint,
        grid=grid,
        line=_pick(dark, "#1f5f99", "#8ab4f8"),
        reflection=_pick(dark, "#00796b", "#80cbc4"),
        good=_pick(dark, "#2e7d32", "#81c995"),
        warn=_pick(dark, "#a15c00", "#fdd663"),
        bad=bad,
        repair=_pick(dark, "#1f5f99", "#8ab4f8"),
        boundary=_pick(dark, "#6a1b9a", "#d7aefb"),
        concern=concern,
        span=span,
        selected=palette.color(QPalette.ColorRole.Highlight),
    )


CLIENT_SLIPS = frozenset({MarkKind.CLIENT_LATE, MarkKind.ENDED_EARLY_CLIENT})
OWN_SLIPS = frozenset({MarkKind.PRACTITIONER_LATE, MarkKind.ENDED_EARLY_PRACTITIONER})

# The words of the legend, in its order, for the kinds a picture shows: English, marked
# for lupdate; a figure's ``words`` translates them on screen (files keep the English).
LEGEND: tuple[tuple[MarkKind, str], ...] = (
    (MarkKind.ATTENDED, QT_TRANSLATE_NOOP("render.timeline", "Held")),
    (MarkKind.CLIENT_LATE, QT_TRANSLATE_NOOP("render.timeline", "Client late or left early")),
    (MarkKind.PRACTITIONER_LATE, QT_TRANSLATE_NOOP("render.timeline", "I was late or ended early")),
    (MarkKind.CANCELLED_CLIENT, QT_TRANSLATE_NOOP("render.timeline", "Client cancelled")),
    (MarkKind.CANCELLED_CLIENT_SHORT, QT_TRANSLATE_NOOP("render.timeline", "…at short notice")),
    (MarkKind.CANCELLED_PRACTITIONER, QT_TRANSLATE_NOOP("render.timeline", "I cancelled")),
    (
        MarkKind.CANCELLED_PRACTITIONER_SHORT,
        QT_TRANSLATE_NOOP("render.timeline", "…at short notice"),
    ),
    (MarkKind.DID_NOT_ATTEND, QT_TRANSLATE_NOOP("render.timeline", "Did not attend")),
    (MarkKind.RESCHEDULED, QT_TRANSLATE_NOOP("render.timeline", "Moved")),
    (MarkKind.PRACTICE_BREAK, QT_TRANSLATE_NOOP("render.timeline", "Practice break")),
    (MarkKind.RUPTURE_WITHDRAWAL, QT_TRANSLATE_NOOP("render.timeline", "Rupture")),
    (MarkKind.REPAIR, QT_TRANSLATE_NOOP("render.timeline", "Repair")),
    (MarkKind.BOUNDARY, QT_TRANSLATE_NOOP("render.timeline", "Boundary")),
    (MarkKind.RISK, QT_TRANSLATE_NOOP("render.timeline", "Risk")),
    (MarkKind.CONTRACT, QT_TRANSLATE_NOOP("render.timeline", "Contract")),
    (MarkKind.FLAG, QT_TRANSLATE_NOOP("render.timeline", "Possible rupture")),
    (MarkKind.FLAG_DISMISSED, QT_TRANSLATE_NOOP("render.timeline", "Set aside")),
)
LEGEND_ALIASES = {  # what stands for a kind in the legend
    MarkKind.ENDED_EARLY_CLIENT: MarkKind.CLIENT_LATE,
    MarkKind.ENDED_EARLY_PRACTITIONER: MarkKind.PRACTITIONER_LATE,
    MarkKind.ENDED_EARLY_AGREED: MarkKind.ATTENDED,
    MarkKind.RUPTURE_CONFRONTATION: MarkKind.RUPTURE_WITHDRAWAL,
    MarkKind.RUPTURE_BOTH: MarkKind.RUPTURE_WITHDRAWAL,
    MarkKind.CONTRACT_REVIEW: MarkKind.CONTRACT,
}


def legend_kind(kind: MarkKind, extra: tuple[MarkKind, ...] = ()) -> MarkKind:
    """The legend entry a mark is counted under (an attended session by its slips)."""
    if kind is MarkKind.ATTENDED:
        if OWN_SLIPS.intersection(extra):
            return MarkKind.PRACTITIONER_LATE
        if CLIENT_SLIPS.intersection(extra):
            return MarkKind.CLIENT_LATE
    return LEGEND_ALIASES.get(kind, kind)


# Qt's enums, looked up once: each lookup through PySide's namespaces costs as much as
# drawing a small shape, and a ten-year timeline draws hundreds.
NO_PEN, NO_BRUSH = Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush
SOLID, DASH = Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine
HELD = frozenset({MarkKind.ATTENDED, MarkKind.ENDED_EARLY_AGREED})
CLIENT_CANCELLED = frozenset({MarkKind.CANCELLED_CLIENT, MarkKind.CANCELLED_CLIENT_SHORT})
OWN_CANCELLED = frozenset({MarkKind.CANCELLED_PRACTITIONER, MarkKind.CANCELLED_PRACTITIONER_SHORT})
RUPTURE_KINDS = frozenset(
    {MarkKind.RUPTURE_WITHDRAWAL, MarkKind.RUPTURE_CONFRONTATION, MarkKind.RUPTURE_BOTH}
)
CONTRACT_KINDS = frozenset({MarkKind.CONTRACT, MarkKind.CONTRACT_REVIEW})
FLAG_KINDS = frozenset({MarkKind.FLAG, MarkKind.FLAG_DISMISSED})
_pens: dict[tuple[int, float, Qt.PenStyle], QPen] = {}


def _pen(colour: QColor, width: float = 1.5, style: Qt.PenStyle = SOLID) -> QPen:
    """A round-capped pen, made once per colour, width and style."""
    key = (colour.rgba(), width, style)
    pen = _pens.get(key)
    if pen is None:
        pen = QPen(colour, width)
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        _pens[key] = pen
    return pen


def dot_pen(colour: QColor, diameter: float) -> QPen:
    """A pen whose points are filled discs: many dots of one colour in one ``drawPoints``."""
    pen = QPen(colour, diameter)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _triangle(c: QPointF, r: float, up: bool) -> QPolygonF:
    s = 1 if up else -1
    return QPolygonF(
        [
            QPointF(c.x(), c.y() - s * r * 1.15),
            QPointF(c.x() + r * 1.1, c.y() + s * r * 0.85),
            QPointF(c.x() - r * 1.1, c.y() + s * r * 0.85),
        ]
    )


def _diamond(c: QPointF, r: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(c.x(), c.y() - r * 1.25),
            QPointF(c.x() + r * 1.05, c.y()),
            QPointF(c.x(), c.y() + r * 1.25),
            QPointF(c.x() - r * 1.05, c.y()),
        ]
    )


def draw_glyph(
    painter: QPainter,
    kind: MarkKind,
    c: QPointF,
    col: Colours,
    extra: tuple[MarkKind, ...] = (),
    r: float = RADIUS,
    height: float = 18.0,
) -> QRectF:
    """One mark centred on ``c``; returns the rectangle it covers (what a pointer hits)."""
    no_pen, no_brush = NO_PEN, NO_BRUSH
    box = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    if kind in HELD:
        legend = legend_kind(kind, extra)
        if legend is MarkKind.PRACTITIONER_LATE:
            painter.setPen(no_pen)
            painter.setBrush(col.warn)
            painter.drawRect(box.adjusted(0.3, 0.3, -0.3, -0.3))
        else:
            painter.setPen(no_pen)
            painter.setBrush(col.warn if legend is MarkKind.CLIENT_LATE else col.good)
            painter.drawEllipse(c, r * 0.9, r * 0.9)
        return box
    if kind in CLIENT_CANCELLED:
        short = kind is MarkKind.CANCELLED_CLIENT_SHORT
        painter.setBrush(no_brush)
        painter.setPen(_pen(col.warn if short else col.faint, 2.2 if short else 1.4))
        painter.drawEllipse(c, r * 0.8, r * 0.8)
        return box
    if kind in OWN_CANCELLED:
        short = kind is MarkKind.CANCELLED_PRACTITIONER_SHORT
        painter.setBrush(no_brush)
        painter.setPen(_pen(col.bad if short else col.faint, 2.2 if short else 1.4))
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        return box
    if kind is MarkKind.DID_NOT_ATTEND:
        painter.setPen(_pen(col.bad, 2.2))
        d = r * 0.8
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
        return box
    if kind is MarkKind.RESCHEDULED:
        painter.setPen(_pen(col.faint, 1.6))
        d = r * 0.7
        painter.drawLine(QPointF(c.x() - d * 0.5, c.y() - d), QPointF(c.x() + d * 0.6, c.y()))
        painter.drawLine(QPointF(c.x() + d * 0.6, c.y()), QPointF(c.x() - d * 0.5, c.y() + d))
        return box
    if kind in RUPTURE_KINDS:
        painter.setPen(no_pen)
        painter.setBrush(col.bad)
        if kind is MarkKind.RUPTURE_BOTH:
            painter.drawPolygon(_diamond(c, r))
        else:
            painter.drawPolygon(_triangle(c, r, up=kind is MarkKind.RUPTURE_CONFRONTATION))
        return box.adjusted(-1, -1, 1, 1)
    if kind is MarkKind.REPAIR:
        painter.setPen(_pen(col.repair, 1.6))
        painter.setBrush(col.background)
        painter.drawEllipse(c, r * 0.9, r * 0.9)
        painter.setPen(_pen(col.repair, 1.8))
        painter.drawLine(
            QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() - r * 0.1, c.y() + r * 0.4)
        )
        painter.drawLine(
            QPointF(c.x() - r * 0.1, c.y() + r * 0.4), QPointF(c.x() + r * 0.5, c.y() - r * 0.4)
        )
        return box
    if kind is MarkKind.BOUNDARY:
        painter.setBrush(no_brush)
        painter.setPen(_pen(col.boundary, 1.8))
        painter.drawPolygon(_diamond(c, r))
        return box
    if kind is MarkKind.RISK:
        painter.setPen(no_pen)
        painter.setBrush(col.bad)
        painter.drawRect(box)
        painter.setPen(_pen(col.background, 1.8))
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.55), QPointF(c.x(), c.y() + r * 0.1))
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.5))
        return box
    if kind in CONTRACT_KINDS:
        review = kind is MarkKind.CONTRACT_REVIEW
        style = DASH if review else SOLID
        painter.setPen(_pen(col.repair, 1.6 if review else 2.4, style))
        half = height / 2 - 2
        painter.drawLine(QPointF(c.x(), c.y() - half), QPointF(c.x(), c.y() + half))
        return QRectF(c.x() - r, c.y() - half, 2 * r, 2 * half)
    if kind in FLAG_KINDS:
        dismissed = kind is MarkKind.FLAG_DISMISSED
        colour = col.faint if dismissed else col.warn
        top, bottom = c.y() - r * 1.3, c.y() + r * 1.3
        painter.setPen(_pen(colour, 1.6))
        painter.drawLine(QPointF(c.x() - r * 0.6, top), QPointF(c.x() - r * 0.6, bottom))
        flag = QPolygonF(
            [
                QPointF(c.x() - r * 0.6, top),
                QPointF(c.x() + r * 1.1, top + r * 0.6),
                QPointF(c.x() - r * 0.6, top + r * 1.2),
            ]
        )
        painter.setBrush(no_brush if dismissed else QBrush(colour))
        painter.drawPolygon(flag)
        return QRectF(c.x() - r, top, 2 * r, bottom - top)
    # anything newer than this painter: a plain dot, still hit and listed
    painter.setPen(no_pen)
    painter.setBrush(col.faint)
    painter.drawEllipse(c, r * 0.6, r * 0.6)
    return box
