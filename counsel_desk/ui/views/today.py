"""Today: the home view after unlocking. The session that just ended comes first, with its
note one keypress away (Enter); then today's and the next days' sessions, and what is
outstanding. Lists show codes (names only while names are shown) and never note text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
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
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import client_name, fmt_date
from counsel_desk.ui.intents import AddClient, BookSession, OpenNote, OpenSession, RecordAttendance
from counsel_desk.ui.models.diary import DiaryModel
from counsel_desk.ui.models.rows import ID_ROLE
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.today_contracts import TodayContracts
from counsel_desk.ui.views.today_section import TodaySection
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
        self._show_names = show_names
        self.jurisdiction = Jurisdiction.UK
        self.overview: TodayOverview | None = None
        self.date_label = QLabel()
        self.just_ended = w.heading("", 1.15)
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

        hero = QGridLayout()
        hero.addWidget(self.just_ended, 0, 0)
        hero.addWidget(self.write_button, 0, 1)
        hero.setColumnStretch(0, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, w.SPACING, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading("Today", 1.3))
        layout.addWidget(self.date_label)
        if self.setup_offer is not None:  # the practice set-up, while it is not done
            self.setup_offer.intent.connect(self.intent)
            layout.addWidget(self.setup_offer)
        self._place_sections(layout, "top")
        layout.addWidget(self.welcome)
        layout.addLayout(hero)
        if care is not None:
            layout.addWidget(care)
        for title, table, empty in (
            ("Today's sessions", self.today_table, self.today_empty),
            ("The next days", self.upcoming_table, self.upcoming_empty),
        ):
            layout.addWidget(w.heading(title, 1.05))
            layout.addWidget(table)
            layout.addWidget(empty)
        if self.contracts is not None:  # reviews due, cancellations at short notice
            self.contracts.intent.connect(self.intent)
            layout.addWidget(self.contracts)
        self._layout, self._sections_at = layout, layout.count()  # add_section's go here
        layout.addWidget(w.heading("Outstanding", 1.05))
        layout.addWidget(self.outstanding, 1)
        layout.addWidget(self.outstanding_empty, 1)  # one of the two shows: it takes the room
        self._place_sections(layout, "bottom")
        self.outstanding_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setAccessibleName("Today")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.write_button)

    def add_section(self, section: TodaySection) -> None:
        """A feature's own section (``today_section.py``), above Outstanding, in the order
        added; reloaded with Today, its intents passed on."""
        added = sum(isinstance(s, TodaySection) for s in self.sections)
        self._layout.insertWidget(self._sections_at + added, section)
        self.sections.append(section)
        section.intent.connect(self.intent)

    def _place_sections(self, layout: QVBoxLayout, place: str) -> None:
        for section in self.sections:
            if getattr(section, "place", "bottom") == place:
                layout.addWidget(section)
                section.intent.connect(self.intent)  # type: ignore[attr-defined]

    def _welcome(self) -> QFrame:
        """What a new vault shows first: where to begin, and the button to do it."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.welcome_text = w.explanation(FIRST_CLIENT)
        self.add_client_button = QPushButton("Add your first client…")
        self.add_client_button.clicked.connect(lambda: self.intent.emit(AddClient()))
        self.book_button = QPushButton("Book a session…")
        self.book_button.clicked.connect(lambda: self.intent.emit(BookSession()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_client_button)
        buttons.addWidget(self.book_button)
        buttons.addStretch()
        column = QVBoxLayout(frame)
        column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
        column.setSpacing(w.SPACING)
        column.addWidget(w.heading(WELCOME, 1.1))
        column.addWidget(self.welcome_text)
        column.addLayout(buttons)
        frame.hide()
        return frame

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
        if latest is not None:
            self.write_button.setFocus()

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
        self.outstanding.clear()

        def add(text: str, kind: str, record_id: int) -> None:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, (kind, record_id))
            self.outstanding.addItem(item)

        def when(entry: DiaryEntry) -> str:
            return f"{entry.start:%a} {fmt_date(entry.start.date())}, {entry.start:%H:%M}"

        for entry in overview.without_note.items:
            add(
                f"No note yet — {self._who(entry, names)}, {when(entry)}",
                NOTE + "-new",
                entry.session_id,
            )
        for summary in overview.unfinished_notes.items:
            start = summary.session_start
            add(
                f"Not finalised — {summary.client_code}, {start:%a} {fmt_date(start.date())}, "
                f"{start:%H:%M} ({summary.kind.label(self.jurisdiction)} · "
                f"{summary.save_state.label})",
                NOTE,
                summary.id,
            )
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

    # --- intents -----------------------------------------------------------------------
    def session_in_view(self) -> int | None:
        """Ctrl+N on Today: a note for the session just ended or under way."""
        latest = self.overview.latest_session if self.overview is not None else None
        return latest.session_id if latest is not None else None

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
        for section in self.sections:
            section.clear()  # type: ignore[attr-defined]
        if self.contracts is not None:
            self.contracts.clear()
