"""The clients list: by code, filtered by status, names only on request; find by code (and
by name while names are shown); add, edit, end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.client import ClientDialog, EndClientDialog
from counsel_desk.ui.models import ClientTableModel, client_matches
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientService

CURRENT = (ClientStatus.ENQUIRY, ClientStatus.ACTIVE, ClientStatus.PAUSED)
FILTERS: list[tuple[str, tuple[ClientStatus, ...] | None]] = [
    ("Current (hide ended)", CURRENT),
    ("All clients", None),
    *((status.label, (status,)) for status in ClientStatus),
]


class ClientsView(QWidget):
    current_client_changed = Signal(int)  # 0: none selected
    clients_changed = Signal()
    show_names_changed = Signal(bool)
    open_sessions = Signal(int)

    def __init__(
        self, clients: ClientService, show_names: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self.model = ClientTableModel(self)
        self.model.set_show_names(show_names)
        self.add_action = QAction("Add client…", self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_client)
        self.edit_action = QAction("Edit client…", self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_client)
        self.end_action = QAction("End client…", self)
        self.end_action.triggered.connect(self.end_client)
        self.names_action = QAction("Show names", self)
        self.names_action.setCheckable(True)
        self.names_action.setChecked(show_names)
        self.names_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.names_action.toggled.connect(self.set_show_names)

        self.filter = QComboBox()
        self.filter.addItems([label for label, _statuses in FILTERS])
        self.filter.setAccessibleName("Show clients")
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.find = QLineEdit()
        self.find.setAccessibleName("Find a client")
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.find.textChanged.connect(lambda _t: self._refill())
        self.find.returnPressed.connect(self._go_to_first)
        self.names_box = QCheckBox("Show names")
        self.names_box.setChecked(show_names)
        self.names_box.toggled.connect(self.names_action.setChecked)
        self.table = RecordTable(self.model, "Clients", self.add_action)
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
        shown.addWidget(QLabel("Show"))
        shown.addWidget(self.filter)
        shown.addSpacing(w.SPACING)
        shown.addWidget(self.names_box)
        layout = w.page(self, "Clients")
        layout.addLayout(bar)
        layout.addLayout(shown)
        layout.addWidget(self.table, 1)
        self._set_find_hint(show_names)
        self.reload()

    # --- loading -----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._refill(select_id)
        self.clients_changed.emit()

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
            return "No clients yet. Add your first client to begin."
        if not query:
            return "No clients match this filter."
        if names:
            return f"No client’s code or name matches “{query}”."
        return (
            f"No client’s code matches “{query}”. Names are hidden, so only codes are "
            "searched: show names to find a client by name."
        )

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

    def set_show_names(self, show: bool) -> None:
        if show == self.model.show_names:
            return
        keep = self.current_id()
        self.model.set_show_names(show)
        self.names_action.setChecked(show)
        self.names_box.setChecked(show)
        self._set_find_hint(show)
        self._refill(keep)  # a name may match only while it is shown
        self.show_names_changed.emit(show)

    def _set_find_hint(self, names: bool) -> None:
        self.find.setPlaceholderText("Find by code or name" if names else "Find by code")

    def _current_changed(self, *_args: object) -> None:
        client_id = self.current_id()
        ended = False
        if client_id is not None:
            client = self.model.record_at(self.model.row_of(client_id))
            ended = client.status is ClientStatus.ENDED
        self.edit_action.setEnabled(client_id is not None)
        self.end_action.setEnabled(client_id is not None and not ended)
        self.current_client_changed.emit(client_id or 0)

    def _activated(self, *_args: object) -> None:
        client_id = self.current_id()
        if client_id is not None:
            self.open_sessions.emit(client_id)

    # --- intents -----------------------------------------------------------------------
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
        dialog = EndClientDialog(code, lambda day: self._clients.end(client_id, day), self)
        self._open(dialog)

    def _open(self, dialog: ClientDialog | EndClientDialog) -> None:
        """Window-modal and non-blocking, so a lock can close it like any other window."""

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                if not self.table.select(dialog.saved.id):
                    self._current_changed()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
