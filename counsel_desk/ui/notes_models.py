"""Qt item models for notes: the diary (Today), a client's notes (paged), search hits (paged).

None of them ever holds a note's text: they wrap the services' summaries. The two long lists
load a page at a time through ``canFetchMore``/``fetchMore``, so a client with thousands of
notes or a broad search stays quick.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from counsel_desk.domain.attendance import DiaryEntry
from counsel_desk.domain.notes import NoteSummary, SearchHit
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui.models import ID_ROLE, RowsModel, fmt_date

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
_DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE = 100


def snippet_html(hit: SearchHit) -> str:
    """The snippet (already plain words: domain/snippets.py) with each match in bold;
    everything else escaped (the text is the user's)."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if match else html.escape(text)
        for text, match in hit.segments()
    )


def snippet_text(hit: SearchHit) -> str:
    return "".join(text for text, _m in hit.segments())


def session_line(code: str, start: Any, name: str = "") -> str:
    who = f"{code} — {name}" if name else code
    return f"{who} · {start:%a} {fmt_date(start.date())}, {start:%H:%M}"


class DiaryModel(RowsModel):
    """Sessions for Today's tables: time, client, modality, status, notes."""

    WHEN, CLIENT, MODALITY, STATUS, NOTES = "Time", "Client", "Modality", "Status", "Notes"
    headers = (WHEN, CLIENT, MODALITY, STATUS, NOTES)

    def __init__(self, parent: Any = None, *, with_date: bool = False) -> None:
        super().__init__(parent)
        self.with_date = with_date
        self.names: dict[int, str] = {}

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == ID_ROLE and index.isValid():
            return self.record_at(index.row()).session_id
        return super().data(index, role)

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.session_id == record_id), -1)

    def cell(self, record: DiaryEntry, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            if for_sorting:
                return record.start.isoformat()
            day = f"{record.start:%a} {fmt_date(record.start.date())}, " if self.with_date else ""
            return f"{day}{record.start:%H:%M}–{record.end:%H:%M}"
        if column == self.CLIENT:
            name = self.names.get(record.client_id, "")
            return f"{record.client_code} — {name}" if name else record.client_code
        if column == self.MODALITY:
            return record.modality.label
        if column == self.STATUS:
            return record.status.label
        if record.note_count == 0:
            return "none"
        drafts = f", {record.draft_count} draft" if record.draft_count else ""
        return f"{record.note_count}{drafts}"


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

    def row_of(self, note_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == note_id), -1)

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
        if role == _DISPLAY:
            return self.display(record)
        if role == HTML_ROLE:
            return self.rich(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(record)
        return None

    def record_id(self, record: Any) -> int:
        return record.id

    def display(self, record: Any) -> str:
        raise NotImplementedError

    def rich(self, record: Any) -> str:
        return html.escape(self.display(record))


class NoteListModel(PagedListModel):
    """A client's notes, newest session first: date, kind, status, title. Never the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.jurisdiction = Jurisdiction.UK

    def display(self, record: NoteSummary) -> str:
        """Two lines that fit a narrow list: when, kind and status; then the title with
        anything that needs attention (amendments, flags) after it."""
        start = record.session_start
        first = [f"{fmt_date(start.date())} {start:%H:%M}", record.kind.label(self.jurisdiction)]
        first.append(record.save_state.label)
        second = [record.title] if record.title else []
        if record.amendment_count:
            second.append(f"{record.amendment_count} amendment(s)")
        flags = [
            f
            for f, on in (("risk", record.risk_flag), ("supervision", record.supervision_flag))
            if on
        ]
        if flags:
            second.append("flagged: " + ", ".join(flags))
        return "\n".join(filter(None, (" · ".join(first), " · ".join(second))))


class SearchModel(PagedListModel):
    """Search hits, best first, each with a snippet whose matches are bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.jurisdiction = Jurisdiction.UK

    def record_id(self, record: SearchHit) -> int:
        return record.note_id

    def row_of(self, note_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.note_id == note_id), -1)

    def heading(self, hit: SearchHit) -> str:
        parts = [
            session_line(hit.client_code, hit.session_start),
            hit.kind.label(self.jurisdiction),
        ]
        parts.append(hit.status.label)
        if hit.title:
            parts.append(hit.title)
        return " · ".join(parts)

    def display(self, record: SearchHit) -> str:
        return f"{self.heading(record)}\n{snippet_text(record)}"

    def rich(self, record: SearchHit) -> str:
        return f"<b>{html.escape(self.heading(record))}</b><br>{snippet_html(record)}"
