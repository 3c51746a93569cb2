"""Today's offer to set up the practice, while it is not done (the set-up was put off with
Later and Settings → Practice has no name yet). Its data is ``PracticeService.needs_setup``;
the button asks the main window for the set-up (``FinishSetup``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from counsel_desk.ui import widgets as w
from counsel_desk.ui.intents import FinishSetup

if TYPE_CHECKING:
    from counsel_desk.services.practice import PracticeService

TITLE = QT_TRANSLATE_NOOP("views.today_setup", "Your practice is not set up yet")
OFFER = QT_TRANSLATE_NOOP(
    "views.today_setup",
    "Your name and registration, where you practise, your usual session length, fee and "
    "notice, and when to lock: a minute now, and contracts and sessions start the way you "
    "work. Until then the usual defaults apply.",
)


class TodaySetup(QFrame):
    intent = Signal(object)

    def __init__(self, practice: PracticeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._practice = practice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button = QPushButton(self.tr("Set up your practice…"))
        self.button.clicked.connect(lambda: self.intent.emit(FinishSetup()))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
        column.setSpacing(w.SPACING)
        self.heading = w.heading(QCoreApplication.translate("views.today_setup", TITLE), 1.05)
        column.addWidget(self.heading)
        column.addWidget(w.explanation(QCoreApplication.translate("views.today_setup", OFFER)))
        column.addLayout(row)
        self.hide()

    def reload(self) -> bool:
        """Shown while the set-up is not done; True if shown."""
        offered = self._practice.needs_setup()
        self.setVisible(offered)
        return offered
