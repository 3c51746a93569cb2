"""Pages: a ``Document`` laid out on paper (A4 unless asked), with a footer line and
"Page N of M" on every page, into a PDF (``QPdfWriter``) or onto a printer (``QPrinter``).

Both go through ``paint_pages``, so a printed note and a saved PDF are the same pages. A
printer that writes a PDF file gets the same treatment as "Save as PDF": the file is
written whole or not at all, readable by its owner only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from counsel_desk.domain.document import Document
from counsel_desk.render import pictures, qdoc
from counsel_desk.render.errors import PrintFailed, PrintFileUnnamed
from counsel_desk.render.files import write_atomic
from counsel_desk.render.fonts import document_font

DOTS_PER_METRE_96 = round(pictures.LOGICAL_DPI / 0.0254)
RULE = "#a0a0a5"


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins in millimetres (left, top, right, bottom) and the text size."""

    size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    margins_mm: tuple[float, float, float, float] = (20.0, 18.0, 20.0, 14.0)
    font_pt: float = 10.5

    def layout(self) -> QPageLayout:
        return QPageLayout(
            QPageSize(self.size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*self.margins_mm),
            QPageLayout.Unit.Millimeter,
        )


def _require_app() -> None:
    if QGuiApplication.instance() is None:
        raise RuntimeError(
            "Pages need a QGuiApplication; on the command line call "
            "render.headless.offscreen_application() first."
        )


def paint_pages(
    document: Document,
    device: QPagedPaintDevice,
    *,
    font_pt: float = PageSetup.font_pt,
    before_output: Callable[[], None] | None = None,
) -> int:
    """Lay ``document`` out on ``device``'s pages and paint them; the number of pages.

    ``before_output`` runs once the pages are laid out, before the first mark is made.
    """
    _require_app()
    text = qdoc.build(document, document_font(font_pt))
    # Lay the text out at 96 dots per inch, as on screen, and scale the painter to the
    # device: margins, indents, borders and pictures keep their size on any paper.
    layout_device = QImage(1, 1, QImage.Format.Format_ARGB32)
    layout_device.setDotsPerMeterX(DOTS_PER_METRE_96)
    layout_device.setDotsPerMeterY(DOTS_PER_METRE_96)
    text.documentLayout().setPaintDevice(layout_device)
    text.setUseDesignMetrics(True)
    dpi = device.logicalDpiY()
    scale = device.logicalDpiX() / pictures.LOGICAL_DPI
    paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_font = document_font(font_pt * 0.78)
    metrics = QFontMetricsF(footer_font, device)
    gap = dpi * 4 / 25.4  # 4 mm between the text and the footer line
    width = paint.width() / scale
    body = (paint.height() - metrics.height() - gap) / scale
    text.setPageSize(QSizeF(width, body))
    pages = text.pageCount()
    palette = pictures.paper_palette()  # black text; rules (drawn in WindowText) in grey
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(RULE))
    if before_output is not None:
        before_output()
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed()
    try:
        for index in range(pages):
            if index and not device.newPage():
                raise PrintFailed()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * body)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body, width, body)
            context.palette = palette
            painter.setClipRect(context.clip)
            text.documentLayout().draw(painter, context)
            painter.restore()
            _footer(
                painter,
                document.footer,
                (index + 1, pages),
                QSizeF(paint.width(), paint.height()),
                footer_font,
                metrics,
                dpi,
            )
    finally:
        painter.end()
    return pages


def _footer(
    painter: QPainter,
    line: str,
    page_of: tuple[int, int],
    size: QSizeF,
    font: QFont,
    metrics: QFontMetricsF,
    dpi: float,
) -> None:
    """The caller's line on the left, "Page N of M" on the right, a thin rule above."""
    width, height = size.width(), size.height()
    top = height - metrics.height()
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.gray, dpi / 96 * 0.6))
    rule_y = top - dpi * 1.5 / 25.4
    painter.drawLine(0, round(rule_y), round(width), round(rule_y))
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    number = f"Page {page_of[0]} of {page_of[1]}"
    room = width - metrics.horizontalAdvance(number) - dpi / 4
    left = metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
    box = QRectF(0, top, width, metrics.height())
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    painter.restore()


def pdf_bytes(
    document: Document,
    setup: PageSetup | None = None,
    *,
    layout: QPageLayout | None = None,
    before_output: Callable[[], None] | None = None,
) -> bytes:
    """The document as a PDF, in memory (nothing touches the disk)."""
    _require_app()
    setup = setup or PageSetup()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Counsel Desk")
    writer.setTitle(document.title)
    writer.setPageLayout(layout or setup.layout())
    paint_pages(document, writer, font_pt=setup.font_pt, before_output=before_output)
    buffer.close()
    return bytes(array.data())


def _our_margins(layout: QPageLayout, setup: PageSetup) -> QPageLayout:
    """The paper and orientation the practitioner chose, with the document's margins (no
    smaller than the printer can print)."""
    chosen = QPageLayout(layout)
    chosen.setUnits(QPageLayout.Unit.Millimeter)
    minimum = chosen.minimumMargins()
    wanted = QMarginsF(*setup.margins_mm)
    chosen.setMargins(
        QMarginsF(
            max(wanted.left(), minimum.left()),
            max(wanted.top(), minimum.top()),
            max(wanted.right(), minimum.right()),
            max(wanted.bottom(), minimum.bottom()),
        )
    )
    return chosen


def writes_to_file(printer: QPrinter) -> bool:
    """Whether the printer the practitioner chose is really a PDF file on disk."""
    return bool(printer.outputFileName()) or (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    )


def print_document(
    document: Document,
    printer: QPrinter,
    *,
    setup: PageSetup | None = None,
    record: Callable[[], None] | None = None,
) -> str:
    """Print, and say where it went: the printer's name or the file's path.

    ``record`` runs just before anything leaves (the pages reach the printer, or the file
    takes its name); if it raises, nothing is printed or saved.
    """
    setup = setup or PageSetup()
    if writes_to_file(printer):
        if not printer.outputFileName():
            raise PrintFileUnnamed()
        data = pdf_bytes(document, layout=_our_margins(printer.pageLayout(), setup))
        path = write_atomic(Path(printer.outputFileName()), data, before_replace=record)
        return str(path)
    printer.setDocName("Counsel Desk")  # the print queue shows this: never a name or a title
    printer.setPageLayout(_our_margins(printer.pageLayout(), setup))
    paint_pages(document, printer, font_pt=setup.font_pt, before_output=record)
    return printer.printerName() or "the printer"
