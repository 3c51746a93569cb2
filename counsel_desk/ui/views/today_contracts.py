"""Today's contracts section: reviews of an agreed contract due this week, and cancellations
at short notice over the last fortnight (the client's and your own), each judged by the
contract in force on the session's day. Hidden when there is nothing to say. Its data is
``ContractService.on_today``; Enter on a line opens the client's Contract tab, or the
session's attendance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.contract.version import format_date
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import session_time
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import OpenClient, RecordAttendance
from counsel_desk.ui.views.today_section import Tally

if TYPE_CHECKING:
    import datetime as dt

    from counsel_desk.services.contracts import ContractService, ContractsToday

TITLE = QT_TRANSLATE_NOOP("views.today_contracts", "Contracts and cancellations")


class TodayContracts(QWidget):
    intent = Signal(object)

    def __init__(self, contracts: ContractService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contracts = contracts
        self.found: ContractsToday | None = None
        self.items = QListWidget()
        self.items.setAccessibleName(QCoreApplication.translate("views.today_contracts", TITLE))
        self.items.setSpacing(3)
        self.items.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        self.heading = w.heading(QCoreApplication.translate("views.today_contracts", TITLE), 1.05)
        layout.addWidget(self.heading)
        layout.addWidget(self.items)
        self.hide()

    def reload(self, now: dt.datetime | None = None) -> ContractsToday:
        found = self.found = self._contracts.on_today(now=now)
        self.items.clear()
        for review in found.reviews:
            version = review.version
            when = format_date(version.review_on)  # type: ignore[arg-type]
            self._add(
                self.tr(
                    "Contract review due — {code}, version {number}, planned for {when}"
                ).format(code=review.code, number=version.number, when=when),
                OpenClient(review.client_id, "Contract"),  # the tab: a view's name, a key
            )
        for short in found.short_notice:
            said = shown_text(short.verdict.reason)  # "20 hours given, where …"
            line = (
                self.tr("Short notice — {code}: cancelled {when}; {said}")
                if short.verdict.by is Party.CLIENT
                else self.tr("Short notice — {code}: you cancelled {when}; {said}")
            )
            self._add(
                line.format(code=short.code, when=session_time(short.start), said=said),
                RecordAttendance(short.session_id),
            )
        rows = self.items.count()
        if rows:
            height = sum(
                self.items.sizeHintForRow(r) + 2 * self.items.spacing() for r in range(rows)
            )
            self.items.setFixedHeight(min(height + 4, 260))
        self.setVisible(bool(found))
        return found

    def _add(self, text: str, intent: object) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, intent)
        self.items.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        intent = item.data(Qt.ItemDataRole.UserRole)
        if intent is not None:
            self.intent.emit(intent)

    def tallies(self) -> list[Tally]:
        """Contract reviews due, then cancellations at short notice."""
        if self.found is None:
            return []
        reviews = len(self.found.reviews)
        return [
            Tally(self.tr("Contract reviews due"), reviews, self.items, 0),
            Tally(
                self.tr("Short-notice cancellations"),
                len(self.found.short_notice),
                self.items,
                reviews,
            ),
        ]

    def clear(self) -> None:
        self.found = None
        self.items.clear()
        self.hide()
