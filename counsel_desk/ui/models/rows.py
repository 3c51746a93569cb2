"""The two kinds of model the views build on: a sortable read-only table of records
(``RowsModel``) and a list filled a page at a time (``PagedListModel``).

Each model holds only what the service last returned and ``clear()`` drops it; locking clears
every model before the views are deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ANSWERED = frozenset({_DISPLAY, ID_ROLE, SORT_ROLE})
PAGE = 100  # rows a paged list asks for at a time

Index = QModelIndex | QPersistentModelIndex


def _sort_key(value: Any) -> tuple[bool, Any]:
    """Blanks last, then the value itself (one column holds one type)."""
    return (value is None or value == "", value if value is not None else "")


class RowsModel(QAbstractTableModel):
    """A read-only table of frozen records with named columns."""

    headers: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def columns(self) -> Sequence[str]:
        return self.headers

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            cols = self.columns()  # names marked QT_TRANSLATE_NOOP("Columns", …), also keys
            if 0 <= section < len(cols):
                return QCoreApplication.translate("Columns", cols[section])
            return None
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Views ask for about ten roles per cell each time they paint or measure one, and
        # this answers three: turn the rest away before touching the index.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        record = self._rows[row]
        if role == ID_ROLE:
            return record.id
        return self.cell(record, self.columns()[index.column()], role == SORT_ROLE)

    def cell(self, record: Any, column: str, for_sorting: bool) -> Any:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row (a proxy would call ``data`` twice per
        comparison); the chosen order is kept for the next ``set_rows``."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [
            self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in persistent
        ]
        self._sort_rows()
        rows = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[i], p.column()) if i in rows else QModelIndex()
                for i, p in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        names = self.columns()
        if not 0 <= column < len(names):
            return
        name = names[column]
        self._rows.sort(
            key=lambda r: _sort_key(self.cell(r, name, True)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def clear(self) -> None:
        self.set_rows([])

    def record_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)


class PagedListModel(QAbstractListModel):
    """A list filled a page at a time by ``fetch(limit, offset)``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fetch: Callable[[int, int], Sequence[Any]] | None = None
        self._more = False

    def set_source(self, fetch: Callable[[int, int], Sequence[Any]] | None) -> None:
        self.beginResetModel()
        self._rows, self._fetch = [], fetch
        self._more = fetch is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.set_source(None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = list(self._fetch(PAGE, len(self._rows)))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def record_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def replace(self, record: Any) -> bool:
        """Show ``record`` in place of the row with its id; False if no row has it."""
        row = self.row_of(self.record_id(record))
        if row < 0:
            return False
        self._rows[row] = record
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == ID_ROLE:
            return self.record_id(record)
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.display(record)
        return None

    def record_id(self, record: Any) -> int:
        return record.id

    def display(self, record: Any) -> str:
        raise NotImplementedError
