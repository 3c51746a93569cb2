"""A document into a file of the format its name asks for: PDF, HTML or Markdown.

The one function the GUI and the command line call to save a document. The file is written
whole or not at all (``render.files``); ``record`` (the audit entry) runs just before it
takes its name, so nothing leaves the vault unrecorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from counsel_desk.domain.document import Document, ExportFormat, Picture
from counsel_desk.render.files import write_atomic
from counsel_desk.render.html import write_html
from counsel_desk.render.markdown import write_markdown


def _picture_png(block: Picture) -> bytes | None:
    """A picture block drawn as PNG for the HTML page, when Qt can draw here."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication

    from counsel_desk.render import pictures, timeline_document  # noqa: F401 (registers)

    if QGuiApplication.instance() is None:
        return None
    size = QSizeF(pictures.mm_to_logical(block.width_mm), pictures.mm_to_logical(block.height_mm))
    image, _layout = pictures.to_image(pictures.picture(block.name), block.data, size)
    return pictures.to_png(image)


def document_bytes(document: Document, fmt: ExportFormat) -> bytes:
    if fmt is ExportFormat.PDF:
        from counsel_desk.render.pdf import pdf_bytes

        return pdf_bytes(document)
    if fmt is ExportFormat.HTML:
        return write_html(document, _picture_png).encode("utf-8")
    return write_markdown(document).encode("utf-8")


def save_document(
    document: Document,
    path: Path,
    fmt: ExportFormat | None = None,
    *,
    record: Callable[[], None] | None = None,
) -> Path:
    """Write ``document`` to ``path``; the format from its extension unless given."""
    fmt = fmt or ExportFormat.from_path(path)
    return write_atomic(Path(path), document_bytes(document, fmt), before_replace=record)
