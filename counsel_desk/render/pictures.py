"""Pictures: one painter per picture, drawn by the same code into any paint device.

A picture is an object with ``paint(painter, rect, data, palette)``. It draws ``data``
inside ``rect`` in logical pixels (96 per inch, as on screen) and returns the layout it
drew, which answers ``hit(point)`` for tooltips and clicks — so what is hit is always what
was drawn. The same ``paint`` serves a widget's ``paintEvent`` (``ui/picture_view.py``), a
PNG (``to_image``), a page of a PDF (``to_pdf``) and a picture inside a document
(``render/qdoc.py``); on paper and in images the painter is scaled, never the picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)

from counsel_desk.render.errors import UnknownPicture
from counsel_desk.render.fonts import LOGICAL_DPI, picture_font

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Hit:
    """What is under a point: a key the view can act on and a sentence for a tooltip."""

    key: Any
    tooltip: str = ""


class PictureLayout(Protocol):
    def hit(self, point: QPointF) -> Hit | None: ...


class Picture(Protocol):
    def paint(
        self, painter: QPainter, rect: QRectF, data: Any, palette: QPalette
    ) -> PictureLayout: ...


_registry: dict[str, Picture] = {}


def register(name: str, picture: Picture) -> None:
    """Make ``picture`` the painter for document blocks that name it."""
    _registry[name] = picture


def unregister(name: str) -> None:
    _registry.pop(name, None)


def picture(name: str) -> Picture:
    try:
        return _registry[name]
    except KeyError:
        raise UnknownPicture() from None


def mm_to_logical(mm: float) -> float:
    return mm / MM_PER_INCH * LOGICAL_DPI


def paper_palette() -> QPalette:
    """Black on white whatever the desktop's theme: pictures on paper and in files."""
    palette = QPalette(QColor("#ffffff"))
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1d1d1f"),
        (QPalette.ColorRole.Text, "#1d1d1f"),
        (QPalette.ColorRole.Mid, "#8e8e93"),
        (QPalette.ColorRole.Highlight, "#2f5d8a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def paint_scaled(
    painter: QPainter,
    target: QRectF,
    drawer: Picture,
    data: Any,
    palette: QPalette,
    scale: float,
) -> PictureLayout:
    """Draw into ``target`` (device pixels) with ``scale`` device pixels per logical pixel."""
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        rect = QRectF(0, 0, target.width() / scale, target.height() / scale)
        painter.setClipRect(rect)
        painter.setFont(picture_font())
        return drawer.paint(painter, rect, data, palette)
    finally:
        painter.restore()


def to_image(
    drawer: Picture,
    data: Any,
    size: QSizeF,
    palette: QPalette | None = None,
    *,
    pixel_ratio: float = 2.0,
) -> tuple[QImage, PictureLayout]:
    """The picture at ``size`` logical pixels, rendered ``pixel_ratio`` times as finely."""
    palette = palette or paper_palette()
    width, height = round(size.width() * pixel_ratio), round(size.height() * pixel_ratio)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    dots = round(LOGICAL_DPI * pixel_ratio / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(picture_font())
        layout = drawer.paint(painter, QRectF(0, 0, size.width(), size.height()), data, palette)
    finally:
        painter.end()
    return image, layout


def to_png(image: QImage, quality: int = -1) -> bytes:
    """PNG bytes; ``quality`` is Qt's (higher is faster and larger, -1 the default)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", quality)
    buffer.close()
    return bytes(array.data())


def to_pdf(
    drawer: Picture,
    data: Any,
    *,
    title: str = "",
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    landscape: bool = True,
    margin_mm: float = 15.0,
    palette: QPalette | None = None,
) -> tuple[bytes, PictureLayout]:
    """One PDF page holding the picture across its printable area; the layout is in the
    picture's own logical pixels, as a widget of the same size would have it."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Counsel Desk")
    writer.setTitle(title)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page),
            orientation,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = paint_scaled(
            painter,
            QRectF(0, 0, paint.width(), paint.height()),
            drawer,
            data,
            palette or paper_palette(),
            writer.resolution() / LOGICAL_DPI,
        )
    finally:
        painter.end()
    buffer.close()
    return bytes(array.data()), layout
