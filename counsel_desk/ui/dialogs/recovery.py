"""Forgotten passphrase: the recovery key, then a new passphrase twice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.recovery",
    "Type the recovery key from the sheet you printed or wrote down when you created the "
    "vault, then choose a new passphrase. Your records are not changed; only the passphrase "
    "that opens them is.",
)


class RecoveryDialog(QDialog):
    """Emits ``recover_requested(key, new_passphrase)``, the new passphrase as UTF-8 in a
    bytearray the controller zeroes; the controller does the work."""

    recover_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover with your recovery key"))
        self.key = QLineEdit()
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-…"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.fields = forms.NewPassphraseFields(self.tr("New passphrase"), self)
        self.error = w.ErrorLine()
        self.busy = w.BusyLine(self.tr("Setting your new passphrase…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("Set passphrase and open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.key.textChanged.connect(self.error.clear)
        self.fields.changed.connect(self.error.clear)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key)
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.explanation(QCoreApplication.translate("dialogs.recovery", EXPLAINED)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        # Only once inside the dialog: before, Qt ignores it and makes Cancel the default.
        self.open_button.setDefault(True)
        self.setMinimumWidth(560)

    def _submit(self) -> None:
        if not self.open_button.isEnabled():
            return
        if not self.key.text().strip():
            self.error.show_message(self.tr("Type your recovery key."))
            self.key.setFocus()
            return
        if not self.fields.accepted_or_explained(self.error):
            return
        from counsel_desk.ui.secret_text import copy_secret

        self.recover_requested.emit(self.key.text(), copy_secret(self.fields.first))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.key, self.open_button):
            widget.setEnabled(not busy)
        self.fields.set_enabled(not busy)
        self.busy.setVisible(busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.show_message(message)
        self.key.setFocus()

    def reject(self) -> None:
        if self.open_button.isEnabled():  # not while the worker runs
            super().reject()

    def done(self, result: int) -> None:
        """However it closes, the secrets typed into it go first (with undo histories)."""
        from counsel_desk.ui.secret_text import clear_secret

        for field in (self.key, self.fields.first, self.fields.second):
            clear_secret(field)
        super().done(result)
