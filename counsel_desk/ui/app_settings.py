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
    from counsel_desk.ui.dialogs.settings import SettingsDialog


log = logging.getLogger(__name__)


class AppSettings(QObject):
    changed = Signal(object)  # the new Preferences, after they were saved
    practice_changed = Signal()  # the practice profile was saved from Settings → Practice

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefs: Preferences | None = None

    @property
    def prefs(self) -> Preferences:
        if self._prefs is None:
            from counsel_desk.services import preferences

            self._prefs = preferences.load()
        return self._prefs

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
        from counsel_desk.services import preferences

        try:
            preferences.save(prefs)
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
                from counsel_desk.services import preferences

                preferences.save(dialog.preferences)
                self.apply(dialog.preferences)
                if dialog.practice_saved:
                    self.practice_changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog
