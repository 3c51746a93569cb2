"""The contract as the client will read it, formatted live beside the editor, and the
checklist under the clauses.

The preview is the same document the PDF is made from (``domain/contract/documents.py``
through ``render/qdoc.py``), drawn on white like a page in light and dark themes alike, so
what is seen is what will be printed. The checklist lists what stops the version being
agreed (essential clauses missing, switched off or empty; placeholders unknown or with
nothing to fill them), each with why it matters; choosing one goes to its clause.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from counsel_desk.domain.contract.checklist import ChecklistItem
from counsel_desk.domain.document import Document
from counsel_desk.ui.editor.preview import SafeBrowser
from counsel_desk.ui.i18n import shown_text

NOTHING_IN_THE_WAY = QT_TRANSLATE_NOOP(
    "contract.preview", "Nothing stands in the way of agreeing this version."
)
AGREED = QT_TRANSLATE_NOOP(
    "contract.preview", "This version is agreed; the checklist is for drafts."
)
PAPER = QColor("#ffffff")
PAPER_MARGIN = 12  # the text never touches the preview's frame
INK = QColor("#1b1b1f")


class ContractPreview(SafeBrowser):
    """The formatted contract; keeps its place in the text while the draft changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview of the contract"))
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, PAPER)
            palette.setColor(group, QPalette.ColorRole.Text, INK)
        self.setPalette(palette)
        self._document: QTextDocument | None = None

    def show_document(self, document: Document, *, keep_place: bool = True) -> None:
        """Show ``document``; where the reader was in it (while a draft is typed), or from
        the top (another version)."""
        from counsel_desk.render import qdoc
        from counsel_desk.render.fonts import document_font

        scroll = self.verticalScrollBar().value() if keep_place else 0
        width = self.viewport().width() if self.isVisible() else None
        built = qdoc.build(
            document,
            document_font(self.font().pointSizeF()),
            text_width=width,
            margin=PAPER_MARGIN,
        )
        built.setParent(self)
        old, self._document = self._document, built
        self.setDocument(built)
        if old is not None:
            old.deleteLater()
        self.verticalScrollBar().setValue(scroll)

    def scroll_to_heading(self, title: str) -> None:
        """Bring the clause titled ``title`` into view (its heading, as the client reads it)."""
        if self._document is None or not title:
            return
        found = self._document.find(title, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if found.isNull():
            return
        cursor = QTextCursor(found)
        cursor.clearSelection()
        bar = self.verticalScrollBar()
        top = self.document().documentLayout().blockBoundingRect(cursor.block()).top()
        bar.setValue(int(top) - 8)

    def clear_document(self) -> None:
        self.clear()


class ChecklistView(QListWidget):
    """What stands between a draft and agreeing it; ``chosen`` with the clause's key."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Checklist"))
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.blocking = 0

    def show_items(self, items: tuple[ChecklistItem, ...] | None) -> None:
        """``None``: an agreed version (nothing to check)."""
        self.clear()
        if items is None:
            self.addItem(QCoreApplication.translate("contract.preview", AGREED))
            self.blocking = 0
            return
        self.blocking = sum(1 for i in items if i.blocking)
        if not items:
            self.addItem(QCoreApplication.translate("contract.preview", NOTHING_IN_THE_WAY))
        for item in items:
            mark = self.tr("Needed: ") if item.blocking else self.tr("Advice: ")
            row = QListWidgetItem(f"{mark}{shown_text(item.sentence)}")
            row.setToolTip(shown_text(item.why))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, shown_text(item.why))
            self.addItem(row)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.chosen.emit(key)
