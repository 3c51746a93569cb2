"""What the views' tables have in common: a sortable read-only table with an empty state.

The chosen record is the selected row, never merely the current one: on a mouse press Qt
moves the current row first and selects it after, so a view that read the current row on
``currentRowChanged`` saw the previous choice (issue #9). Views listen to
``RecordTable.selection_changed``, which fires for mouse, keyboard and programme alike.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QStyleOptionHeader,
    QTableView,
    QToolButton,
    QToolTip,
    QWidget,
)

from counsel_desk.ui.empty_state import EmptyState
from counsel_desk.ui.models.rows import ID_ROLE, RowsModel

MAX_COLUMN_CHARS = 30  # a long name is cut short (…) rather than push the next columns away
CELL_PADDING = 24


def tool_button(action: QAction) -> QToolButton:
    action.setIconText(action.text().replace("&", ""))  # keep the "…" of a dialog's button
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class SortHeader(QHeaderView):
    """A header whose sort arrow points the way the rows run: down for descending (the
    newest first), up for ascending, in every look.

    Qt hands the style ``SortUp`` for a descending column. Fusion draws ``SortUp`` as an
    upward arrow on Linux (the old GTK habit) and as a downward one elsewhere, so the
    app's own light and dark looks (Fusion) showed newest-first lists with the arrow up.
    The platform's own styles keep their platform's meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        if arrows_upside_down(self.style().name()):
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                option.sortIndicator = down
            elif option.sortIndicator == down:
                option.sortIndicator = up


def arrows_upside_down(style_name: str, platform: str = sys.platform) -> bool:
    """Whether the style ``style_name`` draws a descending sort as an upward arrow."""
    return style_name.lower() == "fusion" and platform.startswith("linux")


class ElidingTable(QTableView):
    """A table whose cut-short cells show their whole text as a tooltip."""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = index.data() if index.isValid() else None
            if text and self._cut_short(index, str(text)):
                QToolTip.showText(event.globalPos(), str(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _cut_short(self, index: QModelIndex, text: str) -> bool:
        room = self.visualRect(index).width() - CELL_PADDING // 2
        return self.fontMetrics().horizontalAdvance(text) > room


class RecordTable(QStackedWidget):
    """A table over a ``RowsModel``, or an empty state (``ui/empty_state.py``): an icon, a
    sentence and one button."""

    selection_changed = Signal()  # the chosen record (``current_id``) may have changed

    def __init__(
        self,
        model: RowsModel,
        name: str,
        empty_action: QAction,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
        icon: str = "text-x-generic",
    ) -> None:
        """``icon``: the empty state's (a name of ``ui/icons.py``)."""
        super().__init__(parent)
        self.model = model
        self.view = ElidingTable()
        self.view.setHorizontalHeader(SortHeader(self.view))
        self.view.setAccessibleName(name)
        self.view.setModel(model)  # the model sorts itself: see RowsModel.sort
        self.view.sortByColumn(0, sort_order)
        self.view.setSortingEnabled(True)
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.selection_changed.emit()
        )
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fit columns to the first rows, not to every row: a ten-year client has hundreds.
        header.setResizeContentsPrecision(40)
        self.empty = EmptyState(icon, action=empty_action)
        self.empty_label = self.empty.label  # the sentence, as the views set and tests read it
        self.empty_button = self.empty.button
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def refreshed(self, empty_text: str, select_id: int | None) -> None:
        """After the model was reset: fit columns, restore a selection, or show the empty state."""
        if self.model.rowCount() == 0:
            self.empty_label.setText(empty_text)
            self.setCurrentIndex(1)
            return
        self.setCurrentIndex(0)
        self.view.resizeColumnsToContents()  # measures the first rows only (precision below)
        header = self.view.horizontalHeader()
        widest = self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        for col in range(self.model.columnCount() - 1):
            header.resizeSection(col, min(header.sectionSize(col), widest) + CELL_PADDING)
        if select_id is not None:
            self.select(select_id)

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def current_id(self) -> int | None:
        """The selected record's id (one row at most is selected), or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None
