"""The clients list: by code, filtered by status, names only on request; find by code (and
by name while names are shown); add, edit, end. The selected client is the one whose page
is open (``CurrentClient``); Enter or a double-click opens that page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.client import ClientDialog, EndClientDialog, end_label
from counsel_desk.ui.executor_pack import write_executor_pack
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import AddClient, OpenClient, ShowNames
from counsel_desk.ui.models.clients import ClientTableModel, client_matches
from counsel_desk.ui.shortcuts import ScopedKeys
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    import datetime as dt

    from counsel_desk.domain.clients import Client, EndingKind
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.executor import ExecutorService
    from counsel_desk.ui.navigation import CurrentClient

END_WORK = QT_TRANSLATE_NOOP("views.clients", "End work with client…")
CURRENT = (ClientStatus.ENQUIRY, ClientStatus.ACTIVE, ClientStatus.PAUSED)
FILTERS: list[tuple[str, tuple[ClientStatus, ...] | None]] = [
    (QT_TRANSLATE_NOOP("views.clients", "Current (hide ended)"), CURRENT),
    (QT_TRANSLATE_NOOP("views.clients", "All clients"), None),
    *((status.label, (status,)) for status in ClientStatus),
]


class ClientsView(View):
    def __init__(
        self,
        clients: ClientService,
        current: CurrentClient,
        show_names: bool = False,
        parent: QWidget | None = None,
        executor: ExecutorService | None = None,
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self._executor = executor
        self._current = current
        self._hidden_current: int | None = None  # opened elsewhere, hidden by the filter
        self.model = ClientTableModel(self)
        self.model.set_show_names(show_names)
        self.add_action = QAction(self.tr("Add client…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_client)
        self.edit_action = QAction(self.tr("Edit client…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_client)
        self.end_action = QAction(QCoreApplication.translate("views.clients", END_WORK), self)
        self.end_action.triggered.connect(self.end_client)
        self.executor_action = QAction(self.tr("Write executor pack…"), self)
        self.executor_action.setToolTip(
            self.tr("Your clients' contact details for your clinical executor, as a PDF")
        )
        self.executor_action.triggered.connect(self.write_executor_pack)
        self.executor_action.setEnabled(executor is not None)
        self.names_action = QAction(self.tr("Show names"), self)
        self.names_action.setCheckable(True)
        self.names_action.setChecked(show_names)
        self.names_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.names_action.toggled.connect(lambda on: self.intent.emit(ShowNames(on)))

        self.filter = QComboBox()
        self.filter.addItems([shown_text(label, "views.clients") for label, _s in FILTERS])
        self.filter.setAccessibleName(self.tr("Show clients"))
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.find = QLineEdit()
        self.find.setAccessibleName(self.tr("Find a client"))
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.find.textChanged.connect(lambda _t: self._refill())
        self.find.returnPressed.connect(self._go_to_first)
        self.names_box = QCheckBox(self.tr("Show names"))
        self.names_box.setChecked(show_names)
        self.names_box.toggled.connect(self.names_action.setChecked)
        current.changed.connect(self._follow_current)
        self.table = RecordTable(self.model, self.tr("Clients"), self.add_action)
        self.table.empty.set_icon("system-users")
        self.table.selection_changed.connect(self._current_changed)
        self.table.view.activated.connect(self._activated)  # double-click or Enter

        # Two rows, so that the window still fits a small screen: what to do, then what to
        # show (the find field takes the width that is left).
        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        for action in (self.add_action, self.edit_action, self.end_action):
            bar.addWidget(tool_button(action))
        bar.addStretch(1)
        shown = QHBoxLayout()
        shown.setSpacing(w.SPACING // 2)
        shown.addWidget(self.find, 1)
        shown.addSpacing(w.SPACING)
        shown.addWidget(QLabel(self.tr("Show")))
        shown.addWidget(self.filter)
        shown.addSpacing(w.SPACING)
        shown.addWidget(self.names_box)
        layout = w.page(self, self.tr("Clients"))
        layout.addLayout(bar)
        layout.addLayout(shown)
        layout.addWidget(self.table, 1)
        self._set_find_hint(show_names)
        self.setFocusProxy(self.table.view)
        self.reload()

    def menus(self) -> list[tuple[str, MenuItems]]:
        edits = [self.add_action, self.edit_action, self.end_action]
        return [
            (
                QT_TRANSLATE_NOOP("Menus", "&Clients"),
                [*edits, None, self.names_action, None, self.executor_action],
            )
        ]

    def scoped_keys(self) -> list[ScopedKeys]:
        new = QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        return [ScopedKeys(self.add_action, new, ("Clients",), self.tr("in Clients"))]

    # --- loading -----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._refill(select_id)

    def refresh(self) -> None:
        self._refill()

    def _refill(self, select_id: int | None = None) -> None:
        """Fill the table from the service, by the status filter and the find field."""
        keep = select_id if select_id is not None else self.current_id()
        names = self.model.show_names
        query = self.find.text().strip()
        clients = self._clients.list(FILTERS[self.filter.currentIndex()][1])
        self.model.set_rows([c for c in clients if client_matches(c, query, names)])
        self.table.refreshed(self._empty_text(query, names), keep)
        self._current_changed()

    def _empty_text(self, query: str, names: bool) -> str:
        if self._clients.count() == 0:
            key = self.add_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            return self.tr("No clients yet. Add your first with Add client… ({key}).").format(
                key=key
            )
        if not query:
            return self.tr("No clients match this filter.")
        if names:
            return self.tr("No client’s code or name matches “{query}”.").format(query=query)
        return self.tr(
            "No client’s code matches “{query}”. Names are hidden, so only "
            "codes are searched: show names to find a client by name."
        ).format(query=query)

    def _go_to_first(self) -> None:
        if self.model.rowCount():
            self.table.select(self.model.record_at(0).id)
            self.table.view.setFocus()

    def clear(self) -> None:
        """Drop every record this view holds (on lock)."""
        self.find.blockSignals(True)  # no refill from the vault as it closes
        self.find.clear()
        self.find.blockSignals(False)
        self.model.clear()
        self.table.empty_label.clear()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def select(self, client_id: int) -> None:
        if not self.table.select(client_id) and self.filter.currentIndex() != 1:
            self.filter.setCurrentIndex(1)  # all clients, so the chosen one is listed
            self.table.select(client_id)

    def _follow_current(self, client_id: int) -> None:
        """A client opened elsewhere is the one selected here, so Edit acts on it. One the
        filter hides is selected when Clients is next shown (the filter then shows all):
        meanwhile nothing is selected, so Edit cannot act on another client."""
        if self.current_id() == client_id:
            return
        if self.table.select(client_id):
            self._hidden_current = None
            return
        self.table.view.clearSelection()
        self._hidden_current = client_id
        if self.isVisible():
            self._select_hidden()

    def _select_hidden(self) -> None:
        client_id, self._hidden_current = self._hidden_current, None
        if client_id is not None and client_id == self._current.id:
            self.select(client_id)

    def showEvent(self, event: QShowEvent) -> None:
        self._select_hidden()
        super().showEvent(event)

    def place(self) -> int | None:
        return self.current_id()

    def return_to(self, place: int | None) -> None:
        if place is not None:
            self.select(place)

    def set_show_names(self, show: bool) -> None:
        if show == self.model.show_names:
            return
        keep = self.current_id()
        self.model.set_show_names(show)
        self.names_action.setChecked(show)
        self.names_box.setChecked(show)
        self._set_find_hint(show)
        self._refill(keep)  # a name may match only while it is shown

    def _set_find_hint(self, names: bool) -> None:
        self.find.setPlaceholderText(
            self.tr("Find by code or name") if names else self.tr("Find by code")
        )

    def _current_changed(self, *_args: object) -> None:
        client_id = self.current_id()
        ended = False
        if client_id is not None:
            client = self.model.record_at(self.model.row_of(client_id))
            ended = client.status is ClientStatus.ENDED
        self.edit_action.setEnabled(client_id is not None)
        self.end_action.setEnabled(client_id is not None and not ended)
        code = self.model.record_at(self.model.row_of(client_id)).code if client_id else None
        self.end_action.setText(
            end_label(code)
            if code and not ended
            else QCoreApplication.translate("views.clients", END_WORK)
        )
        self._current.set(client_id)

    def _activated(self, *_args: object) -> None:
        client_id = self.current_id()
        if client_id is not None:
            self.intent.emit(OpenClient(client_id))

    # --- intents -----------------------------------------------------------------------
    def follow(self, intent: object) -> None:
        if isinstance(intent, AddClient):
            self.add_action.trigger()

    def add_client(self) -> None:
        dialog = ClientDialog(
            self._clients.add, suggested_code=self._clients.suggest_code(), parent=self
        )
        self._open(dialog)

    def edit_client(self) -> None:
        client_id = self.current_id()
        if client_id is None:
            return
        client = self._clients.get(client_id)
        dialog = ClientDialog(lambda d: self._clients.update(client_id, d), client, parent=self)
        self._open(dialog)

    def end_client(self) -> None:
        client_id = self.current_id()
        if client_id is None:
            return
        code = self._clients.get(client_id).code
        clients = self._clients

        def end(day: dt.date, kind: EndingKind, signposting: str) -> Client:
            return clients.end(client_id, day, kind=kind, signposting=signposting)

        dialog = EndClientDialog(code, end, lambda day: clients.booked_after(client_id, day), self)
        self._open(dialog)

    def write_executor_pack(self) -> None:
        if self._executor is not None:
            write_executor_pack(self, self._executor)

    def _open(self, dialog: ClientDialog | EndClientDialog) -> None:
        """Window-modal and non-blocking, so a lock can close it like any other window."""

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                if not self.table.select(dialog.saved.id):
                    self._current_changed()
                self.changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
