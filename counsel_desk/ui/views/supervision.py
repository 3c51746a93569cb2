"""The Supervision view: the supervision log, newest first (clients by code only), the chosen
session in full, and the hours by calendar year or by registration year. Log a session
from anywhere with Ctrl+Shift+J."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.supervision import HoursTotal, hours_text
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.dialogs.supervision import RegistrationYearDialog, SupervisionDialog
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.models.supervision import SupervisionModel
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.table import CELL_PADDING, RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.redaction import RedactionService
    from counsel_desk.services.summary import SummaryService
    from counsel_desk.services.supervision import SupervisionHours, SupervisionService

EMPTY = QT_TRANSLATE_NOOP(
    "views.supervision",
    "No supervision logged yet. Each session you log here counts towards the hours your "
    "registration asks for.",
)
BY_YEAR, BY_REGISTRATION = 0, 1
HOURS_HEADERS = (
    QT_TRANSLATE_NOOP("views.supervision", "Year"),
    QT_TRANSLATE_NOOP("views.supervision", "Sessions"),
    QT_TRANSLATE_NOOP("views.supervision", "Hours"),
    QT_TRANSLATE_NOOP("views.supervision", "One to one"),
    QT_TRANSLATE_NOOP("views.supervision", "Group"),
)


class SupervisionView(View):
    def __init__(
        self,
        supervision: SupervisionService,
        clients: ClientService,
        summaries: SummaryService | None = None,
        redaction: RedactionService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._supervision = supervision
        self._clients = clients
        self._summaries = summaries
        self._redaction = redaction
        self._stale = True
        self._hours: SupervisionHours | None = None

        self.log_action = QAction(self.tr("Log supervision…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.log_action.triggered.connect(self.log_session)
        self.edit_action = QAction(self.tr("Change session…"), self)
        self.edit_action.triggered.connect(self.edit_session)
        self.delete_action = QAction(self.tr("Delete session…"), self)
        self.delete_action.triggered.connect(self.delete_session)
        self.year_action = QAction(self.tr("Registration year…"), self)
        self.year_action.triggered.connect(self.set_registration_year)
        self.summary_action = QAction(self.tr("Prepare a summary…"), self)
        self.summary_action.triggered.connect(self.prepare_summary)
        self.summary_action.setEnabled(summaries is not None and redaction is not None)

        self.model = SupervisionModel(self)
        self.table = RecordTable(
            self.model,
            self.tr("Supervision sessions"),
            self.log_action,
            Qt.SortOrder.DescendingOrder,
        )
        self.table.empty.set_icon("dialog-messages")
        self.table.view.activated.connect(lambda _i: self.edit_session())
        self.table.selection_changed.connect(self._chosen)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.view.addActions([self.edit_action, self.delete_action])
        self.details = w.explanation("")
        self.details.setAccessibleName(self.tr("The chosen session in full"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totals_by = QComboBox()
        self.totals_by.setAccessibleName(self.tr("Hours by"))
        self.totals_by.addItems([self.tr("By calendar year"), self.tr("By registration year")])
        self.totals_by.currentIndexChanged.connect(lambda _i: self._fill_hours())
        self.hours = QTableWidget(0, len(HOURS_HEADERS))
        self.hours.setAccessibleName(self.tr("Supervision hours"))
        self.hours.setHorizontalHeaderLabels(
            [QCoreApplication.translate("views.supervision", h) for h in HOURS_HEADERS]
        )
        self.hours.verticalHeader().hide()
        self.hours.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hours.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hours.setShowGrid(False)
        self.hours.setAlternatingRowColors(True)
        header = self.hours.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HOURS_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.year_note = w.explanation("")

        layout = w.page(self, self.tr("Supervision"))
        bar = QHBoxLayout()
        bar.addStretch(1)
        for action in (self.log_action, self.edit_action, self.delete_action):
            bar.addWidget(tool_button(action))
        bar.addSpacing(w.SPACING)
        bar.addWidget(tool_button(self.summary_action))
        layout.addLayout(bar)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self.table, 1)
        top_column.addWidget(self.details)
        hours_bar = QHBoxLayout()
        hours_bar.addWidget(w.heading(self.tr("Hours"), 1.05))
        hours_bar.addWidget(self.totals_by)
        hours_bar.addStretch()
        hours_bar.addWidget(tool_button(self.year_action))
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addLayout(hours_bar)
        bottom_column.addWidget(self.year_note)
        bottom_column.addWidget(self.hours, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([480, 160])
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.table.view)
        self._enable()

    def menus(self) -> list[tuple[str, MenuItems]]:
        items: MenuItems = [
            self.log_action,
            self.edit_action,
            self.delete_action,
            None,
            self.year_action,
            None,
            self.summary_action,
        ]
        return [(QT_TRANSLATE_NOOP("Menus", "S&upervision"), items)]

    # --- coming and going ------------------------------------------------------------------
    def shown(self) -> None:
        if self._stale:
            self.reload()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        self.model.clear()
        self.model.codes = {}
        self.hours.setRowCount(0)
        self.details.clear()
        self._hours = None
        self._stale = True

    def place(self) -> Any:
        return self.table.current_id()

    def return_to(self, place: Any) -> None:
        if place is not None:
            self.table.select(place)

    # --- what is shown ---------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._stale = False
        keep = select_id if select_id is not None else self.table.current_id()
        try:
            self.model.codes = {c.id: c.code for c in self._clients.list()}
            self.model.set_rows(self._supervision.sessions())
            self._hours = self._supervision.hours()
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        self.table.refreshed(QCoreApplication.translate("views.supervision", EMPTY), keep)
        self._fill_hours()
        self._chosen()

    def _fill_hours(self) -> None:
        hours = self._hours
        if hours is None:
            return
        year = hours.registration_year
        by_registration = self.totals_by.currentIndex() == BY_REGISTRATION
        rows: list[HoursTotal] = hours.by_registration_year if by_registration else hours.by_year
        self.totals_by.setItemText(
            BY_REGISTRATION,
            self.tr("By registration year (from {label})").format(label=shown_text(year.label)),
        )
        if by_registration and year.is_calendar:
            self.year_note.setText(
                self.tr(
                    "Your registration year is set to begin on 1 January, so it is the calendar "
                    "year. Set the day it begins with Registration year…"
                )
            )
        else:
            self.year_note.setText("")
        self.year_note.setVisible(bool(self.year_note.text()))
        self.hours.setRowCount(len(rows))
        for row, total in enumerate(rows):
            cells = (
                shown_text(total.period.label),
                str(total.sessions),
                shown_text(total.text),
                shown_text(hours_text(total.individual_minutes)),
                shown_text(hours_text(total.group_minutes)),
            )
            for column, text in enumerate(cells):
                self.hours.setItem(row, column, QTableWidgetItem(text))
        header = self.hours.horizontalHeader()
        for column in range(1, len(HOURS_HEADERS)):
            self.hours.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + CELL_PADDING)

    def _chosen(self) -> None:
        """The chosen session in full under the table: clients, notes and actions."""
        chosen = self.table.current_id()
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row < 0:
            self.details.setText("")
        else:
            record = self.model.record_at(row)
            clients = self.model.clients_text(record) or self.tr("none")
            notes = record.notes.strip() or self.tr("(none)")
            actions = record.actions.strip() or self.tr("(none)")
            self.details.setText(
                self.tr("Clients discussed: {clients}\nNotes: {notes}\nActions: {actions}").format(
                    clients=clients, notes=notes, actions=actions
                )
            )
        self.details.setVisible(row >= 0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.table.current_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # --- actions ---------------------------------------------------------------------------
    def log_session(self) -> None:
        self._dialog(None)

    def edit_session(self) -> None:
        chosen = self.table.current_id()
        if chosen is None:
            return
        try:
            session = self._supervision.get(chosen)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            self.reload()
            return
        self._dialog(session)

    def _dialog(self, session: Any) -> None:
        try:
            clients = self._clients.list()
            supervisors = self._supervision.supervisors()
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        save = self._supervision.update if session is not None else self._supervision.log
        dialog = SupervisionDialog(save, clients, supervisors, session, self.window())

        def saved() -> None:
            self._stale = True
            if dialog.saved is not None and self.isVisible():
                self.reload(dialog.saved.id)
            self.changed.emit()

        show(dialog, saved)

    def delete_session(self) -> None:
        chosen = self.table.current_id()
        if chosen is None:
            return

        def delete() -> None:
            try:
                self._supervision.delete(chosen)
            except CounselDeskError as exc:
                alerts.error(self, error_text(exc))
            self.reload()
            self.changed.emit()

        alerts.ask(
            self,
            self.tr("Delete this supervision session? Its hours come off your totals."),
            yes=self.tr("Delete session"),
            no=self.tr("Keep it"),
            on_yes=delete,
        )

    def set_registration_year(self) -> None:
        try:
            current = self._supervision.registration_year()
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        dialog = RegistrationYearDialog(
            self._supervision.set_registration_year, current, self.window()
        )

        def saved() -> None:
            if dialog.saved is not None:
                self.totals_by.setCurrentIndex(BY_REGISTRATION)
                self.reload()

        show(dialog, saved)

    def prepare_summary(self) -> None:
        """The summary builder: a period, clients, the preview, saving."""
        if self._summaries is None or self._redaction is None:
            return
        from counsel_desk.ui.dialogs.summary import SummaryDialog

        try:
            clients = self._clients.list()
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        show(SummaryDialog(self._summaries, self._redaction, clients, parent=self.window()))
