"""One client's page: a header over tabs, one per view registered for the page (Sessions,
Notes, Contract, Boundaries, Timeline, Risk, and those the next features add).

The header is the client's code (the name only while names are shown) and a row of chips:
status, next session, where the contract stands, and what needs looking at (an open risk,
possible ruptures, ruptures not yet repaired). A chip that has a tab opens it (click, or
Enter with the focus on it). Its data is one call, ``ClientHeaderService.header``; it is
read again whenever records change (``refresh``) while the page is shown, or when next
shown. The page holds no records of its own but the header's; the main window puts each
registered tab in with ``add_tab``, so adding a tab never edits this file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.risk import RiskLevel
from counsel_desk.services.client_header import ContractStanding
from counsel_desk.ui import style
from counsel_desk.ui import widgets as w
from counsel_desk.ui.chips import Chip, FlowLayout
from counsel_desk.ui.formats import client_name, fmt_date, fmt_datetime
from counsel_desk.ui.i18n import shown_text

if TYPE_CHECKING:
    from counsel_desk.domain.clients import Client
    from counsel_desk.domain.risk import Risk
    from counsel_desk.services.client_header import ClientHeader, ClientHeaderService, ContractState
    from counsel_desk.ui.navigation import CurrentClient

NO_CLIENT_TITLE = QT_TRANSLATE_NOOP("views.client_page", "No client open")
NO_CLIENT = QT_TRANSLATE_NOOP(
    "views.client_page",
    "Choose a client in Clients (Ctrl+2) and press Enter to open their page, or open a "
    "session from Today (Ctrl+1).",
)
NOTHING_BOOKED = QT_TRANSLATE_NOOP("views.client_page", "No session booked")
# The chips, in the order they show, and the tab each opens ("" for none): the tab's
# name is its view's (registry.py), a key, translated under "Views" where it is shown.
CHIPS = (
    ("status", ""),
    ("next", "Sessions"),
    ("contract", "Contract"),
    ("risk", "Risk"),
    ("possible", "Timeline"),
    ("ruptures", "Timeline"),
)


def status_text(client: Client) -> str:
    if client.status is ClientStatus.ENDED and client.end_date:
        day = fmt_date(client.end_date)
        if client.ending is None:
            return QCoreApplication.translate("views.client_page", "Ended on {day}").format(day=day)
        return QCoreApplication.translate("views.client_page", "Ended on {day} ({how})").format(
            day=day, how=shown_text(client.ending.label).lower()
        )
    if client.start_date and client.status is not ClientStatus.ENQUIRY:
        return QCoreApplication.translate("views.client_page", "{status} since {day}").format(
            status=shown_text(client.status.label), day=fmt_date(client.start_date)
        )
    return shown_text(client.status.label)


def risk_text(risks: list[Risk] | tuple[Risk, ...], today: dt.date) -> str:
    """ "Open risk (high): review on 12 Mar 2025", or "" with none open."""
    if not risks:
        return ""
    highest = shown_text(
        max(risks, key=lambda r: list(RiskLevel).index(r.level)).level.label
    ).lower()
    nearest = min((r.review_on for r in risks if r.review_on is not None), default=None)
    if nearest is None:
        review = ""
    elif nearest < today:
        review = QCoreApplication.translate(
            "views.client_page", ": review overdue since {day}"
        ).format(day=fmt_date(nearest))
    elif nearest == today:
        review = QCoreApplication.translate("views.client_page", ": review due today")
    else:
        review = QCoreApplication.translate("views.client_page", ": review on {day}").format(
            day=fmt_date(nearest)
        )
    if len(risks) == 1:
        return QCoreApplication.translate(
            "views.client_page", "Open risk ({highest}){review}"
        ).format(highest=highest, review=review)
    return QCoreApplication.translate(
        "views.client_page", "{n} open risks, the highest {highest}{review}"
    ).format(n=len(risks), highest=highest, review=review)


def contract_text(state: ContractState, today: dt.date) -> str:
    """Where the contract stands, in a few words: "Contract agreed 3 Mar 2025"."""
    if state.standing is ContractStanding.NONE:
        return QCoreApplication.translate("views.client_page", "No contract")
    if state.standing is ContractStanding.DRAFT:
        return QCoreApplication.translate("views.client_page", "Contract: draft, not yet agreed")
    review = state.review_on
    if state.standing is ContractStanding.REVIEW_DUE and review is not None:
        if review < today:
            said = QCoreApplication.translate(
                "views.client_page", "Contract review overdue since {day}"
            ).format(day=fmt_date(review))
        else:
            said = QCoreApplication.translate(
                "views.client_page", "Contract review due {day}"
            ).format(day=fmt_date(review))
    else:
        said = QCoreApplication.translate("views.client_page", "Contract agreed {day}").format(
            day=fmt_date(state.agreed_on)
        )
    if state.draft_under_way:
        said += QCoreApplication.translate("views.client_page", " · a new draft")
    return said


def rupture_texts(header: ClientHeader) -> tuple[str, str]:
    """The two Timeline chips' words: possible ruptures, ruptures not repaired ("" for none)."""
    possible, open_ones = header.possible_ruptures, header.open_ruptures
    first = (
        ""
        if not possible
        else QCoreApplication.translate("views.client_page", "1 possible rupture to look at")
        if possible == 1
        else QCoreApplication.translate(
            "views.client_page", "{n} possible ruptures to look at"
        ).format(n=possible)
    )
    second = (
        ""
        if not open_ones
        else QCoreApplication.translate("views.client_page", "1 rupture not yet repaired")
        if open_ones == 1
        else QCoreApplication.translate(
            "views.client_page", "{n} ruptures not yet repaired"
        ).format(n=open_ones)
    )
    return first, second


class ClientPage(QWidget):
    tab_chosen = Signal(str)  # a tab clicked or chosen with the keyboard

    def __init__(
        self,
        headers: ClientHeaderService,
        current: CurrentClient,
        show_names: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers, self._current = headers, current
        self._show_names = show_names
        self._stale = True  # the header is for another client, or not yet read
        self.header: ClientHeader | None = None
        self.title = w.heading(
            QCoreApplication.translate("views.client_page", NO_CLIENT_TITLE), style.TYPE_PAGE
        )
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long name wraps rather than widen the window
        self.chip_row = QWidget()
        self.chip_row.setAccessibleName(self.tr("About this client"))
        flow = FlowLayout(self.chip_row, style.SPACE_S)
        self.chips: dict[str, Chip] = {}
        for key, tab in CHIPS:
            chip = Chip(opens=bool(tab))
            chip.setObjectName(f"chip-{key}")
            if tab:
                chip.setToolTip(
                    self.tr("Open {tab}").format(tab=QCoreApplication.translate("Views", tab))
                )
                chip.clicked.connect(lambda _c=False, t=tab: self.open_tab(t))
            chip.hide()
            flow.addWidget(chip)
            self.chips[key] = chip
        self.risk = self.chips["risk"]
        self.tabs = QTabWidget()
        self._tab_index: dict[str, int] = {}  # a tab's name (its view's) -> its index
        self.tabs.setAccessibleName(self.tr("This client's page"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty = w.explanation(QCoreApplication.translate("views.client_page", NO_CLIENT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE_S)
        layout.addWidget(self.title)
        layout.addWidget(self.chip_row)
        layout.addSpacing(style.SPACE_XS)
        layout.addWidget(self.body, 1)
        current.changed.connect(self._client_changed)
        self._fill()

    # --- tabs --------------------------------------------------------------------------
    def add_tab(self, name: str, view: QWidget, tip: str = "") -> None:
        """``name`` is the view's (a key, marked under "Views"); the tab shows it translated
        and is found by the name, never by the words it shows."""
        self.tabs.blockSignals(True)
        index = self.tabs.addTab(view, QCoreApplication.translate("Views", name))
        self.tabs.blockSignals(False)
        self._tab_index[name] = index
        if tip:
            self.tabs.setTabToolTip(index, tip)

    def tab_names(self) -> list[str]:
        """The tabs' names (their views'), in the order they show."""
        return list(self._tab_index)

    def tab(self) -> str:
        """The tab in front (the first, if none has been chosen)."""
        names = self.tab_names()
        return names[max(0, self.tabs.currentIndex())] if names else ""

    def show_tab(self, name: str) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self._tab_index[name])
        self.tabs.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        if index >= 0:
            self.tab_chosen.emit(self.tab_names()[index])

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

    def open_tab(self, name: str) -> None:
        """A chip's tab in front (as a click on the tab would: the window follows)."""
        if name in self._tab_index:
            self.tabs.setCurrentIndex(self._tab_index[name])
            self.tabs.currentWidget().setFocus()

    def chip_texts(self) -> dict[str, str]:
        """The chips that show, by key, with their words."""
        return {k: c.text() for k, c in self.chips.items() if not c.isHidden()}

    def _fill(self) -> None:
        self._stale = False
        header = None
        if self._current.id is not None:
            try:
                header = self._headers.header(self._current.id)
            except CounselDeskError:
                header = None
        self.header = header
        if header is None:
            self.title.setText(QCoreApplication.translate("views.client_page", NO_CLIENT_TITLE))
            for chip in self.chips.values():
                chip.hide()
            self.chip_row.hide()
            self.body.setCurrentWidget(self.empty)
            return
        client = header.client
        name = client_name(client) if self._show_names else ""
        self.title.setText(f"{client.code} — {name}" if name else client.code)
        coming = header.next_session
        possible, open_ones = rupture_texts(header)
        words = {
            "status": status_text(client),
            "next": (
                QCoreApplication.translate("views.client_page", "Next session {when}").format(
                    when=fmt_datetime(coming)
                )
                if coming
                else QCoreApplication.translate("views.client_page", NOTHING_BOOKED)
            ),
            "contract": contract_text(header.contract, header.today),
            "risk": risk_text(header.open_risks, header.today),
            "possible": possible,
            "ruptures": open_ones,
        }
        tabs = self.tab_names()
        for key, tab in CHIPS:
            chip = self.chips[key]
            chip.setText(words[key])
            chip.setVisible(bool(words[key]) and (not tab or tab in tabs))
            chip.updateGeometry()
        self.chips["risk"].set_attention(bool(header.open_risks))
        self.chips["possible"].set_attention(True)
        self.chips["ruptures"].set_attention(True)
        self.chips["contract"].set_attention(
            header.contract.standing is ContractStanding.REVIEW_DUE
        )
        self.chip_row.show()
        self.chip_row.layout().invalidate()
        self.body.setCurrentWidget(self.tabs)

    def clear(self) -> None:
        """Drop what the header shows (on lock); the tabs clear themselves."""
        self.header = None
        self.title.setText(QCoreApplication.translate("views.client_page", NO_CLIENT_TITLE))
        for chip in self.chips.values():
            chip.setText("")
            chip.hide()
        self._stale = True
