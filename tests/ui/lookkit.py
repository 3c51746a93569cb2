"""Reading what a widget shows in tests: whether a list item's text fits the room the style
gives it, which way a header's sort arrow points, the colour a widget is filled with, and
how far apart two colours are (WCAG's contrast ratio; RGB distance)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

ARROW_ROOM = 20  # Fusion draws the sort arrow within this many pixels of a section's right


def item_text_fits(view: QListWidget, item: QListWidgetItem) -> bool:
    """Whether ``item``'s whole text fits the room the style gives it (wrapped), uncut."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    view.itemDelegate().initStyleOption(option, view.indexFromItem(item))
    option.rect = view.visualItemRect(item)
    room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    wrap = Qt.TextFlag.TextWordWrap
    needed = option.fontMetrics.boundingRect(
        QRect(0, 0, room.width() - 4, 10_000), wrap, item.text()
    )
    return needed.height() <= room.height() and needed.width() <= room.width()


def arrow_direction(header: QHeaderView, logical_index: int) -> str | None:
    """ "up", "down" or None (no arrow): the shape of what is drawn at the right of the
    section, narrow end first or last."""
    image = header.grab().toImage()
    ratio = image.devicePixelRatio()
    right = header.sectionViewportPosition(logical_index) + header.sectionSize(logical_index)
    xs = range(int((right - ARROW_ROOM) * ratio), int((right - 3) * ratio))
    widths = []
    for y in range(int(2 * ratio), int((header.height() - 2) * ratio)):
        ground = image.pixelColor(xs[0], y).lightness()
        ink = sum(1 for x in xs if abs(image.pixelColor(x, y).lightness() - ground) > 40)
        if ink:
            widths.append(ink)
    if len(widths) < 3 or widths[0] == widths[-1]:
        return None
    return "down" if widths[0] > widths[-1] else "up"


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def distance(a: QColor, b: QColor) -> float:
    """How far apart two colours are in RGB (0–441): hue counts, as it does to the eye, where
    the contrast ratio sees only lightness (a grey and a blue of one lightness are 1:1)."""
    return float(
        ((a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 + (a.blue() - b.blue()) ** 2)
        ** 0.5
    )


def fill_colour(widget: QWidget) -> QColor:
    """The colour most of ``widget``'s inner picture is painted in (its face, not its text)."""
    image: QImage = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(4, image.height() - 4):
        for x in range(4, image.width() - 4):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=counts.__getitem__))
