"""A note's history: the original, then every amendment with its time and reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from counsel_desk.domain.notes import HistoryEntry
from counsel_desk.ui import widgets as w
from counsel_desk.ui.editor.preview import SafeBrowser, history_markdown, set_markdown


class HistoryDialog(QDialog):
    def __init__(self, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note history"))
        self.entries = entries
        self.view = SafeBrowser()
        self.view.setAccessibleName(self.tr("History"))
        set_markdown(self.view, history_markdown(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(600, 480)

    def done(self, result: int) -> None:
        self.view.clear()
        super().done(result)
