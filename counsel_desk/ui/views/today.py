"""Today: the home view after unlocking, a dashboard of cards (``ui/cards.py``). "Now and
next" comes first: the session under way or just ended, its note one keypress away (Enter),
and the next one today. Beside it, "Waiting for you" counts the work outstanding by kind;
then today's and the next days' sessions, and a card for each kind of work (notes and
attendance, care, contracts, the working relationship, reviews, backups), each made from
its own section widget and service. Two columns when wide, one when narrow. Lists show
codes (names only while names are shown) and never note text."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import style
from counsel_desk.ui import widgets as w
from counsel_desk.ui.cards import Board, Card
from counsel_desk.ui.formats import client_name, day_name, fmt_date
from counsel_desk.ui.intents import AddClient, BookSession, OpenSession
from counsel_desk.ui.models.diary import DiaryModel
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.today_contracts import TodayContracts
from counsel_desk.ui.views.today_glance import TodayGlance
from counsel_desk.ui.views.today_now import TodayNow
from counsel_desk.ui.views.today_outstanding import TodayOutstanding
from counsel_desk.ui.views.today_section import Tally, TodaySection
from counsel_desk.ui.views.today_setup import TodaySetup

if TYPE_CHECKING:
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.contracts import ContractService
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.services.today import TodayOverview, TodayService
    from counsel_desk.ui.views.today_care import TodayCare

NO_SESSIONS_TODAY = QT_TRANSLATE_NOOP("views.today", "No sessions today.")
NO_UPCOMING = QT_TRANSLATE_NOOP("views.today", "Nothing booked for the next few days.")
NOTHING_OUTSTANDING = QT_TRANSLATE_NOOP(
    "views.today", "Nothing outstanding: every past session has a note and its attendance."
)
WELCOME = QT_TRANSLATE_NOOP("views.today", "Welcome to Counsel Desk")
FIRST_CLIENT = QT_TRANSLATE_NOOP(
    "views.today",
    "Your vault is ready, and empty. Begin by adding your first client: a short code such "
    "as C-001 is all a list ever shows, and their name stays apart until you ask for it. "
    "Then book their sessions. After each session, come back here: its note is one "
    "keypress (Enter) away.",
)
FIRST_SESSION = QT_TRANSLATE_NOOP(
    "views.today",
    "Next, book a session, or a weekly series: choose a client in Clients and press Enter "
    "to open their page. Once a session has started, Today offers its note here.",
)


def _table(model: DiaryModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setTabKeyNavigation(False)  # Tab moves on to the next card, not to the next cell
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the last clips
    return view


class TodayView(View):
    def __init__(
        self,
        today: TodayService,
        clients: ClientService,
        show_names: bool = False,
        parent: QWidget | None = None,
        care: TodayCare | None = None,
        sections: Sequence[QWidget] = (),
        contracts: ContractService | None = None,
        practice: PracticeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup_offer = TodaySetup(practice) if practice is not None else None
        self._today = today
        # Sections of their own (backups, review…), each in a card on the work's side: each
        # has ``place`` ("top": under "Waiting for you"; "bottom": last), ``reload``,
        # ``clear``, ``tallies`` and an ``intent`` signal. A feature's TodaySection added
        # later (``add_section``) joins them, after Contracts.
        self.sections: list[QWidget] = list(sections)
        self._clients = clients
        self.contracts = TodayContracts(contracts) if contracts is not None else None
        self.care = care  # risk, contact to make, practice breaks (its own service calls)
        if care is not None:
            care.intent.connect(self.intent)
        # a section and its card, by the section's id()
        self.cards_of: dict[int, tuple[QWidget, Card]] = {}
        self._show_names = show_names
        self.jurisdiction = Jurisdiction.UK
        self.overview: TodayOverview | None = None
        self.date_label = QLabel()
        self.now = TodayNow()  # the session under way or just ended, and the next one
        self.now.intent.connect(self.intent)
        self.just_ended, self.write_button = self.now.just_ended, self.now.write_button
        self.next_label, self.next_button = self.now.next_label, self.now.next_button
        self.today_model = DiaryModel(self)
        self.upcoming_model = DiaryModel(self, with_date=True)
        self.today_table = _table(self.today_model)
        self.upcoming_table = _table(self.upcoming_model)
        self.today_table.setAccessibleName(self.tr("Today's sessions"))
        self.upcoming_table.setAccessibleName(self.tr("The next days"))
        for table in (self.today_table, self.upcoming_table):
            table.activated.connect(
                lambda index: self.intent.emit(OpenSession(index.data(ID_ROLE)))
            )
        self.today_empty = w.explanation(
            QCoreApplication.translate("views.today", NO_SESSIONS_TODAY)
        )
        self.upcoming_empty = w.explanation(QCoreApplication.translate("views.today", NO_UPCOMING))
        self.outstanding = TodayOutstanding()
        self.outstanding.intent.connect(self.intent)
        self.outstanding_empty = w.explanation(
            QCoreApplication.translate("views.today", NOTHING_OUTSTANDING)
        )
        self.welcome = self._welcome()
        self.glance = TodayGlance()
        self._tallies: list[Tally] = []
        self._build_cards()

        title = w.heading(self.tr("Today"), style.TYPE_PAGE)
        self.date_label.setFont(style.scaled(self.font(), style.TYPE_BODY))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, w.SPACING, 0)
        layout.setSpacing(style.SPACE_M)
        heading = QVBoxLayout()
        heading.setSpacing(style.SPACE_XS)
        heading.addWidget(title)
        heading.addWidget(self.date_label)
        layout.addLayout(heading)
        if self.setup_offer is not None:  # the practice set-up, while it is not done
            self.setup_offer.intent.connect(self.intent)
            layout.addWidget(self.setup_card)
        layout.addWidget(self.welcome)
        layout.addWidget(self.board)
        layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Today"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        # Always there: a scroll bar coming and going narrows and widens the cards, their
        # wrapped lines change height, and at some window sizes QScrollArea then resized the
        # page back and forth until the stack ran out (Today at 1180×780 over the demo).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.glance.jumped.connect(self._show_card_of)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._chain_tabs()
        self.setFocusProxy(self.write_button)

    def _build_cards(self) -> None:
        """The cards, and the board that places them: the day on the left (now and next,
        the sessions, care), the work on the right (what is waiting, then a card per kind);
        in one column, "Now and next" and "Waiting for you" lead."""
        self.now_card = Card(self.tr("Now and next"))
        self.now_card.add(self.now)
        self.glance_card = Card(
            self.tr("Waiting for you"),
            self.tr(
                "Nothing is waiting: every session so far has its note and its attendance, "
                "and nothing is due."
            ),
        )
        self.glance_card.add(self.glance)
        self.sessions_card = Card(self.tr("Today's sessions"))
        self.sessions_card.add(self.today_table)
        self.sessions_card.add(self.today_empty)
        self.upcoming_card = Card(self.tr("The next days"))
        self.upcoming_card.add(self.upcoming_table)
        self.upcoming_card.add(self.upcoming_empty)
        self.outstanding_card = Card(self.tr("Notes and attendance"))
        self.outstanding_card.add(self.outstanding)
        self.outstanding_card.add(self.outstanding_empty)
        self.outstanding_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if self.setup_offer is not None:
            self.setup_card = Card(self.setup_offer.heading.text())
            self.setup_card.adopt(self.setup_offer)
        left: list[QWidget] = [self.now_card, self.sessions_card, self.upcoming_card]
        if self.care is not None:
            self.care_card = Card(self.tr("Care"))
            self.care_card.adopt(self.care)
            for heading in (self.care.risk_heading, self.care.breaks_heading):
                heading.setFont(style.scaled(self.font(), style.TYPE_BODY, bold=True))
            left.append(self.care_card)
        right: list[QWidget] = [self.glance_card]
        right += [self._card_for(s) for s in self.sections if getattr(s, "place", "") == "top"]
        right.append(self.outstanding_card)
        if self.contracts is not None:  # reviews due, cancellations at short notice
            self.contracts.intent.connect(self.intent)
            right.append(self._card_for(self.contracts, connect=False))
        self._sections_at = len(right)  # add_section's cards go here, in the order added
        right += [self._card_for(s) for s in self.sections if getattr(s, "place", "") != "top"]
        self.board = Board()
        self.board.set_cards(left, right, lead=1)
        self.board.arranged.connect(lambda _wide: self._chain_tabs())

    def _card_for(self, section: QWidget, *, connect: bool = True) -> Card:
        """A section in a card of its own, titled by the section's heading."""
        heading = getattr(section, "heading", None)
        card = Card(heading.text() if isinstance(heading, QLabel) else "")
        card.adopt(section)
        self.cards_of[id(section)] = (section, card)
        if connect:
            section.intent.connect(self.intent)  # type: ignore[attr-defined]
        return card

    def add_section(self, section: TodaySection) -> None:
        """A feature's own section (``today_section.py``), in a card of its own on the
        work's side, in the order added; reloaded with Today, its intents passed on."""
        added = sum(isinstance(s, TodaySection) for s in self.sections)
        self.board.insert(1, self._sections_at + added, self._card_for(section))
        self.sections.append(section)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab goes through the cards in reading order: set-up, welcome, then the board."""
        cards: list[QWidget] = [self.welcome, *self.board.reading_order()]
        if self.setup_offer is not None:
            cards.insert(0, self.setup_card)
        stops = [s for card in cards for s in card.tab_stops()]  # type: ignore[attr-defined]
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    def _show_card_of(self, target: QWidget) -> None:
        """The glance took the focus to ``target``: bring its card into view."""
        card = target.parentWidget()
        while card is not None and not isinstance(card, Card):
            card = card.parentWidget()
        self.scroll.ensureWidgetVisible(card or target, 0, style.SPACE_M)

    def _welcome(self) -> Card:
        """What a new vault shows first: where to begin, and the button to do it."""
        card = Card(QCoreApplication.translate("views.today", WELCOME))
        self.welcome_text = w.explanation(QCoreApplication.translate("views.today", FIRST_CLIENT))
        self.add_client_button = QPushButton(self.tr("Add your first client…"))
        self.add_client_button.clicked.connect(lambda: self.intent.emit(AddClient()))
        self.book_button = QPushButton(self.tr("Book a session…"))
        self.book_button.clicked.connect(lambda: self.intent.emit(BookSession()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_client_button)
        buttons.addWidget(self.book_button)
        buttons.addStretch()
        card.add(self.welcome_text)
        card.body.addLayout(buttons)
        card.hide()
        return card

    # --- filling -----------------------------------------------------------------------
    def shown(self) -> None:
        self.reload()

    def refresh(self) -> None:
        if self.overview is not None and self.isVisible():
            self.reload()  # hidden, it reloads when next shown

    def reload(self, now: dt.datetime | None = None) -> None:
        overview = self._today.overview(now=now)
        self.overview = overview
        self.date_label.setText(f"{day_name(overview.today, long=True)} {fmt_date(overview.today)}")
        names = self._names(overview)
        for model, table, empty, rows in (
            (self.today_model, self.today_table, self.today_empty, overview.sessions_today),
            (self.upcoming_model, self.upcoming_table, self.upcoming_empty, overview.upcoming),
        ):
            model.names = names
            model.set_rows(rows)
            table.setVisible(bool(rows))
            empty.setVisible(not rows)
            if rows:
                table.resizeColumnsToContents()
                height = table.horizontalHeader().height() + 2
                height += sum(table.rowHeight(r) for r in range(len(rows)))
                table.setFixedHeight(height)
        self._fill_welcome(overview)
        self.now.fill(overview, names)
        self.now_card.setVisible(overview.client_count > 0)
        self.outstanding.fill(overview, names, self.jurisdiction)
        empty = self.outstanding.count() == 0
        self.outstanding.setVisible(not empty)
        self.outstanding_empty.setVisible(empty)
        for section in self.sections:
            if isinstance(section, TodaySection):  # a feature's section: once there are clients
                section.setVisible(overview.client_count > 0)
            section.reload()  # type: ignore[attr-defined]
        if self.contracts is not None:
            self.contracts.reload(now)
        if self.care is not None:
            self.care.reload(overview.now)
        if self.setup_offer is not None:
            self.setup_offer.reload()
        self._count(overview)
        for card in self.board.cards():
            card.fit_lists()  # type: ignore[attr-defined]
        if overview.latest_session is not None:
            self.write_button.setFocus()
        elif self.next_button.isVisibleTo(self) and not self.welcome.isVisibleTo(self):
            self.setFocusProxy(self.next_button)
            self.next_button.setFocus()

    def _count(self, overview: TodayOverview) -> None:
        """Each card's badge, and "Waiting for you" from every card's tallies."""
        self.sessions_card.set_count(len(overview.sessions_today))
        self.upcoming_card.set_count(len(overview.upcoming))
        lists = (overview.without_note, overview.unfinished_notes, overview.attendance_unrecorded)
        self.outstanding_card.set_count(overview.outstanding_count, any(b.more for b in lists))
        tallies = self.outstanding.tallies(overview)
        for section in self._counted_sections():
            found = section.tallies()  # type: ignore[attr-defined]
            _section, card = self.cards_of[id(section)]
            total = sum(t.count for t in found)
            card.set_count(total or None, any(t.more for t in found))
            tallies += found
        if self.care is not None:
            found = self.care.tallies()
            self.care_card.set_count(sum(t.count for t in found) or None)
            tallies[3:3] = found  # after notes and attendance: contact first among the rest
        self._tallies = tallies
        self.glance.show_tallies(tallies)
        self.glance_card.set_count(self.glance.total())
        for card in (self.glance_card, self.outstanding_card):  # a new vault: the welcome says
            card.setVisible(overview.client_count > 0)

    def _counted_sections(self) -> list[QWidget]:
        """The sections with a card of their own, in the order their cards are read."""
        sections = {id(card): section for section, card in self.cards_of.values()}
        return [sections[id(card)] for card in self.board.columns[1] if id(card) in sections]

    def tallies(self) -> list[Tally]:
        """What "Waiting for you" lists, kind by kind (the last reload's)."""
        return list(self._tallies)

    def _fill_welcome(self, overview: TodayOverview) -> None:
        """Until there is a client and a session, Today says what to do next."""
        no_clients = overview.client_count == 0
        self.welcome.setVisible(no_clients or overview.session_count == 0)
        self.welcome_text.setText(
            QCoreApplication.translate("views.today", FIRST_CLIENT)
            if no_clients
            else QCoreApplication.translate("views.today", FIRST_SESSION)
        )
        self.add_client_button.setVisible(no_clients)
        self.book_button.setVisible(not no_clients)
        if self.welcome.isVisibleTo(self):
            self.setFocusProxy(self.add_client_button if no_clients else self.book_button)
        else:
            self.setFocusProxy(self.write_button)

    def _names(self, overview: TodayOverview) -> dict[int, str]:
        if not self._show_names:
            return {}
        ids = {e.client_id for e in (*overview.sessions_today, *overview.upcoming)}
        return {i: client_name(self._clients.get(i)) for i in ids}

    # --- intents -----------------------------------------------------------------------
    def session_in_view(self) -> int | None:
        """Ctrl+N on Today: a note for the session just ended or under way."""
        latest = self.overview.latest_session if self.overview is not None else None
        return latest.session_id if latest is not None else None

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        if self.overview is not None:
            self.reload()

    def set_show_names(self, show: bool) -> None:
        self._show_names = show
        if self.overview is not None:
            self.reload()

    def clear(self) -> None:
        self.overview = None
        if self.care is not None:
            self.care.clear()
        self.today_model.clear()
        self.upcoming_model.clear()
        self.outstanding.clear()
        self.now.clear()
        self._tallies = []
        self.glance.show_tallies([])
        for section in self.sections:
            section.clear()  # type: ignore[attr-defined]
        if self.contracts is not None:
            self.contracts.clear()
