"""The Risk tab of a client's page: their risk and safeguarding log, newest first; log a
risk (on its own, or from a note: ``LogRisk``), change one still open, review it, close it
with an outcome. Below the table, the chosen entry in full: who was told and when, and
each review."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.risk import RiskDialog, RiskReviewDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import LogRisk
from counsel_desk.ui.models.risks import RiskTableModel, actions_text
from counsel_desk.ui.views.base import MenuItems, View
from counsel_desk.ui.views.table import RecordTable, tool_button

if TYPE_CHECKING:
    from counsel_desk.domain.risk import Risk
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.risks import RiskService
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.risks", "No client open. Choose one in Clients (Ctrl+2) and press Enter."
)
NO_RISKS = QT_TRANSLATE_NOOP(
    "views.risks", "No risk logged for {code}. Log one here, or from a note (Notes → Log risk…)."
)


def risk_details(risk: Risk) -> str:
    """The chosen entry in a few plain lines."""
    lines = [
        QCoreApplication.translate("views.risks", "{label} risk, {on}: {disclosed}").format(
            label=shown_text(risk.level.label), on=fmt_date(risk.on), disclosed=risk.disclosed
        ),
        QCoreApplication.translate("views.risks", "What was done: {actions_text}.").format(
            actions_text=actions_text(risk)
        ),
        QCoreApplication.translate("views.risks", "Who was told: {told_text}.").format(
            told_text=shown_text(risk.told_text)
        ),
        QCoreApplication.translate("views.risks", "{state}.").format(state=shown_text(risk.state)),
    ]
    for review in risk.reviews:
        then = (
            ""
            if review.next_review is None
            else QCoreApplication.translate("views.risks", " Next: {next_review}.").format(
                next_review=fmt_date(review.next_review)
            )
        )
        kind = (
            QCoreApplication.translate("views.risks", "Closed")
            if review.next_review is None
            else QCoreApplication.translate("views.risks", "Reviewed")
        )
        lines.append(f"{kind} {fmt_date(review.on)}: {review.summary}.{then}")
    return "\n".join(lines)


class RiskView(View):
    def __init__(
        self,
        risks: RiskService,
        clients: ClientService,
        current: CurrentClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._risks, self._clients, self._current = risks, clients, current
        self._client_id: int | None = None
        self._stale = False  # the log shown is for another client, or not yet read
        self.model = RiskTableModel(self)
        self.add_action = QAction(self.tr("Log risk…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.add_action.triggered.connect(lambda _c=False: self.log_risk())
        self.change_action = QAction(self.tr("Change risk…"), self)
        self.change_action.triggered.connect(self.change_risk)
        self.review_action = QAction(self.tr("Review risk…"), self)
        self.review_action.triggered.connect(lambda _c=False: self.review_risk(closing=False))
        self.close_action = QAction(self.tr("Close risk…"), self)
        self.close_action.triggered.connect(lambda _c=False: self.review_risk(closing=True))
        self.table = RecordTable(
            self.model,
            self.tr("This client's risk log"),
            self.add_action,
            Qt.SortOrder.DescendingOrder,
        )
        self.table.empty.set_icon("security-high")
        self.table.selection_changed.connect(self._current_changed)
        self.table.view.activated.connect(lambda _i: self.review_risk(closing=False))
        self.details = w.explanation("")
        self.details.setAccessibleName(self.tr("The chosen risk"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.setSpacing(w.SPACING // 2)
        for action in (self.add_action, self.change_action, self.review_action, self.close_action):
            bar.addWidget(tool_button(action))
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        current.changed.connect(self.set_client)
        self.setFocusProxy(self.table.view)
        self.reload()

    def menus(self) -> list[tuple[str, MenuItems]]:
        return [
            (
                QT_TRANSLATE_NOOP("Menus", "&Risk"),
                [self.add_action, self.change_action, self.review_action, self.close_action],
            )
        ]

    # --- which client ------------------------------------------------------------------
    def set_client(self, client_id: int) -> None:
        """Another client's page: their log is read when the tab is next shown."""
        if client_id != self._client_id:
            self._client_id = client_id
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self, select_id: int | None = None) -> None:
        self._stale = False
        client_id = self._client_id
        keep = select_id if select_id is not None else self.current_id()
        self.model.set_rows(self._risks.for_client(client_id) if client_id else [])
        self.add_action.setEnabled(client_id is not None)
        empty = (
            QCoreApplication.translate("views.risks", NO_CLIENT)
            if client_id is None
            else QCoreApplication.translate("views.risks", NO_RISKS).format(
                code=self._code(client_id)
            )
        )
        self.table.refreshed(empty, keep)
        if self.current_id() is None and self.model.rowCount():
            self.table.select(self.model.record_at(0).id)
        self._current_changed()

    def _code(self, client_id: int) -> str:
        try:
            return self._clients.get(client_id).code
        except CounselDeskError:
            return self.tr("this client")

    def refresh(self) -> None:
        if self._client_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def clear(self) -> None:
        self.model.clear()
        self._client_id = None
        self.details.clear()
        self.table.empty_label.clear()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def _chosen(self) -> Risk | None:
        risk_id = self.current_id()
        if risk_id is None:
            return None
        return self.model.record_at(self.model.row_of(risk_id))

    def _current_changed(self, *_args: object) -> None:
        risk = self._chosen()
        still_open = risk is not None and risk.is_open
        for action in (self.change_action, self.review_action, self.close_action):
            action.setEnabled(still_open)
        self.details.setText(risk_details(risk) if risk else "")
        self.details.setVisible(risk is not None)

    def place(self) -> int | None:
        return self.current_id()

    def return_to(self, place: int | None) -> None:
        if place is not None:
            self.table.select(place)

    # --- intents -----------------------------------------------------------------------
    def follow(self, intent: object) -> None:
        if isinstance(intent, LogRisk):
            self.log_risk(intent.note_id)

    def log_risk(self, note_id: int | None = None) -> None:
        """The form for a new entry: from a note, its client and session day."""
        try:
            if note_id is not None:
                start = self._risks.draft_from_note(note_id)
                self._current.set(start.client_id)
            elif self._client_id is not None:
                today = dt.date.today()
                start = RiskDraft(
                    self._client_id,
                    today,
                    "",
                    RiskLevel.MODERATE,
                    review_on=today + dt.timedelta(days=7),
                )
            else:
                return
            code = self._clients.get(start.client_id).code
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        origin = ""
        if note_id is not None:
            origin = self.tr("A note of {day}").format(day=fmt_date(start.on))
        dialog = RiskDialog(self._risks.add, start, code, from_note=origin, parent=self)
        self._open(dialog)

    def change_risk(self) -> None:
        risk = self._chosen()
        if risk is None or not risk.is_open:
            return
        start = RiskDraft(
            risk.client_id,
            risk.on,
            risk.disclosed,
            risk.level,
            risk.actions,
            risk.told,
            risk.told_on,
            risk.review_on,
            risk.note_id,
        )
        dialog = RiskDialog(
            lambda d: self._risks.update(risk.id, d),
            start,
            risk.client_code,
            changing=True,
            parent=self,
        )
        self._open(dialog)

    def review_risk(self, *, closing: bool) -> None:
        risk = self._chosen()
        if risk is None or not risk.is_open:
            return
        risks = self._risks

        def save(on: dt.date, summary: str, nxt: dt.date | None) -> Risk:
            if closing:
                return risks.close(risk.id, on, summary)
            return risks.review(risk.id, on, summary, nxt)

        self._open(RiskReviewDialog(risk, save, closing=closing, parent=self))

    def _open(self, dialog: RiskDialog | RiskReviewDialog) -> None:
        def done() -> None:
            saved = dialog.saved
            if saved is not None:
                self.reload(saved.id)
                self.changed.emit()

        show(dialog, done)
