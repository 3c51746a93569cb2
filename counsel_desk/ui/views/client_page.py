"""One client's page: a header (code — the name only while names are shown — status, next
session, any open risk with its review date) over tabs, one per view registered for the
page (Sessions, Notes, Risk, and those the next features add). The page holds no records of
its own but the header's; the main window puts each registered tab in with ``add_tab``, so
adding a tab never edits this file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.risk import RiskLevel
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import client_name, fmt_date, fmt_datetime

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client
    from counsel_desk.domain.risk import Risk
    from counsel_desk.domain.sessions import Session
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.risks import RiskService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT_TITLE = "No client open"
NO_CLIENT = (
    "Choose a client in Clients (Ctrl+2) and press Enter to open their page, or open a "
    "session from Today (Ctrl+1)."
)
NOTHING_BOOKED = "No session booked"


def next_session(sessions: list[Session], now: dt.datetime) -> Session | None:
    """The earliest session still to come that is booked as scheduled."""
    ahead = [s for s in sessions if s.status is SessionStatus.SCHEDULED and s.start >= now]
    return min(ahead, key=lambda s: s.start, default=None)


def status_text(client: Client) -> str:
    if client.status is ClientStatus.ENDED and client.end_date:
        how = f" ({client.ending.label.lower()})" if client.ending else ""
        return f"Ended on {fmt_date(client.end_date)}{how}"
    if client.start_date and client.status is not ClientStatus.ENQUIRY:
        return f"{client.status.label} since {fmt_date(client.start_date)}"
    return client.status.label


def risk_text(risks: list[Risk], today: dt.date) -> str:
    """ "Open risk (high): review on 12 Mar 2025", or "" with none open."""
    if not risks:
        return ""
    highest = max(risks, key=lambda r: list(RiskLevel).index(r.level)).level.label.lower()
    nearest = min((r.review_on for r in risks if r.review_on is not None), default=None)
    if nearest is None:
        review = ""
    elif nearest < today:
        review = f": review overdue since {fmt_date(nearest)}"
    elif nearest == today:
        review = ": review due today"
    else:
        review = f": review on {fmt_date(nearest)}"
    if len(risks) == 1:
        return f"Open risk ({highest}){review}"
    return f"{len(risks)} open risks, the highest {highest}{review}"


class ClientPage(QWidget):
    tab_chosen = Signal(str)  # a tab clicked or chosen with the keyboard

    def __init__(
        self,
        clients: ClientService,
        sessions: SessionService,
        current: CurrentClient,
        show_names: bool = False,
        parent: QWidget | None = None,
        risks: RiskService | None = None,
    ) -> None:
        super().__init__(parent)
        self._clients, self._sessions, self._current = clients, sessions, current
        self._risks = risks
        self._show_names = show_names
        self._stale = True  # the header is for another client, or not yet read
        self.title = w.heading(NO_CLIENT_TITLE, 1.3)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long name wraps rather than widen the window
        self.facts = w.explanation("")
        self.facts.setAccessibleName("About this client")
        self.risk = w.explanation("")
        self.risk.setAccessibleName("Open risk")
        bold = self.risk.font()
        bold.setBold(True)
        self.risk.setFont(bold)
        self.risk.hide()
        self.notices = QWidget()  # a tab's line to look at (View.page_notice), as buttons
        self.notice_row = QHBoxLayout(self.notices)
        self.notice_row.setContentsMargins(0, 0, 0, 0)
        self.notice_buttons: list[QPushButton] = []
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("This client's page")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty = w.explanation(NO_CLIENT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.risk)
        layout.addWidget(self.notices)
        layout.addWidget(self.body, 1)
        current.changed.connect(self._client_changed)
        self._fill()

    # --- tabs --------------------------------------------------------------------------
    def add_tab(self, name: str, view: QWidget, tip: str = "") -> None:
        self.tabs.blockSignals(True)
        index = self.tabs.addTab(view, name)
        self.tabs.blockSignals(False)
        if tip:
            self.tabs.setTabToolTip(index, tip)

    def tab_names(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def tab(self) -> str:
        """The tab in front (the first, if none has been chosen)."""
        return self.tabs.tabText(max(0, self.tabs.currentIndex()))

    def show_tab(self, name: str) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self.tab_names().index(name))
        self.tabs.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        if index >= 0:
            self.tab_chosen.emit(self.tabs.tabText(index))

    # --- the header ----------------------------------------------------------------------
    def _client_changed(self, _client_id: int) -> None:
        self._stale = True
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill()
        super().showEvent(event)

    def refresh(self) -> None:
        """Records changed (the client edited, a session booked): read the header again."""
        self._client_changed(0)

    def set_show_names(self, show: bool) -> None:
        self._show_names = show
        self.refresh()

    def _fill(self) -> None:
        self._stale = False
        client = None
        if self._current.id is not None:
            try:
                client = self._clients.get(self._current.id)
            except CounselDeskError:
                client = None
        if client is None:
            self.title.setText(NO_CLIENT_TITLE)
            self.facts.setText("")
            self.facts.hide()
            self.risk.hide()
            self._fill_notices(None)
            self.body.setCurrentWidget(self.empty)
            return
        name = client_name(client) if self._show_names else ""
        self.title.setText(f"{client.code} — {name}" if name else client.code)
        coming = next_session(self._sessions.for_client(client.id), dt.datetime.now())
        booked = f"Next session {fmt_datetime(coming.start)}" if coming else NOTHING_BOOKED
        self.facts.setText(f"{status_text(client)} · {booked}")
        self.facts.show()
        open_risks = self._risks.open_for_client(client.id) if self._risks else []
        self.risk.setText(risk_text(open_risks, dt.date.today()))
        self.risk.setVisible(bool(open_risks))
        self._fill_notices(client.id)
        self.body.setCurrentWidget(self.tabs)

    def _fill_notices(self, client_id: int | None) -> None:
        """A button for each tab with something to look at (its ``page_notice``)."""
        while self.notice_row.count():
            item = self.notice_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.notice_buttons = []
        for index in range(self.tabs.count() if client_id is not None else 0):
            view = self.tabs.widget(index)
            text = view.page_notice(client_id) if hasattr(view, "page_notice") else ""
            if not text:
                continue
            button = QPushButton(text)
            button.setFlat(True)
            button.setAutoDefault(False)
            button.setToolTip(f"Open {self.tabs.tabText(index)}")
            button.clicked.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            self.notice_row.addWidget(button)
            self.notice_buttons.append(button)
        if self.notice_buttons:
            self.notice_row.addStretch()
        self.notices.setVisible(bool(self.notice_buttons))

    def clear(self) -> None:
        """Drop what the header shows (on lock); the tabs clear themselves."""
        self.title.setText(NO_CLIENT_TITLE)
        self.facts.setText("")
        self.risk.setText("")
        self._fill_notices(None)
        self._stale = True
