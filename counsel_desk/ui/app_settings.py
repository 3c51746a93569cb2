"""The practitioner's preferences while the app runs: read from the preferences file when
first needed (after the first window is painted), changed through the Settings dialog,
saved, and announced with ``changed`` to whatever shows them (the idle lock, the main
window)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from counsel_desk.domain.preferences import Preferences
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.ui.dialogs.practice_setup import PracticeSetupDialog
    from counsel_desk.ui.dialogs.settings import SettingsDialog


log = logging.getLogger(__name__)


class AppSettings(QObject):
    changed = Signal(object)  # the new Preferences, after they were saved
    practice_changed = Signal()  # the practice profile was saved from Settings → Practice

    def __init__(self, parent: QObject | None = None, *, persist: bool = True) -> None:
        """``persist`` False (the demo): the defaults, changed in memory only, so nothing
        done in the demo reaches the practitioner's own preferences file."""
        super().__init__(parent)
        self._prefs: Preferences | None = None
        self.persist = persist

    @property
    def prefs(self) -> Preferences:
        if self._prefs is None:
            from counsel_desk.services import preferences

            self._prefs = preferences.load() if self.persist else preferences.Preferences()
        return self._prefs

    def save(self, prefs: Preferences) -> None:
        """Write ``prefs`` to the preferences file (raises its sentence), unless in the demo."""
        from counsel_desk.services import preferences

        if self.persist:
            preferences.save(prefs)

    def apply(self, prefs: Preferences) -> None:
        """Use ``prefs`` from now on (not saved: ``open_dialog`` saves what it applies)."""
        if prefs == self._prefs:
            return
        self._prefs = prefs
        self.changed.emit(prefs)

    def note(self, prefs: Preferences) -> None:
        """Save and use ``prefs`` changed by the app itself (a hint it has now given): a
        preferences file that cannot be written is logged, not put to the practitioner."""
        from counsel_desk.domain.errors import CounselDeskError

        try:
            self.save(prefs)
        except CounselDeskError as exc:
            log.warning("preferences not saved: %s", exc.message)
        self.apply(prefs)

    def open_dialog(
        self,
        parent: QWidget,
        change_passphrase: Callable[[str, str], None],
        practice: PracticeService | None = None,
    ) -> SettingsDialog:
        """The Settings dialog over ``parent``, non-blocking; on Save the choices are saved
        to the preferences file and applied (the practice profile, with ``practice``, by
        the dialog itself)."""
        from counsel_desk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.prefs, change_passphrase, parent, practice=practice)

        def done(result: int) -> None:
            if result:
                self.save(dialog.preferences)
                self.apply(dialog.preferences)
                if dialog.practice_saved:
                    self.practice_changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_setup(
        self,
        parent: QWidget,
        practice: PracticeService,
        open_demo: Callable[[], bool] | None = None,
    ) -> PracticeSetupDialog:
        """The practice set-up over ``parent``, non-blocking: on Finish the profile is
        already saved (by the dialog), the preferences are saved here and applied."""
        from counsel_desk.ui.dialogs.practice_setup import PracticeSetupDialog

        dialog = PracticeSetupDialog(practice, self.prefs, open_demo, parent)

        def done(result: int) -> None:
            if result:
                self.practice_changed.emit()
                try:
                    self.save(dialog.preferences)
                finally:
                    self.apply(dialog.preferences)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog
