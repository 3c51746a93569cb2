"""A ``Document`` as a ``QTextDocument``, built block by block with a cursor (never from
HTML, so nothing typed is ever parsed as markup). Pictures are drawn inside the text by
their registered painter, through a text object, at the resolution of the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from counsel_desk.domain.document import (
    BulletList,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Picture,
    Rule,
    Table,
)
from counsel_desk.render import pictures, timeline_document  # noqa: F401 (registers)
from counsel_desk.render.fonts import document_font

PICTURE_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
PICTURE_INDEX = QTextFormat.Property.UserProperty + 1
HEADING_SCALE = {1: 1.7, 2: 1.3, 3: 1.12, 4: 1.0}
MUTED = QColor("#4a4a4f")
RULE_COLOUR = QColor("#a0a0a5")


class _PictureObject(QPyTextObject):
    """Draws the document's picture blocks where the text layout puts them."""

    def __init__(self, blocks: list[Picture], parent: QObject) -> None:
        super().__init__(parent)
        self.blocks = blocks

    def _block(self, fmt: QTextFormat) -> Picture:
        return self.blocks[int(fmt.property(PICTURE_INDEX))]

    @staticmethod
    def _scale(doc: QTextDocument) -> float:
        device = doc.documentLayout().paintDevice()
        dpi = device.logicalDpiX() if device is not None else pictures.LOGICAL_DPI
        return dpi / pictures.LOGICAL_DPI

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        block, scale = self._block(fmt), self._scale(doc)
        width = pictures.mm_to_logical(block.width_mm) * scale
        height = pictures.mm_to_logical(block.height_mm) * scale
        page = doc.pageSize().width() - 2 * doc.documentMargin()
        if page > 0 and width > page:  # never wider than the page: shrink, keep the shape
            height, width = height * page / width, page
        return QSizeF(width, height)

    def drawObject(
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, _pos: int, fmt: QTextFormat
    ) -> None:
        if painter.hasClipping() and painter.clipBoundingRect().intersected(rect).height() < 1:
            # another page (a picture at the top of a page touches the one before by a
            # rounding's width): drawn there, not twice
            return
        block = self._block(fmt)
        scale = self._scale(doc) * rect.width() / self.intrinsicSize(doc, 0, fmt).width()
        pictures.paint_scaled(
            painter,
            rect,
            pictures.picture(block.name),
            block.data,
            pictures.paper_palette(),
            scale,
        )


class _Builder:
    def __init__(self, doc: QTextDocument, font: QFont) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.font = font
        self.fresh = True  # the document's first, empty block is still unused
        self.pictures: list[Picture] = []
        self.break_before = False

    def block(self, top: float = 0, bottom: float = 6, **char: Any) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if self.break_before:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.break_before = False
        if self.fresh:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(self.chars(**char))
            self.fresh = False
        else:
            self.cursor.insertBlock(fmt, self.chars(**char))

    def chars(
        self,
        *,
        italic: bool = False,
        bold: bool = False,
        scale: float = 1.0,
        colour: QColor | None = None,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.font.family()])
        fmt.setFontPointSize(self.font.pointSizeF() * scale)
        fmt.setFontItalic(italic)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if colour is not None:
            fmt.setForeground(colour)
        return fmt

    def text(self, text: str, **char: Any) -> None:
        # A line break inside a paragraph stays inside it (U+2028), as in the other formats.
        self.cursor.insertText(
            text.replace("\r\n", "\n").replace("\n", "\u2028"), self.chars(**char)
        )

    def spans(self, spans: Inline) -> None:
        for span in spans:
            self.text(span.text, italic=span.emphasis, bold=span.strong)

    def heading(self, text: str, level: int) -> None:
        top = {1: 0, 2: 14, 3: 10, 4: 8}[level]
        self.block(top=top, bottom=4 if level > 1 else 8)
        fmt = self.cursor.blockFormat()
        fmt.setHeadingLevel(level)
        self.cursor.setBlockFormat(fmt)
        self.text(text, bold=True, scale=HEADING_SCALE[level])

    def bullet_list(self, block: BulletList) -> None:
        style = (
            QTextListFormat.Style.ListDecimal if block.numbered else QTextListFormat.Style.ListDisc
        )
        text_list = None
        for item in block.items:
            self.block(bottom=3)
            if text_list is None:
                fmt = QTextListFormat()
                fmt.setStyle(style)
                fmt.setIndent(1)
                text_list = self.cursor.createList(fmt)
            else:
                text_list.add(self.cursor.block())
            self.spans(item)

    def table(self, table: Table) -> None:
        self.block(bottom=0)
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(RULE_COLOUR)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setHeaderRowCount(1)
        fmt.setBottomMargin(8)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        cells = self.cursor.insertTable(len(table.rows) + 1, len(table.header), fmt)
        for row, values in enumerate((table.header, *table.rows)):
            for col, value in enumerate(values):
                cursor = cells.cellAt(row, col).firstCursorPosition()
                cursor.insertText(value, self.chars(bold=row == 0))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def rule(self) -> None:
        self.block(top=6, bottom=6)
        fmt = self.cursor.blockFormat()
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        self.cursor.setBlockFormat(fmt)

    def picture(self, block: Picture) -> None:
        pictures.picture(block.name)  # an unknown name fails here, before any page is drawn
        self.block(top=6, bottom=2)
        fmt = QTextCharFormat()
        fmt.setObjectType(PICTURE_OBJECT)
        fmt.setProperty(PICTURE_INDEX, len(self.pictures))
        self.pictures.append(block)
        self.cursor.insertText("\ufffc", fmt)
        if block.caption:
            self.block(bottom=8)
            self.text(block.caption, italic=True, scale=0.9, colour=MUTED)


def build(
    document: Document,
    font: QFont | None = None,
    *,
    text_width: float | None = None,
    margin: float = 0,
) -> QTextDocument:
    """The document's text, formatted; lay it out on a page with ``render.pdf``.

    ``text_width``: the width it will be shown at (a preview on screen), so it is laid out
    once at that width rather than once at no width and again when shown. ``margin``: room
    around the text inside that width (a preview's paper; a page has its own margins)."""
    font = font or document_font()
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    if text_width is not None:
        doc.setTextWidth(text_width)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    b = _Builder(doc, font)
    handler = _PictureObject(b.pictures, doc)  # filled in as picture blocks are added
    doc.documentLayout().registerHandler(PICTURE_OBJECT, handler)
    b.cursor.beginEditBlock()  # lay out once at the end, not after every insertion
    b.heading(document.title, 1)
    for label, value in document.metadata:
        b.block(bottom=1)
        b.text(f"{label}: ", bold=True, colour=MUTED)
        b.text(value, colour=MUTED)
    if document.metadata:
        b.block(bottom=4)
    for block in document.blocks:
        if isinstance(block, Heading):
            b.heading(block.text, block.level)
        elif isinstance(block, Paragraph):
            if block.spans:
                b.block()
                b.spans(block.spans)
        elif isinstance(block, BulletList):
            b.bullet_list(block)
        elif isinstance(block, Table):
            b.table(block)
        elif isinstance(block, Rule):
            b.rule()
        elif isinstance(block, PageBreak):
            b.break_before = True
        elif isinstance(block, Picture):
            b.picture(block)
    b.cursor.endEditBlock()
    return doc
