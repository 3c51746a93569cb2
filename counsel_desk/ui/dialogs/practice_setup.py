"""Setting up the practice, after the vault is made (and from Today while it is not done):
a few short steps (``ui/setup_pages.py``), each changeable later in Settings. **Later**
keeps every default and writes nothing; **Finish** saves the practice profile through its
service (one unit of work, audited) and hands the preferences to the caller to save.

The first step offers the demo, a practice of invented clients, to look around first: it
opens in a window of its own (``ui/demo_launch.py``), and this set-up waits here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.preferences import Preferences
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs import backup_files
from counsel_desk.ui.i18n import error_text
from counsel_desk.ui.setup_pages import SETUP_PAGES, BackupPage, SetupPage

if TYPE_CHECKING:
    from counsel_desk.domain.practice import PracticeProfile
    from counsel_desk.services.practice import PracticeService

TITLE = QT_TRANSLATE_NOOP("dialogs.practice_setup", "Set up your practice")
WELCOME = QT_TRANSLATE_NOOP(
    "dialogs.practice_setup",
    "A few details about your practice, so that contracts, sessions and locking start the "
    "way you work. It takes a minute, and you can change any of it later in Settings. "
    "Choose Later to keep the usual defaults for now: Today will offer this again.",
)
DEMO_OFFER = QT_TRANSLATE_NOOP(
    "dialogs.practice_setup",
    "Would you rather look around first? The demo is a practice of invented clients, in a "
    "window of its own, marked as the demo; nothing you do there reaches your vault.",
)
DEMO_NOT_OPENED = QT_TRANSLATE_NOOP(
    "dialogs.practice_setup", "The demo could not be opened. Try again, or run counsel-desk --demo."
)


class PracticeSetupDialog(QDialog):
    """``preferences`` holds the chosen preferences once accepted (for the caller to
    save); the profile is saved here, so a refusal is said on its step."""

    def __init__(
        self,
        practice: PracticeService,
        prefs: Preferences,
        open_demo: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("dialogs.practice_setup", TITLE)
        self.setWindowTitle(f"{APP_NAME} — {title.lower()}")
        self._practice = practice
        self._open_demo = open_demo
        self.preferences = prefs
        profile = practice.get()
        self.pages: list[SetupPage] = [make() for make in SETUP_PAGES]
        self.stack = QStackedWidget()
        for page in self.pages:
            page.load(profile, prefs)
            self.stack.addWidget(page)
            if isinstance(page, BackupPage):
                page.choose.clicked.connect(lambda _c=False, p=page: self._choose_folder(p))
        self.step = QLabel()
        self.step.setAccessibleName(self.tr("Step"))
        self.error = w.ErrorLine()
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Keep the defaults for now; Today offers this again"))
        self.later_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        for button in (self.later_button, self.back_button):
            button.setAutoDefault(False)
        self.demo_button = QPushButton(self.tr("Look around the demo first…"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self._demo)
        self.demo_button.setVisible(open_demo is not None)
        self.demo_said = w.explanation("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        self.welcome = QWidget()
        intro = QVBoxLayout(self.welcome)
        intro.setContentsMargins(0, 0, 0, 0)
        intro.setSpacing(w.SPACING)
        intro.addWidget(
            w.explanation(QCoreApplication.translate("dialogs.practice_setup", WELCOME))
        )
        if open_demo is not None:
            intro.addWidget(
                w.explanation(QCoreApplication.translate("dialogs.practice_setup", DEMO_OFFER))
            )
            demo_row = QHBoxLayout()
            demo_row.addWidget(self.demo_button)
            demo_row.addWidget(self.demo_said, 1)
            intro.addLayout(demo_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(QCoreApplication.translate("dialogs.practice_setup", TITLE)))
        layout.addWidget(self.welcome)
        layout.addWidget(self.step)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(560, 520)
        self._show(0)

    # --- moving between steps ----------------------------------------------------------
    def _show(self, index: int) -> None:
        self.pages[index].follow(*self.answers())
        self.stack.setCurrentIndex(index)
        last = index == len(self.pages) - 1
        self.step.setText(
            self.tr("Step {step} of {count}").format(step=index + 1, count=len(self.pages))
        )
        self.welcome.setVisible(index == 0)
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.error.clear()
        first = self.pages[index].first()
        first.setFocus()
        if isinstance(first, QAbstractSpinBox):
            first.selectAll()  # typed over, as a number is changed

    def _go(self, delta: int) -> None:
        self._show(max(0, min(self.stack.currentIndex() + delta, len(self.pages) - 1)))

    def _next(self) -> None:
        problem = self.pages[self.stack.currentIndex()].problem()
        if problem:
            self.error.show_message(problem)  # the step is not left until it is put right
            return
        if self.stack.currentIndex() < len(self.pages) - 1:
            self._go(1)
        else:
            self._finish()

    # --- what the answers make ---------------------------------------------------------
    def answers(self) -> tuple[PracticeProfile, Preferences]:
        """The practice profile and the preferences with every step's answers."""
        profile, prefs = self._practice.get(), self.preferences
        for page in self.pages:
            profile, prefs = page.apply(profile, prefs)
        return profile, prefs

    def _finish(self) -> None:
        profile, prefs = self.answers()
        try:
            self._practice.finish_setup(profile)
        except CounselDeskError as exc:
            self.error.show_message(error_text(exc))
            return
        self.preferences = prefs
        self.accept()

    def _choose_folder(self, page: BackupPage) -> None:
        current = page.chosen()
        picked = backup_files.choose_folder(self, Path(current) if current else None)
        if picked is not None:
            page.set_folder(picked)

    def _demo(self) -> None:
        opened = self._open_demo is not None and self._open_demo()
        self.demo_said.setText(
            self.tr("The demo is opening in its own window.")
            if opened
            else QCoreApplication.translate("dialogs.practice_setup", DEMO_NOT_OPENED)
        )
