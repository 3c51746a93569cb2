"""Settings: idle locking, names by default, quitting after a long lock, how long copied
text stays on the clipboard, where you practise; change passphrase; backups
(``backup_settings.py``). With the vault open, a Practice page too: your details as
contracts quote them, and the default terms (``ui/practice_page.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.preferences import CLIPBOARD_MAX_S, Jurisdiction, Look, Preferences
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.backup_settings import BackupSettings
from counsel_desk.ui.dialogs.passphrase import PassphraseDialog
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.services.practice import PracticeService
    from counsel_desk.ui.practice_page import PracticePage

AUTO_LOCK_OFF = QT_TRANSLATE_NOOP(
    "dialogs.settings",
    "Turn off automatic locking? Your notes would then stay open on screen, for anyone who "
    "comes to this computer, until you lock it yourself with Ctrl+L or quit.",
)

# The wording of process notes (and what the app says about who may see them) follows this.
JURISDICTIONS = (
    (Jurisdiction.UK, QT_TRANSLATE_NOOP("dialogs.settings", "United Kingdom")),
    (Jurisdiction.US, QT_TRANSLATE_NOOP("dialogs.settings", "United States")),
    (Jurisdiction.OTHER, QT_TRANSLATE_NOOP("dialogs.settings", "Elsewhere")),
)


def _duration(maximum: int, off_text: str, value: int, suffix: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix or QCoreApplication.translate("dialogs.settings", " min"))
    spin.setSpecialValueText(off_text)
    spin.setValue(value)
    return spin


class SettingsDialog(QDialog):
    """On Save, ``preferences`` holds the new choices; the controller saves and applies them."""

    new_recovery_key_requested = Signal()  # Settings has closed: the app makes it

    def __init__(
        self,
        prefs: Preferences,
        change_passphrase: Callable[[str, str], None],
        parent: QWidget | None = None,
        practice: PracticeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.preferences = prefs
        self._change = change_passphrase
        self._practice = practice
        self.practice_saved = False
        self.auto_lock = _duration(240, self.tr("Off"), prefs.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.hard_lock = _duration(24 * 60, self.tr("Never"), prefs.hard_lock_after_minutes)
        self.hard_lock.setAccessibleName(self.tr("Quit after locked minutes"))
        self.clipboard = _duration(
            CLIPBOARD_MAX_S, self.tr("Locking"), prefs.clipboard_clear_seconds, suffix=self.tr(" s")
        )
        self.clipboard.setSingleStep(10)
        self.clipboard.setAccessibleName(self.tr("Clear copied text after seconds"))
        self.show_names = QCheckBox(self.tr("Show client names in lists"))
        self.show_names.setChecked(prefs.show_names)
        # as wide as its words, so a click beside them is not taken for one on them
        self.show_names.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(self.tr("Where you practise"))
        for value, label in JURISDICTIONS:
            shown = QCoreApplication.translate("dialogs.settings", label)
            self.jurisdiction.addItem(shown, value.value)
        self.jurisdiction.setCurrentIndex(
            max(0, self.jurisdiction.findData(Jurisdiction(prefs.jurisdiction).value))
        )
        self.look = QComboBox()
        self.look.setAccessibleName(self.tr("Light or dark"))
        for value, label in (
            (Look.SYSTEM, self.tr("As the system is set")),
            (Look.LIGHT, self.tr("Light")),
            (Look.DARK, self.tr("Dark")),
        ):
            self.look.addItem(label, value.value)
        self.look.setCurrentIndex(max(0, self.look.findData(Look(prefs.look).value)))
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.passphrase_button.clicked.connect(self._change_passphrase)
        self.new_key_button = QPushButton(self.tr("Make a new recovery key…"))
        self.new_key_button.clicked.connect(self._new_recovery_key)
        form = QFormLayout()
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("Quit when locked for"), self.hard_lock)
        form.addRow(self.tr("Clear copied text after"), self.clipboard)
        form.addRow("", self.show_names)
        form.addRow(self.tr("Where you practise"), self.jurisdiction)
        form.addRow(self.tr("Colours"), self.look)
        form.addRow(self.tr("Passphrase"), self.passphrase_button)
        form.addRow(self.tr("Recovery key"), self.new_key_button)
        self.backups = BackupSettings(prefs, self)
        self.backups.add_to(form)
        general = QWidget()
        column = QVBoxLayout(general)
        column.setSpacing(w.SPACING)
        column.addLayout(form)
        column.addWidget(
            w.explanation(
                self.tr(
                    "Locking closes the vault and clears the screen. Quitting after a long lock "
                    "also clears what is left in memory. Text you copy leaves the clipboard after "
                    "the time set here, and always when Counsel Desk locks or quits."
                )
            )
        )
        column.addWidget(
            w.explanation(
                self.tr(
                    "Where you practise sets the name of private notes (process notes in the UK, "
                    "psychotherapy notes in the US) and what the app says about who may see them."
                )
            )
        )
        column.addWidget(
            w.explanation(
                self.tr(
                    "Backups are encrypted like the vault and open with your passphrase or "
                    "recovery key. Keep them on a USB drive or another disk, away from this "
                    "computer, so that losing it does not lose your records."
                )
            )
        )
        column.addStretch()
        self.practice_page: PracticePage | None = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        self.tabs: QTabWidget | None = None
        if practice is None:
            column.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(general, 1)
            self.setMinimumWidth(440)
        else:
            from counsel_desk.ui.practice_page import PracticePage

            column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
            self.practice_page = PracticePage(practice.get(), policy=practice.retention_policy())
            self.tabs = QTabWidget()
            self.tabs.addTab(general, self.tr("General"))
            self.tabs.addTab(self.practice_page, self.tr("Practice"))
            layout.addWidget(self.tabs, 1)
            self.resize(620, 680)
        layout.addWidget(buttons)

    def show_practice(self) -> None:
        """Open at the Practice page (from the contract tab, say)."""
        if self.tabs is not None:
            self.tabs.setCurrentIndex(1)

    def _save(self) -> None:
        chosen = replace(
            self.preferences,
            auto_lock_minutes=self.auto_lock.value(),
            hard_lock_after_minutes=self.hard_lock.value(),
            show_names=self.show_names.isChecked(),
            clipboard_clear_seconds=self.clipboard.value(),
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
            look=Look(self.look.currentData()),
            **self.backups.chosen(),
        ).validated()
        if chosen.auto_lock_minutes == 0 and self.preferences.auto_lock_minutes != 0:
            alerts.ask(
                self,
                QCoreApplication.translate("dialogs.settings", AUTO_LOCK_OFF),
                yes=self.tr("Turn off locking"),
                no=self.tr("Keep locking on"),
                on_yes=lambda: self._accept(chosen),
                on_no=self._keep_locking,
            )
            return
        self._accept(chosen)

    def _accept(self, chosen: Preferences) -> None:
        """Keep the practice's details first: a refusal is said on its page, and nothing
        is saved until it is put right."""
        page = self.practice_page
        if page is not None and self._practice is not None and page.changed():
            try:
                self._practice.save(page.profile())
            except CounselDeskError as exc:
                page.error.show_message(error_text(exc))
                self.show_practice()
                return
            page.error.clear()
            self.practice_saved = True
        self.preferences = chosen
        self.accept()

    def _keep_locking(self) -> None:
        self.auto_lock.setValue(self.preferences.auto_lock_minutes)
        self.auto_lock.setFocus()

    def _new_recovery_key(self) -> None:
        """The app makes it (``ui/new_recovery_key.py``): Settings closes first, as Cancel."""
        self.reject()
        self.new_recovery_key_requested.emit()

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self._change, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
