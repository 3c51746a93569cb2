"""The unlock window: passphrase, Unlock, and the way to the recovery key.

It is the first thing people see, so it is built without the ``Qt`` namespace (see
``widgets``): that alone was an eighth of a bare window's start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from counsel_desk import APP_NAME
from counsel_desk.ui import widgets as w

LOCKED_TITLE = f"{APP_NAME} — Locked"


class UnlockWindow(w.Discardable, QWidget):
    unlock_requested = Signal(object)  # the passphrase as UTF-8 in a bytearray; see _submit
    forgot_requested = Signal()
    close_requested = Signal()

    def __init__(
        self, folder_text: str, demo_passphrase: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(LOCKED_TITLE)
        self.passphrase = w.password_field("Passphrase")
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.forgot_button = w.LinkButton("Forgot passphrase?")
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.error = w.ErrorLine()
        self.busy = w.BusyLine("Opening your vault…")
        self.demo_hint = w.plain_label()
        if demo_passphrase:
            self.demo_hint.setText(f"Demo vault — passphrase: {demo_passphrase}")
            w.set_qt_enum(self.demo_hint, "textInteractionFlags", "TextSelectableByMouse")
            self.passphrase.setText(demo_passphrase)
            self.passphrase.selectAll()  # Enter opens it; typing it out replaces it
        self.demo_hint.setVisible(bool(demo_passphrase))
        folder = w.plain_label(f"Vault folder: {folder_text}")
        folder.setWordWrap(True)
        folder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        entry = QHBoxLayout()
        entry.addWidget(self.passphrase, 1)
        entry.addWidget(self.unlock_button)
        forgot = QHBoxLayout()
        forgot.addWidget(self.busy, 1)
        forgot.addStretch()
        forgot.addWidget(self.forgot_button)
        form = QWidget()
        form.setFixedWidth(w.FORM_WIDTH)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(w.SPACING)
        column.addWidget(w.heading(APP_NAME, 1.8))
        column.addWidget(w.explanation("The vault is locked. Enter your passphrase to open it."))
        column.addWidget(self.demo_hint)
        column.addSpacing(w.SPACING // 2)
        column.addLayout(entry)
        column.addWidget(self.error)
        column.addLayout(forgot)
        column.addSpacing(w.SPACING)
        column.addWidget(folder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        centred = QHBoxLayout()  # not an alignment flag: that would break word wrapping
        centred.addStretch()
        centred.addWidget(form)
        centred.addStretch()
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.resize(600, 420)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if not self.passphrase.text():
            self.error.show_message("Type your passphrase, then choose Unlock.")
            return
        self.error.clear()
        from counsel_desk.ui.secret_text import take_secret

        # The passphrase leaves the field as a bytearray the worker zeroes, and the field is
        # emptied at once, with its undo history: see docs/ARCHITECTURE.md, "Secrets".
        self.unlock_requested.emit(take_secret(self.passphrase))

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.forgot_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def show_error(self, message: str) -> None:
        """The attempt failed: say why, clear the field and put the cursor back in it."""
        self.set_busy(False)
        self.error.show_message(message)
        self.passphrase.setText("")  # unlike clear(), also empties the undo history
        self.passphrase.setFocus()

    def discard(self) -> None:
        self.passphrase.setText("")
        self._close_for_good()

    def _close_asked(self) -> None:
        self.close_requested.emit()
