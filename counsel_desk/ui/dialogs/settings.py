"""Settings: idle locking, names by default, quitting after a long lock, where you practise;
change passphrase; backups (``backup_settings.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.backup_settings import BackupSettings
from counsel_desk.ui.dialogs.passphrase import PassphraseDialog

AUTO_LOCK_OFF = (
    "Turn off automatic locking? Your notes would then stay open on screen, for anyone who "
    "comes to this computer, until you lock it yourself with Ctrl+L or quit."
)

# The wording of process notes (and what the app says about who may see them) follows this.
JURISDICTIONS = ((Jurisdiction.UK, "United Kingdom"), (Jurisdiction.US, "United States"))


def _minutes(maximum: int, off_text: str, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(" min")
    spin.setSpecialValueText(off_text)
    spin.setValue(value)
    return spin


class SettingsDialog(QDialog):
    """On Save, ``preferences`` holds the new choices; the controller saves and applies them."""

    def __init__(
        self,
        prefs: Preferences,
        change_passphrase: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.preferences = prefs
        self._change = change_passphrase
        self.auto_lock = _minutes(240, "Off", prefs.auto_lock_minutes)
        self.auto_lock.setAccessibleName("Lock after idle minutes")
        self.hard_lock = _minutes(24 * 60, "Never", prefs.hard_lock_after_minutes)
        self.hard_lock.setAccessibleName("Quit after locked minutes")
        self.show_names = QCheckBox("Show client names in lists")
        self.show_names.setChecked(prefs.show_names)
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName("Where you practise")
        for value, label in JURISDICTIONS:
            self.jurisdiction.addItem(label, value.value)
        self.jurisdiction.setCurrentIndex(
            max(0, self.jurisdiction.findData(Jurisdiction(prefs.jurisdiction).value))
        )
        self.passphrase_button = QPushButton("Change passphrase…")
        self.passphrase_button.clicked.connect(self._change_passphrase)
        form = QFormLayout()
        form.addRow("Lock when idle for", self.auto_lock)
        form.addRow("Quit when locked for", self.hard_lock)
        form.addRow("", self.show_names)
        form.addRow("Where you practise", self.jurisdiction)
        form.addRow("Passphrase", self.passphrase_button)
        self.backups = BackupSettings(prefs, self)
        self.backups.add_to(form)
        self.save_button = forms.form_dialog(
            self,
            form,
            self._save,
            w.explanation(
                "Locking closes the vault and clears the screen. Quitting after a long lock "
                "also clears what is left in memory."
            ),
            w.explanation(
                "Where you practise sets the name of private notes (process notes in the UK, "
                "psychotherapy notes in the US) and what the app says about who may see them."
            ),
            w.explanation(
                "Backups are encrypted like the vault and open with your passphrase or "
                "recovery key. Keep them on a USB drive or another disk, away from this "
                "computer, so that losing it does not lose your records."
            ),
            stretch=True,
        )

    def _save(self) -> None:
        chosen = replace(
            self.preferences,
            auto_lock_minutes=self.auto_lock.value(),
            hard_lock_after_minutes=self.hard_lock.value(),
            show_names=self.show_names.isChecked(),
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()),
            **self.backups.chosen(),
        ).validated()
        if chosen.auto_lock_minutes == 0 and self.preferences.auto_lock_minutes != 0:
            alerts.ask(
                self,
                AUTO_LOCK_OFF,
                yes="Turn off locking",
                no="Keep locking on",
                on_yes=lambda: self._accept(chosen),
                on_no=self._keep_locking,
            )
            return
        self._accept(chosen)

    def _accept(self, chosen: Preferences) -> None:
        self.preferences = chosen
        self.accept()

    def _keep_locking(self) -> None:
        self.auto_lock.setValue(self.preferences.auto_lock_minutes)
        self.auto_lock.setFocus()

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self._change, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
