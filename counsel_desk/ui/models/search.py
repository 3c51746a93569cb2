"""Search hits for the Search view: best first, a page at a time, each with its snippet.

Pages arrive from the search thread: ``fetchMore`` only asks for the next one
(``more_wanted``), and the view hands it over with ``add_page`` when it comes. Like the
other models it holds what the service returned and never a note's full text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from counsel_desk.domain.notes import SearchHit
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui.formats import session_line
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE = 50  # a window shows about ten; more come as the list is scrolled
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # the hit as rich text, matches in bold
PARTS_ROLE = Qt.ItemDataRole.UserRole + 4  # (heading, [(text, is_match), …]) for painting


def snippet_html(hit: SearchHit) -> str:
    """The snippet (already plain words: domain/snippets.py) with each match in bold;
    everything else escaped (the text is the user's)."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if match else html.escape(text)
        for text, match in hit.segments()
    )


def snippet_text(hit: SearchHit) -> str:
    return "".join(text for text, _m in hit.segments())


class SearchResultsModel(QAbstractListModel):
    more_wanted = Signal(int)  # the offset of the page wanted next

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._jurisdiction = Jurisdiction.UK
        self._shown: dict[int, tuple[str, list[tuple[str, bool]]]] = {}  # painted each time
        self._rows: list[SearchHit] = []
        self._ids: set[int] = set()
        self._more = False
        self._asked = False

    @property
    def jurisdiction(self) -> Jurisdiction:
        return self._jurisdiction

    @jurisdiction.setter
    def jurisdiction(self, value: Jurisdiction) -> None:
        self._jurisdiction = value  # the kind of note is named by it
        self._shown.clear()

    # --- filling ---------------------------------------------------------------------
    def reset(self, first_page: Sequence[SearchHit] = ()) -> None:
        """Show ``first_page`` (a new search's first page) in place of everything."""
        self.beginResetModel()
        self._rows, self._ids, self._asked = [], set(), False
        self._shown.clear()
        self._take(first_page)
        self.endResetModel()

    def clear(self) -> None:
        self.reset()

    def add_page(self, page: Sequence[SearchHit]) -> None:
        """The page asked for by ``more_wanted``. A note already shown (saved in between,
        so ranked again) is not shown twice."""
        self._asked = False
        fresh = [hit for hit in page if hit.note_id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows += fresh
            self._ids.update(hit.note_id for hit in fresh)
            self.endInsertRows()
        self._more = len(page) == PAGE

    def freeze(self) -> None:
        """Ask for no further page of what is shown (a new search is on its way)."""
        self._more = False

    def page_failed(self) -> None:
        """The next page could not be read: stop asking for more."""
        self._asked, self._more = False, False

    def _take(self, page: Sequence[SearchHit]) -> None:
        self._rows = list(page)
        self._ids = {hit.note_id for hit in page}
        self._more = len(page) == PAGE

    @property
    def has_more(self) -> bool:
        return self._more

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._asked

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit(len(self._rows))

    # --- reading ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def record_at(self, row: int) -> SearchHit:
        return self._rows[row]

    def row_of(self, note_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.note_id == note_id), -1)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        if role == ID_ROLE:
            return hit.note_id
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return f"{self._parts(hit)[0]}\n{snippet_text(hit)}"
        if role == PARTS_ROLE:
            return self._parts(hit)
        if role == HTML_ROLE:
            return f"<b>{html.escape(self.heading(hit))}</b><br>{snippet_html(hit)}"
        return None

    def _parts(self, hit: SearchHit) -> tuple[str, list[tuple[str, bool]]]:
        """(heading, snippet pieces), worked out once per hit: rows are painted often."""
        parts = self._shown.get(hit.note_id)
        if parts is None:
            parts = self._shown[hit.note_id] = (self.heading(hit), hit.segments())
        return parts

    def heading(self, hit: SearchHit) -> str:
        parts = [
            session_line(hit.client_code, hit.session_start),
            shown_text(hit.kind.label(self._jurisdiction)),
            shown_text(hit.status.label),
        ]
        if hit.title:
            parts.append(hit.title)
        return " · ".join(parts)
