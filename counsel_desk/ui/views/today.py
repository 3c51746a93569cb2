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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import style
from counsel_desk.ui import widgets as w
from counsel_desk.ui.cards import Board, Card
from counsel_desk.ui.formats import client_name, fmt_date
from counsel_desk.ui.intents import AddClient, BookSession, OpenNote, OpenSession, RecordAttendance
from counsel_desk.ui.models.diary import DiaryModel
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.today_contracts import TodayContracts
from counsel_desk.ui.views.today_glance import TodayGlance
from counsel_desk.ui.views.today_section import Tally, TodaySection
from counsel_desk.ui.views.today_setup import TodaySetup

if TYPE_CHECKING:
    from counsel_desk.domain.attendance import DiaryEntry
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.contracts import ContractService
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.services.today import TodayOverview, TodayService
    from counsel_desk.ui.views.today_care import TodayCare

NO_SESSIONS_TODAY = "No sessions today."
NO_UPCOMING = "Nothing booked for the next few days."
NOTHING_OUTSTANDING = "Nothing outstanding: every past session has a note and its attendance."
SESSION, NOTE = "session", "note"
WELCOME = "Welcome to Counsel Desk"
FIRST_CLIENT = (
    "Your vault is ready, and empty. Begin by adding your first client: a short code such "
    "as C-001 is all a list ever shows, and their name stays apart until you ask for it. "
    "Then book their sessions. After each session, come back here: its note is one "
    "keypress (Enter) away."
)
FIRST_SESSION = (
    "Next, book a session, or a weekly series: choose a client in Clients and press Enter "
    "to open their page. Once a session has started, Today offers its note here."
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
        # Sections of their own (backups, review…): each has ``place`` ("top": under the
        # date; "bottom": after Outstanding), ``reload``, ``clear`` and an ``intent`` signal.
        # A feature's TodaySection added later (``add_section``) joins them, above
        # Outstanding.
        self.sections: list[QWidget] = list(sections)
        self._clients = clients
        self.contracts = TodayContracts(contracts) if contracts is not None else None
        self.care = care  # risk, contact to make, practice breaks (its own service calls)
        if care is not None:
            care.intent.connect(self.intent)
        # a section and its card, by the section's id()
        self.cards_of: dict[int, tuple[QWidget, Card]] = {}
        self._group_rows: dict[str, int] = {}  # the outstanding list's first row of each kind
        self._show_names = show_names
        self.jurisdiction = Jurisdiction.UK
        self.overview: TodayOverview | None = None
        self.date_label = QLabel()
        self.just_ended = w.heading("", style.TYPE_HERO)
        self.just_ended.setTextFormat(Qt.TextFormat.PlainText)
        self.write_button = QPushButton("Write note")
        self.write_button.setDefault(True)
        self.write_button.setAutoDefault(True)
        self.write_button.setToolTip("Open this session's note (Enter)")
        self.write_button.clicked.connect(self._write_latest)
        self.today_model = DiaryModel(self)
        self.upcoming_model = DiaryModel(self, with_date=True)
        self.today_table = _table(self.today_model)
        self.upcoming_table = _table(self.upcoming_model)
        self.today_table.setAccessibleName("Today's sessions")
        self.upcoming_table.setAccessibleName("The next days")
        for table in (self.today_table, self.upcoming_table):
            table.activated.connect(
                lambda index: self.intent.emit(OpenSession(index.data(ID_ROLE)))
            )
        self.today_empty = w.explanation(NO_SESSIONS_TODAY)
        self.upcoming_empty = w.explanation(NO_UPCOMING)
        self.outstanding = QListWidget()
        self.outstanding.setAccessibleName("Outstanding")
        self.outstanding.setSpacing(3)  # rows a finger's width apart, easier to aim at
        self.outstanding.itemActivated.connect(self._outstanding_activated)
        self.outstanding_empty = w.explanation(NOTHING_OUTSTANDING)
        self.welcome = self._welcome()
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Open session"))
        self.next_button.setAutoDefault(True)
        self.next_button.setToolTip(self.tr("Open the next session in Notes (Enter)"))
        self.next_button.clicked.connect(self._open_next)
        self.glance = TodayGlance()
        self._tallies: list[Tally] = []
        self._build_cards()

        title = w.heading("Today", style.TYPE_PAGE)
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
        scroll.setAccessibleName("Today")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
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
        tr = self.tr
        hero = QGridLayout()
        hero.setHorizontalSpacing(style.SPACE_M)
        hero.setVerticalSpacing(style.SPACE_S)
        hero.addWidget(self.just_ended, 0, 0)
        hero.addWidget(self.write_button, 0, 1)
        hero.addWidget(self.next_label, 1, 0)
        hero.addWidget(self.next_button, 1, 1)
        hero.setColumnStretch(0, 1)
        now = QWidget()
        now.setLayout(hero)
        hero.setContentsMargins(0, 0, 0, 0)
        self.now_card = Card(tr("Now and next"))
        self.now_card.add(now)
        self.glance_card = Card(
            tr("Waiting for you"),
            tr(
                "Nothing is waiting: every session so far has its note and its attendance, "
                "and nothing is due."
            ),
        )
        self.glance_card.add(self.glance)
        self.sessions_card = Card("Today's sessions")
        self.sessions_card.add(self.today_table)
        self.sessions_card.add(self.today_empty)
        self.upcoming_card = Card("The next days")
        self.upcoming_card.add(self.upcoming_table)
        self.upcoming_card.add(self.upcoming_empty)
        self.outstanding_card = Card(tr("Notes and attendance"))
        self.outstanding_card.add(self.outstanding)
        self.outstanding_card.add(self.outstanding_empty)
        self.outstanding_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if self.setup_offer is not None:
            self.setup_card = Card(self.setup_offer.heading.text())
            self.setup_card.adopt(self.setup_offer)
        left: list[QWidget] = [self.now_card, self.sessions_card, self.upcoming_card]
        if self.care is not None:
            self.care_card = Card(tr("Care"))
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
        card = Card(WELCOME)
        self.welcome_text = w.explanation(FIRST_CLIENT)
        self.add_client_button = QPushButton("Add your first client…")
        self.add_client_button.clicked.connect(lambda: self.intent.emit(AddClient()))
        self.book_button = QPushButton("Book a session…")
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
        self.date_label.setText(f"{overview.today:%A} {fmt_date(overview.today)}")
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
        latest = overview.latest_session
        self.write_button.setVisible(latest is not None)
        self.just_ended.setVisible(overview.client_count > 0)  # a new vault: the welcome says
        if latest is None:
            self.just_ended.setText("No session has started yet today.")
        else:
            verb = "Just ended" if latest.end <= overview.now else "Under way"
            who = self._who(latest, names)
            self.just_ended.setText(f"{verb}: {who} {latest.start:%H:%M}")
            self.write_button.setText("Open note" if latest.note_count else "Write note")
        self._fill_next(overview, names)
        self.now_card.setVisible(overview.client_count > 0)
        self._fill_outstanding(overview, names)
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
        if latest is not None:
            self.write_button.setFocus()
        elif self.next_button.isVisibleTo(self) and not self.welcome.isVisibleTo(self):
            self.setFocusProxy(self.next_button)
            self.next_button.setFocus()

    def next_session(self) -> DiaryEntry | None:
        """The next session today that has not started and is still booked."""
        if self.overview is None:
            return None
        now = self.overview.now
        ahead = [
            e
            for e in self.overview.sessions_today
            if e.start > now and e.status is SessionStatus.SCHEDULED
        ]
        return ahead[0] if ahead else None

    def _fill_next(self, overview: TodayOverview, names: dict[int, str]) -> None:
        coming = self.next_session()
        self.next_button.setVisible(coming is not None)
        if coming is None:
            self.next_label.setText(self.tr("Nothing more booked today."))
            return
        minutes = int((coming.start - overview.now).total_seconds() // 60)
        if minutes < 60:
            soon = self.tr("in {n} min").format(n=minutes)
        else:
            soon = self.tr("in {h} h {m:02d}").format(h=minutes // 60, m=minutes % 60)
        self.next_label.setText(
            self.tr("Next: {who} {time} ({soon})").format(
                who=self._who(coming, names), time=f"{coming.start:%H:%M}", soon=soon
            )
        )

    def _count(self, overview: TodayOverview) -> None:
        """Each card's badge, and "Waiting for you" from every card's tallies."""
        self.sessions_card.set_count(len(overview.sessions_today))
        self.upcoming_card.set_count(len(overview.upcoming))
        lists = (overview.without_note, overview.unfinished_notes, overview.attendance_unrecorded)
        self.outstanding_card.set_count(overview.outstanding_count, any(b.more for b in lists))
        tallies = self._outstanding_tallies(overview)
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

    def _outstanding_tallies(self, overview: TodayOverview) -> list[Tally]:
        rows = self._group_rows
        tr = self.tr
        return [
            Tally(tr("Notes to write"), len(overview.without_note.items), self.outstanding,
                  rows.get(NOTE + "-new", -1), overview.without_note.more),
            Tally(tr("Drafts to finalise"), len(overview.unfinished_notes.items),
                  self.outstanding, rows.get(NOTE, -1), overview.unfinished_notes.more),
            Tally(tr("Attendance to record"), len(overview.attendance_unrecorded.items),
                  self.outstanding, rows.get(SESSION, -1), overview.attendance_unrecorded.more),
        ]  # fmt: skip

    def tallies(self) -> list[Tally]:
        """What "Waiting for you" lists, kind by kind (the last reload's)."""
        return list(self._tallies)

    def _fill_welcome(self, overview: TodayOverview) -> None:
        """Until there is a client and a session, Today says what to do next."""
        no_clients = overview.client_count == 0
        self.welcome.setVisible(no_clients or overview.session_count == 0)
        self.welcome_text.setText(FIRST_CLIENT if no_clients else FIRST_SESSION)
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

    def _who(self, entry: DiaryEntry, names: dict[int, str]) -> str:
        name = names.get(entry.client_id)
        return f"{entry.client_code} ({name})" if name else entry.client_code

    def _fill_outstanding(self, overview: TodayOverview, names: dict[int, str]) -> None:
        """The outstanding work in groups, each under a line naming it with its count."""
        self.outstanding.clear()
        self._group_rows: dict[str, int] = {}

        def group(title: str, kind: str, count: int) -> None:
            if not count:
                return
            item = QListWidgetItem(f"{title} ({count})")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen, opens nothing
            item.setFont(style.scaled(self.outstanding.font(), style.TYPE_SMALL, bold=True))
            self.outstanding.addItem(item)
            self._group_rows[kind] = self.outstanding.count()

        def add(text: str, kind: str, record_id: int) -> None:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, (kind, record_id))
            item.setToolTip(text)
            self.outstanding.addItem(item)

        def when(entry: DiaryEntry) -> str:
            return f"{entry.start:%a} {fmt_date(entry.start.date())}, {entry.start:%H:%M}"

        group(self.tr("Notes to write"), NOTE + "-new", len(overview.without_note.items))
        for entry in overview.without_note.items:
            add(
                f"No note yet — {self._who(entry, names)}, {when(entry)}",
                NOTE + "-new",
                entry.session_id,
            )
        group(self.tr("Drafts to finalise"), NOTE, len(overview.unfinished_notes.items))
        for summary in overview.unfinished_notes.items:
            start = summary.session_start
            add(
                f"Not finalised — {summary.client_code}, {start:%a} {fmt_date(start.date())}, "
                f"{start:%H:%M} ({summary.kind.label(self.jurisdiction)} · "
                f"{summary.save_state.label})",
                NOTE,
                summary.id,
            )
        group(self.tr("Attendance to record"), SESSION, len(overview.attendance_unrecorded.items))
        for entry in overview.attendance_unrecorded.items:
            add(
                f"Attendance not recorded — {self._who(entry, names)}, {when(entry)}",
                SESSION,
                entry.session_id,
            )
        lists = (overview.without_note, overview.unfinished_notes, overview.attendance_unrecorded)
        if any(b.more for b in lists):
            self.outstanding.addItem("… and more: the oldest are not listed.")
        empty = self.outstanding.count() == 0
        self.outstanding.setVisible(not empty)
        self.outstanding_empty.setVisible(empty)
        if not empty:
            rows = min(self.outstanding.count(), 14)
            height = sum(
                self.outstanding.sizeHintForRow(r) + 2 * self.outstanding.spacing()
                for r in range(rows)
            )
            self.outstanding.setFixedHeight(height + 4)

    # --- intents -----------------------------------------------------------------------
    def session_in_view(self) -> int | None:
        """Ctrl+N on Today: a note for the session just ended or under way."""
        latest = self.overview.latest_session if self.overview is not None else None
        return latest.session_id if latest is not None else None

    def _open_next(self) -> None:
        coming = self.next_session()
        if coming is not None:
            self.intent.emit(OpenSession(coming.session_id))

    def _write_latest(self) -> None:
        session_id = self.session_in_view()
        if session_id is not None:
            self.intent.emit(OpenSession(session_id, write=True))

    def _outstanding_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ID_ROLE)
        if not data:
            return
        kind, record_id = data
        if kind == NOTE + "-new":
            self.intent.emit(OpenSession(record_id, write=True))
        elif kind == NOTE:
            self.intent.emit(OpenNote(record_id))
        else:
            self.intent.emit(RecordAttendance(record_id))

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
        self.just_ended.clear()
        self.next_label.clear()
        self._tallies = []
        self.glance.show_tallies([])
        for section in self.sections:
            section.clear()  # type: ignore[attr-defined]
        if self.contracts is not None:
            self.contracts.clear()
