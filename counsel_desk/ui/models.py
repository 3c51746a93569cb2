"""Qt item models over service results: clients and a client's sessions.

Each model holds only what the service last returned and ``clear()`` drops it; locking clears
every model before the views are deleted.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from counsel_desk.domain.clients import Client
from counsel_desk.domain.sessions import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ANSWERED = frozenset({_DISPLAY, ID_ROLE, SORT_ROLE})

Index = QModelIndex | QPersistentModelIndex


def fmt_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def fmt_datetime(value: dt.datetime) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}, {value:%H:%M}"


def client_name(client: Client) -> str:
    ident = client.identity
    if ident.preferred_name and ident.preferred_name != ident.full_name and ident.full_name:
        return f"{ident.full_name} ({ident.preferred_name})"
    return ident.full_name or ident.preferred_name


def fold(text: str) -> str:
    """Text for matching, case and accents aside: "Zoë" and "zoe" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def client_matches(client: Client, query: str, with_names: bool) -> bool:
    """Whether every word of ``query`` is in the client's code or, only while names are
    shown, in their name: hidden names are never searched."""
    haystack = fold(client.code)
    if with_names:
        haystack += " " + fold(client_name(client))
    return all(word in haystack for word in fold(query).split())


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
            cols = self.columns()
            return cols[section] if 0 <= section < len(cols) else None
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


class ClientTableModel(RowsModel):
    """Clients by code; the name column exists only while names are shown."""

    CODE, NAME, STATUS, STARTED = "Code", "Name", "Status", "Started"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._show_names = False

    @property
    def show_names(self) -> bool:
        return self._show_names

    def set_show_names(self, show: bool) -> None:
        if show != self._show_names:
            self.beginResetModel()
            self._show_names = show
            self.endResetModel()

    def columns(self) -> Sequence[str]:
        if self._show_names:
            return (self.CODE, self.NAME, self.STATUS, self.STARTED)
        return (self.CODE, self.STATUS, self.STARTED)

    def cell(self, record: Client, column: str, for_sorting: bool) -> Any:
        if column == self.CODE:
            return record.code
        if column == self.NAME:
            return client_name(record).casefold() if for_sorting else client_name(record)
        if column == self.STATUS:
            return record.status.label
        if for_sorting:
            return record.start_date.isoformat() if record.start_date else ""
        return fmt_date(record.start_date)


class SessionTableModel(RowsModel):
    WHEN, LENGTH, MODALITY, STATUS = "Date and time", "Length", "Modality", "Status"
    headers = (WHEN, LENGTH, MODALITY, STATUS)

    def cell(self, record: Session, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            return record.start.isoformat() if for_sorting else fmt_datetime(record.start)
        if column == self.LENGTH:
            return record.planned_minutes if for_sorting else f"{record.planned_minutes} min"
        if column == self.MODALITY:
            return record.modality.label
        return record.status.label
