"""The Sessions tab of a client's page: their sessions, newest first; add, edit, and record
what became of each. Enter or a double-click opens the session's notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.breaks import BreaksDialog
from counsel_desk.ui.dialogs.session import SessionDialog
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import BookSession, OpenSession
from counsel_desk.ui.models.sessions import SessionTableModel
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.services.breaks import BreakService
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.notice import NoticeService
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.sessions", "No client open. Choose one in Clients (Ctrl+2) and press Enter."
)


class SessionsView(View):
    def __init__(
        self,
        sessions: SessionService,
        clients: ClientService,
        practice: PracticeService,
        current: CurrentClient,
        parent: QWidget | None = None,
        notice: NoticeService | None = None,
        breaks: BreakService | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._breaks = breaks
        self._clients = clients
        self._practice = practice
        self._notice = notice
        self._current = current
        self._client_id: int | None = None
        self._stale = False  # the client changed while this tab was hidden
        self.model = SessionTableModel(self)
        self.add_action = QAction(self.tr("Add session…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_session)
        self.edit_action = QAction(self.tr("Edit session…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_action.triggered.connect(self.edit_session)
        self.status_group = QActionGroup(self)
        self.status_actions: dict[SessionStatus, QAction] = {}
        for status in SessionStatus:
            action = QAction(shown_text(status.label), self.status_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.breaks_action = QAction(self.tr("Practice breaks…"), self)
        self.breaks_action.setToolTip(self.tr("Holidays and closures, and the sessions in them"))
        self.breaks_action.triggered.connect(self.edit_breaks)
        self.breaks_action.setEnabled(breaks is not None)
        self.status_menu = QMenu(self.tr("Set s&tatus"), self)
        self.status_menu.addActions(list(self.status_actions.values()))

        self.status = forms.EnumCombo(SessionStatus)
        self.status.setAccessibleName(self.tr("Session status"))
        self.status.activated.connect(lambda i: self.set_status(self.status.members[i]))
        self.table = RecordTable(
            self.model,
            self.tr("This client's sessions"),
            self.add_action,
            Qt.SortOrder.DescendingOrder,
        )
        self.table.empty.set_icon("view-calendar-day")
        view = self.table.view
        self.table.selection_changed.connect(self._current_changed)
        view.activated.connect(self._activated)  # double-click or Enter
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.edit_action)
        separator = QAction(self)
        separator.setSeparator(True)
        view.addAction(separator)
        view.addActions(list(self.status_actions.values()))

        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        bar.addWidget(tool_button(self.add_action))
        bar.addWidget(tool_button(self.edit_action))
        bar.addStretch()
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        current.changed.connect(self.set_client)
        self.setFocusProxy(self.table.view)
        self.reload()

    def menus(self) -> list[tuple[str, MenuItems]]:
        status = self.status_menu.menuAction()
        return [
            (
                QT_TRANSLATE_NOOP("Menus", "&Sessions"),
                [self.add_action, self.edit_action, status, None, self.breaks_action],
            )
        ]

    # --- which client ------------------------------------------------------------------
    def set_client(self, client_id: int) -> None:
        """The client whose page is open; their sessions are read now if this tab is in
        front, else when it is next shown (opening another tab of the page costs nothing
        here)."""
        if client_id != self._client_id:
            self._client_id = client_id
            self._stale = not self.isVisible()
            if not self._stale:
                self.reload()

    def shown(self) -> None:
        if self._stale:
            self.reload()

    def client_id(self) -> int | None:
        return self._client_id

    # --- the sessions ------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._stale = False
        client_id = self._client_id
        keep = select_id if select_id is not None else self.current_id()
        # cancellations at short notice are said so, by the contract in force on the day
        verdicts = self._notice.for_client(client_id) if client_id and self._notice else {}
        self.model.verdicts = verdicts
        # a session cancelled or moved for a practice break says so: never "my" cancellation
        breaks = self._breaks.sessions_of(client_id) if client_id and self._breaks else set()
        self.model.for_breaks = breaks
        self.model.set_rows(self._sessions.for_client(client_id) if client_id else [])
        self.add_action.setEnabled(client_id is not None)
        empty = (
            QCoreApplication.translate("views.sessions", NO_CLIENT)
            if client_id is None
            else self.tr("No sessions for {code} yet.").format(code=self._code(client_id))
        )
        self.table.refreshed(empty, keep)
        self._current_changed()

    def _code(self, client_id: int) -> str:
        try:
            return self._clients.get(client_id).code
        except CounselDeskError:
            return self.tr("this client")

    def refresh(self) -> None:
        if self._client_id is not None:
            self.reload()

    def clear(self) -> None:
        """Drop every record this view holds (on lock)."""
        self.model.clear()
        self._client_id = None
        self.table.empty_label.clear()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def session_in_view(self) -> int | None:
        return self.current_id()

    def place(self) -> int | None:
        return self.current_id()

    def return_to(self, place: int | None) -> None:
        if place is not None:
            self.table.select(place)

    def _current_changed(self, *_args: object) -> None:
        session_id = self.current_id()
        has = session_id is not None
        for widget in (self.edit_action, self.status, self.status_group):
            widget.setEnabled(has)
        if has:
            status = self.model.record_at(self.model.row_of(session_id)).status
            self.status.set_value(status)
            self.status_actions[status].setChecked(True)
        else:
            self.status.setCurrentIndex(-1)  # blank: no session's status to show

    def _activated(self, *_args: object) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.intent.emit(OpenSession(session_id))

    # --- intents -----------------------------------------------------------------------
    def follow(self, intent: object) -> None:
        """Book a session: for the client asked for, else the one open, else the first."""
        if not isinstance(intent, BookSession):
            return
        client_id = intent.client_id or self._current.id
        if client_id is None:
            listed = self._clients.list()
            client_id = listed[0].id if listed else None
        self._current.set(client_id)
        if self.add_action.isEnabled():
            self.add_action.trigger()

    def add_session(self) -> None:
        client_id = self._client_id
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
            alerts.error(self, error_text(exc))
        self.reload(session_id)
        self.changed.emit()

    def edit_breaks(self) -> None:
        if self._breaks is None:
            return
        dialog = BreaksDialog(self._breaks, self)

        def closed(_result: int) -> None:
            if dialog.changed:
                self.refresh()
                self.changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _open(self, dialog: SessionDialog) -> None:
        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.changed.emit()
                if dialog.series is not None and dialog.series.skipped:
                    alerts.info(
                        self, shown_text(dialog.series.summary)
                    )  # which times were left out
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
