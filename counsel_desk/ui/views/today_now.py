"""Today's "Now and next": the session under way or just ended, with its note one keypress
away (Enter on "Write note"), and the next session today with the button that opens it.
Its data is Today's overview; the client by code (the name too while names are shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import style
from counsel_desk.ui import widgets as w
from counsel_desk.ui.intents import OpenSession
from counsel_desk.ui.views.today_outstanding import who

if TYPE_CHECKING:
    from counsel_desk.domain.attendance import DiaryEntry
    from counsel_desk.services.today import TodayOverview


def next_today(overview: TodayOverview) -> DiaryEntry | None:
    """The next session today that has not started and is still booked."""
    ahead = [
        e
        for e in overview.sessions_today
        if e.start > overview.now and e.status is SessionStatus.SCHEDULED
    ]
    return ahead[0] if ahead else None


class TodayNow(QWidget):
    intent = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: TodayOverview | None = None
        self.just_ended = w.heading("", style.TYPE_HERO)
        self.just_ended.setTextFormat(Qt.TextFormat.PlainText)
        self.write_button = QPushButton(self.tr("Write note"))
        self.write_button.setDefault(True)
        self.write_button.setAutoDefault(True)
        self.write_button.setToolTip(self.tr("Open this session's note (Enter)"))
        self.write_button.clicked.connect(self._write_latest)
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Open session"))
        self.next_button.setAutoDefault(True)
        self.next_button.setToolTip(self.tr("Open the next session in Notes (Enter)"))
        self.next_button.clicked.connect(self._open_next)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(style.SPACE_M)
        grid.setVerticalSpacing(style.SPACE_S)
        grid.addWidget(self.just_ended, 0, 0)
        grid.addWidget(self.write_button, 0, 1)
        grid.addWidget(self.next_label, 1, 0)
        grid.addWidget(self.next_button, 1, 1)
        grid.setColumnStretch(0, 1)

    def fill(self, overview: TodayOverview, names: dict[int, str]) -> None:
        self.overview = overview
        latest = overview.latest_session
        self.write_button.setVisible(latest is not None)
        self.just_ended.setVisible(overview.client_count > 0)  # a new vault: the welcome says
        if latest is None:
            self.just_ended.setText(self.tr("No session has started yet today."))
        else:
            said = (
                self.tr("Just ended: {who} {time}")
                if latest.end <= overview.now
                else self.tr("Under way: {who} {time}")
            )
            self.just_ended.setText(
                said.format(who=who(latest, names), time=f"{latest.start:%H:%M}")
            )
            self.write_button.setText(
                self.tr("Open note") if latest.note_count else self.tr("Write note")
            )
        coming = next_today(overview)
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
                who=who(coming, names), time=f"{coming.start:%H:%M}", soon=soon
            )
        )

    def clear(self) -> None:
        self.overview = None
        self.just_ended.clear()
        self.next_label.clear()

    def _write_latest(self) -> None:
        latest = self.overview.latest_session if self.overview is not None else None
        if latest is not None:
            self.intent.emit(OpenSession(latest.session_id, write=True))

    def _open_next(self) -> None:
        coming = next_today(self.overview) if self.overview is not None else None
        if coming is not None:
            self.intent.emit(OpenSession(coming.session_id))
