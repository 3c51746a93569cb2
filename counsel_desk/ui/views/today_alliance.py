"""Today's section on the working relationship: ruptures not yet repaired, and possible
ruptures flagged in the last four weeks and not set aside, each with its reason. Enter on
a rupture records its repair; on a flag, opens the client's timeline. Clients by code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import long_date
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import OpenClient, RepairRupture, SetAsideFlag
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.today_section import Tally, TodaySection

if TYPE_CHECKING:
    from counsel_desk.services.flags import AllianceToday, FlagService

TITLE = QT_TRANSLATE_NOOP("views.today_alliance", "The working relationship")
NOTHING = QT_TRANSLATE_NOOP(
    "views.today_alliance",
    "No ruptures waiting for repair, and no possible ruptures in the last four weeks.",
)
RUPTURE, FLAG = "rupture", "flag"
TIMELINE = "Timeline"  # the tab a flag opens: a view's name, a key


class TodayAlliance(TodaySection):
    def __init__(self, flags: FlagService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flags = flags
        self.seen: AllianceToday | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("views.today_alliance", TITLE))
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_a: self._chosen())
        self.empty = w.explanation(QCoreApplication.translate("views.today_alliance", NOTHING))
        self.repair_button = QPushButton(self.tr("Record repair…"))
        self.repair_button.clicked.connect(self._repair)
        self.set_aside_button = QPushButton(self.tr("Set aside…"))
        self.set_aside_button.clicked.connect(self._set_aside)
        self.timeline_button = QPushButton(self.tr("Open timeline"))
        self.timeline_button.clicked.connect(self._open_timeline)
        buttons = QHBoxLayout()
        for button in (self.repair_button, self.set_aside_button, self.timeline_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING // 2)
        self.heading = w.heading(QCoreApplication.translate("views.today_alliance", TITLE), 1.05)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        layout.addWidget(self.empty)

    def reload(self) -> None:
        try:
            seen = self._flags.today()
        except CounselDeskError as exc:
            self.empty.setText(error_text(exc))
            self.list.hide()
            self.buttons.hide()
            self.empty.show()
            return
        self.seen = seen
        self.list.clear()
        for open_one in seen.open_ruptures:
            rupture = open_one.rupture
            self._add(
                self.tr("Rupture not yet repaired — {code}, {kind} on {day}").format(
                    code=open_one.client_code,
                    kind=shown_text(rupture.kind.label).lower(),
                    day=long_date(rupture.on),
                ),
                (RUPTURE, rupture.id, rupture.client_id, ""),
            )
        by_client: dict[int, list] = {}
        for item in seen.flags:  # newest first: one line per client, with the latest reason
            by_client.setdefault(item.flag.client_id, []).append(item)
        for items in by_client.values():
            latest = items[0]
            more = (
                self.tr(" ({n} in the last four weeks; the latest)").format(n=len(items))
                if len(items) > 1
                else ""
            )
            self._add(
                self.tr("Possible rupture — {code}{more}: {reason}").format(
                    code=latest.client_code, more=more, reason=shown_text(latest.flag.reason)
                ),
                (FLAG, 0, latest.flag.client_id, latest.flag.key),
            )
        empty = self.list.count() == 0
        self.list.setVisible(not empty)
        self.buttons.setVisible(not empty)
        self.empty.setVisible(empty)
        if not empty:
            self._fit()
        self._chosen()

    def _fit(self) -> None:
        """As tall as its lines (each may wrap once or twice), up to about ten lines."""
        metrics = self.list.fontMetrics()
        width = max(200, self.list.viewport().width() - 12)
        height = 0
        for row in range(self.list.count()):
            text = self.list.item(row).text()
            lines = min(3, 1 + metrics.horizontalAdvance(text) // width)
            height += lines * metrics.lineSpacing() + 2 * self.list.spacing() + 2
        self.list.setFixedHeight(min(height + 6, 10 * metrics.lineSpacing() + 20))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.list.count():
            self._fit()

    def _add(self, text: str, data: tuple[str, int, int, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, data)
        item.setToolTip(text)
        self.list.addItem(item)

    def _current(self) -> tuple[str, int, int, str] | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _chosen(self) -> None:
        data = self._current()
        kind = data[0] if data else None
        self.repair_button.setEnabled(kind == RUPTURE)
        self.set_aside_button.setEnabled(kind == FLAG)
        self.timeline_button.setEnabled(data is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        kind, rupture_id, client_id, _key = item.data(ID_ROLE)
        if kind == RUPTURE:
            self.intent.emit(RepairRupture(rupture_id))
        else:
            self.intent.emit(OpenClient(client_id, TIMELINE))

    def _repair(self) -> None:
        data = self._current()
        if data and data[0] == RUPTURE:
            self.intent.emit(RepairRupture(data[1]))

    def _set_aside(self) -> None:
        data = self._current()
        if data and data[0] == FLAG:
            self.intent.emit(SetAsideFlag(data[2], data[3]))

    def _open_timeline(self) -> None:
        data = self._current()
        if data:
            self.intent.emit(OpenClient(data[2], TIMELINE))

    def tallies(self) -> list[Tally]:
        """Ruptures to repair, then the clients with a possible rupture to look at."""
        if self.seen is None:
            return []
        ruptures = len(self.seen.open_ruptures)
        flagged = self.list.count() - ruptures
        return [
            Tally(self.tr("Ruptures to repair"), ruptures, self.list, 0),
            Tally(self.tr("Possible ruptures to look at"), flagged, self.list, ruptures),
        ]

    def clear(self) -> None:
        self.seen = None
        self.list.clear()
