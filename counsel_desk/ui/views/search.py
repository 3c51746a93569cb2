"""Search every note: words and "quoted phrases", filters by client, dates, kind, tag and
flag; results a page at a time, each with a snippet whose matches are bold. Enter or a
double-click opens the note.

Searches run on their own thread (``ui/search_worker.py``): typing never waits for one,
and only the newest query's results are ever shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import NoteFlag, NoteKind, SearchHit
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.domain.search_query import SearchQuery, parse_query
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.empty_state import EmptyState
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import OpenNote, Show
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.models.search import PAGE, PARTS_ROLE, SearchResultsModel
from counsel_desk.ui.search_worker import SearchWorker
from counsel_desk.ui.shortcuts import shortcut_tip
from counsel_desk.ui.views.base import MenuItems, View

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.search import SearchService

Index = QModelIndex | QPersistentModelIndex
PAD = 6
TYPE_SOMETHING = QT_TRANSLATE_NOOP(
    "views.search", "Type a word or two, or choose a filter, to search every note."
)
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "views.search", "No notes match. Try fewer words, or a shorter start of a word."
)
SEARCHING = QT_TRANSLATE_NOOP("views.search", "Searching…")
SHOW_BUSY_AFTER_MS = 250  # a quick search never flashes "Searching…"


def whole_letters_note(query: SearchQuery) -> str:
    """Why "a" does not find "anxiety": a single letter is searched as a whole word."""
    letters = query.whole_letters
    if not letters:
        return ""
    quoted = QCoreApplication.translate("views.search", " and ").join(
        f"“{letter}”" for letter in letters
    )
    if len(letters) == 1:
        return QCoreApplication.translate(
            "views.search",
            "{quoted} is searched as a whole word; add a letter to find words that begin with it.",
        ).format(quoted=quoted)
    return QCoreApplication.translate(
        "views.search",
        "{quoted} are searched as whole words; add letters to find words that begin with them.",
    ).format(quoted=quoted)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit in two lines: its heading in bold, then its snippet with the matches in
    bold, each cut short with "…" where the row ends. Drawn straight with the painter: a
    rich-text document per row and paint made a list of fifty hits take 40 ms to repaint."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        parts = index.data(PARTS_ROLE)
        if not parts:
            return
        heading, segments = parts
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        plain = QFont(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = {False: QFontMetrics(plain), True: QFontMetrics(bold)}
        left, top = option.rect.left() + PAD, option.rect.top() + PAD
        right = option.rect.right() - PAD
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(role))
        first = metrics[True].elidedText(heading, Qt.TextElideMode.ElideRight, right - left)
        painter.setFont(bold)
        painter.drawText(left, top + metrics[True].ascent(), first)
        baseline = top + option.fontMetrics.lineSpacing() + metrics[False].ascent()
        x = left
        for text, match in segments:
            fits = metrics[match].elidedText(text, Qt.TextElideMode.ElideRight, right - x)
            painter.setFont(bold if match else plain)
            painter.drawText(x, baseline, fits)
            if fits != text:
                break
            x += metrics[match].horizontalAdvance(text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = 2
        return QSize(400, option.fontMetrics.lineSpacing() * lines + 2 * PAD)


class SearchView(View):
    def __init__(
        self,
        search: SearchService,
        clients: ClientService,
        notes: NoteService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search, self._clients, self._notes = search, clients, notes
        self.find_action = QAction(self.tr("&Find in notes…"), self)
        self.find_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("Ctrl+Shift+F")])
        self.find_action.triggered.connect(self._find)
        shortcut_tip(self.find_action)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr('Words, or "a phrase"'))
        self.query.setAccessibleName(self.tr("Search notes"))
        self.query.setClearButtonEnabled(True)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.date_from = forms.OptionalDate(self.tr("From"))
        self.date_to = forms.OptionalDate(self.tr("To"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.flag = QComboBox()
        self.flag.setAccessibleName(self.tr("Flag"))
        self.flag.addItem(self.tr("Any"), None)
        for flag in NoteFlag:
            self.flag.addItem(shown_text(flag.label), flag.value)
        self.model = SearchResultsModel(self)
        self.model.more_wanted.connect(self._fetch_page)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(
            lambda index: self.intent.emit(OpenNote(index.data(ID_ROLE)))
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run)
        self.busy = QTimer(self)
        self.busy.setSingleShot(True)
        self.busy.setInterval(SHOW_BUSY_AFTER_MS)
        self.busy.timeout.connect(
            lambda: self.summary.setText(QCoreApplication.translate("views.search", SEARCHING))
        )
        self.worker = SearchWorker(search.interrupt, self)
        self.worker.delivered.connect(self._delivered)
        self._query = SearchQuery()
        self._params_now: dict[str, Any] = {}
        self._asked_page = False  # the request in flight is a further page, not a new search
        self._newest_first = False  # how the results shown are ordered
        self._select_first = False  # Enter was pressed: select the first result when it comes
        self.query.textEdited.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._enter)
        for combo in (self.client, self.kind, self.tag, self.flag):
            combo.activated.connect(lambda _i: self.run())
        for date in (self.date_from, self.date_to):
            date.check.toggled.connect(lambda _on: self.run())
            date.edit.dateChanged.connect(lambda _d: self.run())

        filters = QGridLayout()
        form_left, form_right = QFormLayout(), QFormLayout()
        form_left.addRow(self.tr("Client"), self.client)
        form_left.addRow(self.tr("Kind"), self.kind)
        form_left.addRow(self.tr("Tag"), self.tag)
        form_left.addRow(self.tr("Flag"), self.flag)
        self.date_from.add_to(form_right)
        self.date_to.add_to(form_right)
        filters.addLayout(form_left, 0, 0)
        filters.addLayout(form_right, 0, 1)
        filters.setColumnStretch(2, 1)
        layout = w.page(self, self.tr("Search"))
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.nothing = EmptyState(
            "edit-find",
            self.tr(
                "Search finds notes by the start of each word, so “anx” finds “anxious”. "
                "Fewer words, or fewer filters, find more."
            ),
        )
        self.nothing.hide()
        layout.addWidget(self.nothing, 1)
        self.setFocusProxy(self.query)
        self.set_jurisdiction(Jurisdiction.UK)
        self.summary.setText(QCoreApplication.translate("views.search", TYPE_SOMETHING))

    def menus(self) -> list[tuple[str, MenuItems]]:
        return [(QT_TRANSLATE_NOOP("Menus", "&View"), [self.find_action])]

    def shown(self) -> None:
        self.reload_filters()

    def _find(self) -> None:
        self.intent.emit(Show("Search"))
        self.start()

    def reload_filters(self) -> None:
        """Refill the client and tag choices (codes and tags only)."""
        keep_client, keep_tag = self.client.currentData(), self.tag.currentData()
        self.client.clear()
        self.client.addItem(self.tr("Any client"), None)
        for client in self._clients.list():
            self.client.addItem(client.code, client.id)
        self.tag.clear()
        self.tag.addItem(self.tr("Any"), None)
        for tag, count in self._notes.tags():
            self.tag.addItem(f"{tag} ({count})", tag)
        self.client.setCurrentIndex(max(0, self.client.findData(keep_client)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(keep_tag)))

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        keep = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Any"), None)
        for kind in NoteKind:
            self.kind.addItem(shown_text(kind.label(jurisdiction)), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(keep)))
        self.model.jurisdiction = jurisdiction

    def _params(self) -> dict[str, Any]:
        kind, flag = self.kind.currentData(), self.flag.currentData()
        return {
            "client_id": self.client.currentData(),
            "date_from": self.date_from.date(),
            "date_to": self.date_to.date(),
            "kind": NoteKind(kind) if kind else None,
            "tag": self.tag.currentData(),
            "flag": NoteFlag(flag) if flag else None,
        }

    def run(self) -> None:
        """Search for what is typed, with the filters, on the search thread."""
        self.timer.stop()
        query, params = parse_query(self.query.text()), self._params()
        self._query, self._params_now = query, params
        if not query and all(v is None for v in params.values()):
            self.worker.cancel(wait_ms=0)
            self.busy.stop()
            self.model.clear()
            self.summary.setText(QCoreApplication.translate("views.search", TYPE_SOMETHING))
            self._nothing_found(False)
            return
        self.model.freeze()  # no further page of the old results from here on
        self._asked_page = False
        search = self._search.search
        self.worker.submit(lambda: search(query, limit=PAGE, offset=0, **params))
        self.busy.start()

    def _fetch_page(self, offset: int) -> None:
        if self.worker.busy:  # a new search is on its way: its own pages will follow
            self.model.page_failed()
            return
        query, params, search = self._query, self._params_now, self._search.search
        self._asked_page = True
        self.worker.submit(lambda: search(query, limit=PAGE, offset=offset, **params))

    def _delivered(self, result: list[SearchHit] | CounselDeskError) -> None:
        self.busy.stop()
        page, self._asked_page = self._asked_page, False
        if isinstance(result, CounselDeskError):
            if page:
                self.model.page_failed()
            else:
                self.model.clear()
            self.summary.setText(error_text(result))
            return
        if page:
            self.model.add_page(result)
        else:
            self.model.reset(result)
            self._newest_first = getattr(result, "newest_first", False)
        self._summarise()
        if self._select_first and not page:
            self._select_first = False
            if self.model.rowCount():
                self.results.selectionModel().setCurrentIndex(
                    self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.results.setFocus()

    def _summarise(self) -> None:
        count = self.model.rowCount()
        self._nothing_found(count == 0)
        if count == 0:
            found = QCoreApplication.translate("views.search", NOTHING_FOUND)
        else:
            more = "+" if self.model.has_more else ""
            # one note has no order worth naming (and in a new vault of one note, "half
            # your notes or more" would read oddly)
            order = f", {self._order()}" if count > 1 or more else ""
            found = (
                self.tr("{count}{more} note found{order}.")
                if count == 1
                else self.tr("{count}{more} notes found{order}.")
            ).format(count=count, more=more, order=order)
        self.summary.setText(" ".join(filter(None, (found, whole_letters_note(self._query)))))

    def _nothing_found(self, nothing: bool) -> None:
        """The empty state in place of the results, or the results."""
        self.nothing.setVisible(nothing)
        self.results.setVisible(not nothing)

    def _order(self) -> str:
        if not self._newest_first:
            return self.tr("best first")
        if len(self._query.terms) == 1:
            return self.tr("newest first (this word is in half your notes or more)")
        if self._query:
            return self.tr("newest first (these words are in half your notes or more)")
        return self.tr("newest first")

    def _enter(self) -> None:
        self._select_first = True
        self.run()

    def start(self) -> None:
        """Ctrl+F: show the search box, its text selected."""
        self.reload_filters()
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        """Forget everything shown (on lock): stop any search first, and wait for it, so
        that nothing is left reading the vault when it closes."""
        self.timer.stop()
        self.busy.stop()
        self.worker.cancel()
        self.model.clear()
        self.query.clear()
        self.client.clear()
        self.tag.clear()
        self.summary.setText(QCoreApplication.translate("views.search", TYPE_SOMETHING))
        self._nothing_found(False)
