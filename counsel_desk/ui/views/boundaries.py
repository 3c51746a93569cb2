"""The Boundaries tab of a client's page: the boundaries agreed with them (the contract's
boundary clauses in force today, worded as agreed, and any of your own), and the boundary
events log, newest first, with a search over its words. Log an event from anywhere with
Ctrl+Shift+B: it is for the client whose page is open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.boundary import BoundaryEventDialog, OwnBoundaryDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.editor.preview import SafeBrowser, set_markdown
from counsel_desk.ui.i18n import error_text
from counsel_desk.ui.models.boundary_events import BoundaryEventModel
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.domain.contract.boundaries import Boundary
    from counsel_desk.services.boundaries import BoundaryService
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.boundaries", "No client open. Choose one in Clients (Ctrl+2) and press Enter."
)
NO_BOUNDARIES = QT_TRANSLATE_NOOP(
    "views.boundaries",
    "No boundaries agreed yet: they come from the contract once it is agreed (Contract tab), "
    "and from any you add here.",
)
NO_CLIENT_TO_LOG = QT_TRANSLATE_NOOP(
    "views.boundaries",
    "A boundary event belongs to a client. Open their page first (choose them in Clients, "
    "Ctrl+2, and press Enter), then press Ctrl+Shift+B again.",
)


class BoundariesView(View):
    def __init__(
        self,
        boundaries: BoundaryService,
        sessions: SessionService,
        clients: ClientService,
        current: CurrentClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._boundaries = boundaries
        self._sessions = sessions
        self._clients = clients
        self._current = current
        self.client_id: int | None = None
        self._stale = True
        self._agreed: tuple[Boundary, ...] = ()

        self.log_action = QAction(self.tr("Log a boundary event…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.log_action.triggered.connect(self.log_event)
        self.edit_action = QAction(self.tr("Change event…"), self)
        self.edit_action.triggered.connect(self.edit_event)
        self.delete_action = QAction(self.tr("Delete event…"), self)
        self.delete_action.triggered.connect(self.delete_event)
        self.add_action = QAction(self.tr("Add a boundary…"), self)
        self.add_action.triggered.connect(self.add_boundary)
        self.remove_action = QAction(self.tr("Remove this boundary…"), self)
        self.remove_action.triggered.connect(self.remove_boundary)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agreed boundaries"))
        w.wrap_items(self.list)  # "Social media and meeting by chance (the contract)"
        self.list.currentRowChanged.connect(self._boundary_chosen)
        self.wording = SafeBrowser()
        self.wording.setAccessibleName(self.tr("What was agreed"))
        self.none_agreed = w.explanation(
            QCoreApplication.translate("views.boundaries", NO_BOUNDARIES)
        )
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search this client's boundary events"))
        self.search.setPlaceholderText(self.tr("Search this client's events"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload_events())
        self.model = BoundaryEventModel(self)
        self.table = RecordTable(
            self.model, self.tr("Boundary events"), self.log_action, Qt.SortOrder.DescendingOrder
        )
        self.table.empty.set_icon("dialog-messages")
        self.table.view.activated.connect(lambda _i: self.edit_event())
        self.table.selection_changed.connect(self._event_chosen)
        self.details = w.explanation("")
        self.details.setAccessibleName(self.tr("The chosen event in full"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.view.addActions([self.edit_action, self.delete_action])

        agreed_bar = QHBoxLayout()
        agreed_bar.addWidget(w.heading(self.tr("Agreed boundaries"), 1.05))
        agreed_bar.addStretch()
        agreed_bar.addWidget(tool_button(self.add_action))
        agreed_bar.addWidget(tool_button(self.remove_action))
        agreed = QSplitter()
        agreed.addWidget(self.list)
        agreed.addWidget(self.wording)
        agreed.setSizes([260, 500])
        agreed.setChildrenCollapsible(False)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(agreed_bar)
        top_column.addWidget(self.none_agreed)
        top_column.addWidget(agreed, 1)
        events_bar = QHBoxLayout()
        events_bar.addWidget(w.heading(self.tr("Boundary events"), 1.05))
        events_bar.addWidget(self.search, 1)
        for action in (self.log_action, self.edit_action, self.delete_action):
            events_bar.addWidget(tool_button(action))
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addLayout(events_bar)
        bottom_column.addWidget(self.table, 1)
        bottom_column.addWidget(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([260, 400])
        split.setChildrenCollapsible(False)
        self.empty = w.explanation(QCoreApplication.translate("views.boundaries", NO_CLIENT))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.body = split
        current.changed.connect(self.set_client)
        self.setFocusProxy(self.table.view)
        self._enable()

    def menus(self) -> list[tuple[str, MenuItems]]:
        items: MenuItems = [
            self.log_action,
            self.edit_action,
            self.delete_action,
            None,
            self.add_action,
            self.remove_action,
        ]
        return [(QT_TRANSLATE_NOOP("Menus", "&Boundaries"), items)]

    # --- coming and going ------------------------------------------------------------------
    def set_client(self, client_id: int) -> None:
        if client_id != self.client_id:
            self._stale = True
            if self.isVisible():
                self.shown()

    def shown(self) -> None:
        if self._stale or self.client_id != self._current.id:
            self.client_id = self._current.id
            self.reload()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.shown()

    def clear(self) -> None:
        self.client_id = None
        self.model.clear()
        self.list.clear()
        self.wording.clear()
        self.search.clear()
        self.details.clear()
        self._agreed = ()
        self._stale = True

    def place(self) -> Any:
        return (self.client_id, self.table.current_id()) if self.client_id else None

    def return_to(self, place: Any) -> None:
        if place and place[0] == self.client_id and place[1] is not None:
            self.table.select(place[1])

    # --- what is shown ---------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        has = self.client_id is not None
        self.empty.setVisible(not has)
        self.body.setVisible(has)
        if not has:
            self.model.clear()
            self._enable()
            return
        try:
            self._agreed = self._boundaries.agreed(self.client_id)  # type: ignore[arg-type]
        except CounselDeskError as exc:
            self.empty.setText(error_text(exc))
            self.empty.show()
            self.body.hide()
            return
        self.list.blockSignals(True)
        self.list.clear()
        for boundary in self._agreed:
            source = self.tr("the contract") if boundary.from_contract else self.tr("your own")
            item = QListWidgetItem(f"{boundary.title} ({source})")
            item.setData(Qt.ItemDataRole.UserRole, boundary.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.none_agreed.setVisible(not self._agreed)
        self.list.setVisible(bool(self._agreed))
        self.wording.setVisible(bool(self._agreed))
        self.list.setCurrentRow(0 if self._agreed else -1)
        self._boundary_chosen(self.list.currentRow())
        self.reload_events()

    def reload_events(self, select_id: int | None = None) -> None:
        if self.client_id is None:
            return
        keep = select_id if select_id is not None else self.table.current_id()
        query = self.search.text()
        self.model.clause_titles = dict(self._boundaries.clause_choices(self.client_id))
        self.model.set_rows(self._boundaries.events(self.client_id, query))
        if query.strip():
            empty = self.tr("No boundary event has all of “{strip}”.").format(strip=query.strip())
        else:
            empty = self.tr("No boundary events logged for this client.")
        self.table.refreshed(empty, keep)
        self._event_chosen()

    def _event_chosen(self) -> None:
        """The chosen event in full under the table: what happened, and what was done."""
        event_id = self.table.current_id()
        row = self.model.row_of(event_id) if event_id is not None else -1
        if row < 0:
            self.details.setText("")
        else:
            event = self.model.record_at(row)
            done = event.what_was_done or self.tr("(nothing noted)")
            self.details.setText(
                self.tr("What happened: {what_happened}\nWhat was done: {done}").format(
                    what_happened=event.what_happened, done=done
                )
            )
        self.details.setVisible(row >= 0)
        self._enable()

    def _boundary_chosen(self, row: int) -> None:
        if 0 <= row < len(self._agreed):
            boundary = self._agreed[row]
            set_markdown(self.wording, boundary.text or self.tr("_(No words were added.)_"))
        else:
            self.wording.clear()
        self._enable()

    def _chosen_boundary(self) -> Boundary | None:
        row = self.list.currentRow()
        return self._agreed[row] if 0 <= row < len(self._agreed) else None

    def _enable(self) -> None:
        has = self.client_id is not None
        chosen = self.table.current_id() is not None
        boundary = self._chosen_boundary()
        self.add_action.setEnabled(has)
        self.remove_action.setEnabled(boundary is not None and not boundary.from_contract)
        self.edit_action.setEnabled(has and chosen)
        self.delete_action.setEnabled(has and chosen)

    # --- actions ---------------------------------------------------------------------------
    def log_event(self) -> None:
        """Log an event for the client whose page is open, from wherever you are."""
        client_id = self._current.id
        if client_id is None:
            alerts.info(
                self.window(), QCoreApplication.translate("views.boundaries", NO_CLIENT_TO_LOG)
            )
            return
        self._event_dialog(client_id, None)

    def edit_event(self) -> None:
        event_id = self.table.current_id()
        if event_id is None or self.client_id is None:
            return
        try:
            event = self._boundaries.get(event_id)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        self._event_dialog(self.client_id, event)

    def _event_dialog(self, client_id: int, event: Any) -> None:
        try:
            code = self._clients.get(client_id).code
            clauses = self._boundaries.clause_choices(client_id)
            sessions = self._sessions.for_client(client_id)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        save = self._boundaries.update if event is not None else self._boundaries.log
        dialog = BoundaryEventDialog(save, client_id, code, clauses, sessions, event, self.window())

        def saved() -> None:
            self._stale = True
            if self.isVisible() and dialog.saved is not None:
                self.client_id = client_id
                self.search.clear()
                self.reload()
                self.reload_events(dialog.saved.id)
            self.changed.emit()

        show(dialog, saved)

    def delete_event(self) -> None:
        event_id = self.table.current_id()
        if event_id is None:
            return

        def delete() -> None:
            try:
                self._boundaries.delete(event_id)
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))
            self.reload_events()
            self.changed.emit()

        alerts.ask(
            self,
            self.tr(
                "Delete this boundary event? It goes from the client's record and the timeline."
            ),
            yes=self.tr("Delete event"),
            no=self.tr("Keep it"),
            on_yes=delete,
        )

    def add_boundary(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        code = self._clients.get(client_id).code
        dialog = OwnBoundaryDialog(
            lambda title, text: self._boundaries.add_own(client_id, title, text), code, self
        )
        show(dialog, self._after_boundaries)

    def remove_boundary(self) -> None:
        boundary = self._chosen_boundary()
        if boundary is None or boundary.from_contract or self.client_id is None:
            return
        client_id = self.client_id

        def remove() -> None:
            try:
                self._boundaries.remove_own(client_id, boundary.key)
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))
            self._after_boundaries()

        alerts.ask(
            self,
            self.tr("Remove “{title}”? Events that concerned it keep their words.").format(
                title=boundary.title
            ),
            yes=self.tr("Remove boundary"),
            no=self.tr("Keep it"),
            on_yes=remove,
        )

    def _after_boundaries(self) -> None:
        self.reload()
        self.changed.emit()
