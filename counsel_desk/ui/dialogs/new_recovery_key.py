"""Making a new recovery key: the passphrase, then the re-encryption, then the new key shown
once exactly as after creating a vault (printed on one sheet, closed only after "I have
stored it safely").

The dialog does no work of its own: it asks (``make_requested``) and shows what it is told
(``ui/new_recovery_key.py`` runs the re-encryption and puts the main window away meanwhile).
It has no parent, so that putting the main window away does not close it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.create_vault import KeySheet

ASK, WORKING, KEY = range(3)


class NewRecoveryKeyDialog(QDialog):
    """``make_requested(bytearray)`` carries the passphrase (the receiver zeroes it); then
    ``set_working``, and ``show_key`` or ``show_error``."""

    make_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a new recovery key"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.addWidget(self.pages)
        # Only once inside the dialog: before, Qt ignores it and makes Cancel the default.
        self.make_button.setDefault(True)
        self.resize(640, 500)

    # --- 1: the passphrase -----------------------------------------------------------------
    def _ask_page(self) -> QWidget:
        page = QWidget()
        self.passphrase = w.password_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.textEdited.connect(lambda _t: self.error.clear())
        self.error = w.ErrorLine()
        self.checking = w.BusyLine(self.tr("Checking your passphrase…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(
            self.tr("Make a new key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("Make a new recovery key")))
        layout.addWidget(
            w.explanation(
                self.tr(
                    "A new recovery key replaces the one you have now, for example if the "
                    "printed sheet is lost. Counsel Desk re-encrypts the whole vault under a "
                    "new key; on a large vault this takes a few seconds, and your records are "
                    "put away meanwhile. Your passphrase stays the same."
                )
            )
        )
        layout.addWidget(
            w.explanation(
                self.tr(
                    "The old recovery key stops working for this vault. Backups made before "
                    "keep opening with the passphrase or recovery key that was valid when "
                    "each was made."
                )
            )
        )
        layout.addSpacing(w.SPACING // 2)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(self.checking)
        layout.addWidget(buttons)
        return page

    def _submit(self) -> None:
        if not self.make_button.isEnabled():
            return
        if not self.passphrase.text():
            self.error.show_message(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        from counsel_desk.ui.secret_text import take_secret

        self.error.clear()
        self._set_checking(True)
        self.make_requested.emit(take_secret(self.passphrase))

    def _set_checking(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.make_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.checking.setVisible(busy)

    def show_error(self, message: str) -> None:
        """Back to the passphrase, saying why nothing was changed."""
        from counsel_desk.ui.secret_text import clear_secret

        clear_secret(self.passphrase)
        self._set_checking(False)
        self.pages.setCurrentIndex(ASK)
        self.error.show_message(message)
        self.passphrase.setFocus()

    # --- 2: the re-encryption --------------------------------------------------------------
    def _working_page(self) -> QWidget:
        page = QWidget()
        self.working = w.BusyLine(self.tr("Re-encrypting your vault…"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("Re-encrypting your vault")))
        layout.addWidget(
            w.explanation(
                self.tr(
                    "Every record is being copied into a vault locked with a new key, then "
                    "checked. Your records come back as soon as it is done. Please wait."
                )
            )
        )
        layout.addStretch()
        layout.addWidget(self.working)
        layout.addStretch()
        return page

    def set_working(self) -> None:
        self.pages.setCurrentIndex(WORKING)
        self.working.setVisible(True)

    # --- 3: the new key --------------------------------------------------------------------
    def _key_page(self) -> QWidget:
        page = QWidget()
        self.sheet = KeySheet(self.tr("New recovery key"))
        self.key_label, self.print_button = self.sheet.key_label, self.sheet.print_button
        self.printed, self.file_warning = self.sheet.printed, self.sheet.file_warning
        self.print_button.setAutoDefault(False)
        self.stored = self.sheet.stored
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.stored.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self._close_stored)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stored)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("Your new recovery key")))
        layout.addWidget(
            w.explanation(
                self.tr(
                    "The vault is re-encrypted, and this key replaces the old one, which no "
                    "longer opens it. If you ever forget your passphrase, this key is the way "
                    "back into your records. It is shown only this once: print it or write it "
                    "down and keep it somewhere safe away from this computer. Destroy the old "
                    "sheet, and replace any sealed copy you lodged with your clinical executor "
                    "or a solicitor."
                )
            )
        )
        layout.addSpacing(w.SPACING // 2)
        layout.addWidget(self.sheet)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def show_key(self, key: str) -> None:
        self.sheet.show_key(key)
        self.pages.setCurrentIndex(KEY)
        self.close_button.setDefault(True)
        self.print_button.setFocus()

    @property
    def showing_key(self) -> bool:
        return self.pages.currentIndex() == KEY

    @property
    def key_unconfirmed(self) -> bool:
        """The new key is on screen and not yet confirmed stored."""
        return self.showing_key and not self.stored.isChecked()

    def _close_stored(self) -> None:
        if self.stored.isChecked():
            self.accept()

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape or the title bar's close: only while asking. Not during the work, and not
        while the new key is shown unconfirmed (it is shown only now)."""
        if self.pages.currentIndex() == ASK and self.cancel_button.isEnabled():
            super().reject()

    def close_now(self) -> None:
        """Closed whatever the page (a lock or quitting): the key and the passphrase go."""
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        """However it closes, the passphrase and the key go first (the field's undo too)."""
        from counsel_desk.ui.secret_text import clear_secret

        clear_secret(self.passphrase)
        self.sheet.forget()
        super().done(result)
