"""One client's sessions, newest first: add, edit, and record what became of each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.session import SessionDialog
from counsel_desk.ui.models import SessionTableModel, client_name
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.services.sessions import SessionService


class SessionsView(QWidget):
    def __init__(
        self,
        sessions: SessionService,
        clients: ClientService,
        practice: PracticeService,
        show_names: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._clients = clients
        self._practice = practice
        self._show_names = show_names
        self._codes: dict[int, str] = {}
        self.model = SessionTableModel(self)
        self.add_action = QAction("Add session…", self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_session)
        self.edit_action = QAction("Edit session…", self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_action.triggered.connect(self.edit_session)
        self.status_group = QActionGroup(self)
        self.status_actions: dict[SessionStatus, QAction] = {}
        for status in SessionStatus:
            action = QAction(status.label, self.status_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_actions[status] = action

        self.picker = QComboBox()
        self.picker.setAccessibleName("Client")
        self.picker.setMinimumContentsLength(24)
        # as wide as 24 characters, not as the longest name: the list opens wider if need be
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.currentIndexChanged.connect(lambda _i: self.reload())
        self.status = forms.EnumCombo(SessionStatus)
        self.status.setAccessibleName("Session status")
        self.status.activated.connect(lambda i: self.set_status(self.status.members[i]))
        self.table = RecordTable(
            self.model, "This client's sessions", self.add_action, Qt.SortOrder.DescendingOrder
        )
        view = self.table.view
        self.table.selection_changed.connect(self._current_changed)
        view.activated.connect(self.edit_session)  # double-click or Enter
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.edit_action)
        separator = QAction(self)
        separator.setSeparator(True)
        view.addAction(separator)
        view.addActions(list(self.status_actions.values()))

        # Two rows, so that the window still fits a small screen: whose sessions, then what
        # to do with them.
        which = QHBoxLayout()
        which.setSpacing(w.SPACING // 2)
        which.addWidget(QLabel("Client"))
        which.addWidget(self.picker)
        which.addStretch()
        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        bar.addWidget(tool_button(self.add_action))
        bar.addWidget(tool_button(self.edit_action))
        bar.addStretch()
        bar.addWidget(QLabel("Status"))
        bar.addWidget(self.status)
        layout = w.page(self, "Sessions")
        layout.addLayout(which)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.reload_clients()

    # --- which client ------------------------------------------------------------------
    def reload_clients(self) -> None:
        """Refill the client picker (after clients were added or edited), keeping the choice."""
        keep = self.client_id()
        self.picker.blockSignals(True)
        self.picker.clear()
        clients = self._clients.list()
        self._codes = {client.id: client.code for client in clients}
        for client in clients:
            label = client.code
            if self._show_names and client_name(client):
                label += f" — {client_name(client)}"
            if client.status is ClientStatus.ENDED:
                label += " (ended)"
            self.picker.addItem(label, client.id)
        index = self.picker.findData(keep) if keep else -1
        self.picker.setCurrentIndex(max(index, 0) if self.picker.count() else -1)
        self.picker.blockSignals(False)
        self.reload()

    def set_client(self, client_id: int) -> None:
        index = self.picker.findData(client_id)
        if client_id and index >= 0:
            self.picker.setCurrentIndex(index)

    def client_id(self) -> int | None:
        return self.picker.currentData()

    def set_show_names(self, show: bool) -> None:
        self._show_names = show
        self.reload_clients()

    # --- the sessions ------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        client_id = self.client_id()
        keep = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self._sessions.for_client(client_id) if client_id else [])
        self.add_action.setEnabled(client_id is not None)
        if client_id is None:
            empty = "No clients yet. Add a client first; their sessions will show here."
        else:
            empty = f"No sessions for {self._codes.get(client_id, 'this client')} yet."
        self.table.refreshed(empty, keep)
        self._current_changed()

    def clear(self) -> None:
        """Drop every record this view holds (on lock)."""
        self.model.clear()
        self._codes = {}
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.blockSignals(False)
        self.table.empty_label.clear()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def _current_changed(self, *_args: object) -> None:
        session_id = self.current_id()
        has = session_id is not None
        for widget in (self.edit_action, self.status, self.status_group):
            widget.setEnabled(has)
        if has:
            status = self.model.record_at(self.model.row_of(session_id)).status
            self.status.set_value(status)
            self.status_actions[status].setChecked(True)

    # --- intents -----------------------------------------------------------------------
    def add_session(self) -> None:
        client_id = self.client_id()
        if client_id is None:
            return
        minutes = self._practice.get().default_session_minutes
        code = self._clients.get(client_id).code
        dialog = SessionDialog(
            self._sessions.add,
            client_id,
            code,
            minutes,
            parent=self,
            save_series=self._sessions.add_series,
        )
        self._open(dialog)

    def edit_session(self, *_args: object) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        session = self._sessions.get(session_id)
        code = self._clients.get(session.client_id).code
        dialog = SessionDialog(
            lambda d: self._sessions.update(session_id, d),
            session.client_id,
            code,
            session.planned_minutes,
            session,
            parent=self,
        )
        self._open(dialog)

    def set_status(self, status: SessionStatus) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        try:
            self._sessions.set_status(session_id, status)
        except CounselDeskError as exc:
            alerts.error(self, exc.message)
        self.reload(session_id)

    def _open(self, dialog: SessionDialog) -> None:
        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                if dialog.series is not None and dialog.series.skipped:
                    alerts.info(self, dialog.series.summary)  # which times were left out
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
