"""The left column of the Notes tab: one client's notes, newest session first, each row two
lines (when, kind and state; then the title and what needs attention). Never the text."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Signal,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w
from counsel_desk.ui.models.notes import NoteListModel
from counsel_desk.ui.models.rows import ID_ROLE


class TwoLineRows(QStyledItemDelegate):
    """Every row of the note list is two lines tall. The list asks one row for its size
    (uniform sizes, so a client with hundreds of notes lays out at once; Qt asks the last
    row loaded): an untitled note there must not make every row one line tall and hide
    the titles and flags of all the others."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        two_lines = 2 * option.fontMetrics.lineSpacing() + 2 * w.SPACING // 3
        return QSize(size.width(), max(size.height(), two_lines))


class NoteList(QWidget):
    chosen = Signal(int)  # a note id: clicked, or Enter on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NoteListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("This client's notes"))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(TwoLineRows(self.view))
        self.view.setSpacing(2)
        self.view.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.view.activated.connect(lambda index: self.chosen.emit(index.data(ID_ROLE)))
        self.view.clicked.connect(lambda index: self.chosen.emit(index.data(ID_ROLE)))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("This client's notes")))
        column.addWidget(self.view, 1)

    def select(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def clear_selection(self) -> None:
        self.view.selectionModel().clearSelection()
