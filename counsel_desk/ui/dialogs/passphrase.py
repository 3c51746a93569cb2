"""Change the passphrase: the current one, then the new one twice."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, forms, workers
from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import error_text


class PassphraseDialog(QDialog):
    """Runs ``change(old, new)`` off the UI thread; its refusal is shown as its sentence."""

    def __init__(
        self, change: Callable[[bytearray, bytearray], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._change = change
        self.current = w.password_field()
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = forms.NewPassphraseFields(self.tr("New passphrase"), self)
        self.error = w.ErrorLine()
        self.busy = w.BusyLine(self.tr("Changing your passphrase…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self.error.clear)
        self.current.textEdited.connect(self.error.clear)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        # Only once inside the dialog: before, Qt ignores it and makes Cancel the default.
        self.change_button.setDefault(True)
        self.setMinimumWidth(520)

    def _submit(self) -> None:
        if not self.change_button.isEnabled():
            return
        if not self.current.text():
            self.error.show_message(self.tr("Type your current passphrase."))
            self.current.setFocus()
            return
        if not self.fields.accepted_or_explained(self.error):
            return
        from counsel_desk.ui.secret_text import copy_secret

        old, new = copy_secret(self.current), copy_secret(self.fields.first)
        self._set_busy(True)
        workers.run(lambda: self._change_then_zero(old, new), self._done, self._failed)

    def _change_then_zero(self, old: bytearray, new: bytearray) -> None:
        from counsel_desk.hardening import zero

        try:
            self._change(old, new)
        finally:
            zero(old)
            zero(new)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.change_button):
            widget.setEnabled(not busy)
        self.fields.set_enabled(not busy)
        self.busy.setVisible(busy)

    def _done(self, _result: object) -> None:
        if not shiboken6.isValid(self):  # locked meanwhile
            return
        parent = self.parentWidget()
        self.accept()
        alerts.info(
            parent, self.tr("Your passphrase has been changed. Use the new one from now on.")
        )

    def _failed(self, exc: CounselDeskError) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.error.show_message(error_text(exc))
        self.current.setText("")  # with its undo history
        self.current.setFocus()

    def reject(self) -> None:
        if self.change_button.isEnabled():  # not while the worker runs
            super().reject()

    def done(self, result: int) -> None:
        """However it closes, the passphrases typed into it go first (with undo histories)."""
        from counsel_desk.ui.secret_text import clear_secret

        for field in (self.current, self.fields.first, self.fields.second):
            clear_secret(field)
        super().done(result)
