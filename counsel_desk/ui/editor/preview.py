"""A note's text formatted — the preview, a finalised note with its amendments, its
history: Markdown through QTextDocument (no web engine), with nothing fetched from
anywhere, not files, not the network."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from counsel_desk.domain.notes import HistoryEntry, Note
from counsel_desk.ui.clipboard import SensitiveCopy
from counsel_desk.ui.formats import when
from counsel_desk.ui.i18n import shown_text


class SafeBrowser(SensitiveCopy, QTextBrowser):
    """A formatted view that follows no link and loads no image or other resource; what is
    copied from it is marked for clipboard managers (``ui/clipboard.py``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type: int, _name: QUrl) -> Any:
        return None


def _reason(reason: str) -> str:
    """ "*Reason:* …", the practitioner's reason as they wrote it."""
    said = QCoreApplication.translate("editor.preview", "Reason:")
    return f"*{said}* {reason}"


def record_markdown(note: Note) -> str:
    """A finalised note as it reads: the original, then each amendment beneath with its time."""
    empty = QCoreApplication.translate("editor.preview", "(empty)")
    parts = [note.body.rstrip() or f"_{empty}_"]
    for number, amendment in enumerate(note.amendments, start=1):
        parts.append("---")
        head = QCoreApplication.translate("editor.preview", "Amendment {number} — {when}")
        parts.append(
            f"**{head.format(number=number, when=when(amendment.at))}**  \n"
            f"{_reason(amendment.reason)}"
        )
        parts.append(amendment.body.rstrip())
    return "\n\n".join(parts) + "\n"


def history_markdown(entries: list[HistoryEntry]) -> str:
    parts = []
    for entry in entries:
        head = f"### {shown_text(entry.label)} — {when(entry.at)}"
        if entry.reason:
            head += f"\n\n{_reason(entry.reason)}"
        parts.append(f"{head}\n\n{entry.body.rstrip()}")
    return "\n\n---\n\n".join(parts) + "\n"


def set_markdown(browser: QTextBrowser, text: str) -> None:
    """Render ``text`` as GitHub-flavoured Markdown with raw HTML ignored."""
    from PySide6.QtGui import QTextDocument

    features = QTextDocument.MarkdownFeature
    browser.document().setMarkdown(text, features.MarkdownDialectGitHub | features.MarkdownNoHTML)
