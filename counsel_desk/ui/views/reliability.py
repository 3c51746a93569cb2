"""The reliability panel: month by month, for the whole practice or the open client, the
practitioner's own late starts, early endings and cancellations (short notice counted
against the agreement) beside the client's attendance and short-notice cancellations.
Reliability and consistency on the practitioner's side build trust, so it says plainly when
it is the practitioner who slipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.reliability import client_words, practitioner_words
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.models.reliability import ReliabilityModel
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.fit_columns import FitColumns
from counsel_desk.ui.views.table import RecordTable

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.reliability import ReliabilityReport, ReliabilityService
    from counsel_desk.ui.navigation import CurrentClient

WHOLE = QT_TRANSLATE_NOOP("views.reliability", "The whole practice")
EMPTY = QT_TRANSLATE_NOOP(
    "views.reliability",
    "No sessions yet: the figures start with the first session held or cancelled.",
)
PERIOD_MONTHS = 12


class ReliabilityView(View):
    def __init__(
        self,
        reliability: ReliabilityService,
        clients: ClientService,
        current: CurrentClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._clients, self._current = reliability, clients, current
        self.report: ReliabilityReport | None = None
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Whose figures"))
        self.scope.activated.connect(lambda _i: self.reload())
        self.yours = w.explanation("")
        self.yours.setAccessibleName(self.tr("Your side"))
        self.theirs = w.explanation("")
        self.theirs.setAccessibleName(self.tr("The client's side"))
        self.model = ReliabilityModel(self)
        nothing = QAction(self.tr("Show the whole practice"), self)
        nothing.triggered.connect(lambda: self._scope_to(None))
        self.table = RecordTable(
            self.model, self.tr("Reliability month by month"), nothing, Qt.SortOrder.DescendingOrder
        )
        self.table.empty.set_icon("view-statistics")
        self.columns = FitColumns(self.table.view)  # nine columns within a 1024 px window
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.scope)
        row.addStretch()
        layout = w.page(self, self.tr("Reliability"))
        layout.addLayout(row)
        layout.addWidget(
            w.heading(
                self.tr("The last {PERIOD_MONTHS} months").format(PERIOD_MONTHS=PERIOD_MONTHS), 1.05
            )
        )
        layout.addWidget(self.yours)
        layout.addWidget(self.theirs)
        layout.addWidget(w.heading(self.tr("Month by month"), 1.05))
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.scope)
        current.changed.connect(lambda _id: self._scopes())

    def _scopes(self) -> None:
        """The practice, and the open client if there is one (by code, never by name)."""
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(QCoreApplication.translate("views.reliability", WHOLE), None)
        if self._current.id is not None:
            try:
                code = self._clients.get(self._current.id).code
            except CounselDeskError:
                code = None
            if code is not None:
                self.scope.addItem(
                    self.tr("The open client, {code}").format(code=code), self._current.id
                )
        index = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(0, index))

    def _scope_to(self, client_id: int | None) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(client_id)))
        self.reload()

    def shown(self) -> None:
        self._scopes()
        self.reload()

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        client_id = self.scope.currentData()
        try:
            self.report = self._service.report(client_id)
        except CounselDeskError as exc:
            self.yours.setText(error_text(exc))
            return
        recent = self.report.last_months(PERIOD_MONTHS)
        self.yours.setText(
            self.tr("Your side: {recent}").format(recent=shown_text(practitioner_words(recent)))
        )
        self.theirs.setText(
            self.tr("The client's side: ") if client_id is not None else self.tr("Clients' side: ")
        )
        self.theirs.setText(self.theirs.text() + shown_text(client_words(recent)))
        self.model.set_months(self.report.months)
        self.table.refreshed(QCoreApplication.translate("views.reliability", EMPTY), None)
        # Showing the whole practice is a step only from one client's figures.
        self.table.empty_button.setVisible(client_id is not None)
        self.columns.fit()

    def clear(self) -> None:
        self.report = None
        self.model.clear()
        self.scope.clear()
        self.yours.clear()
        self.theirs.clear()
