"""The unlock window: passphrase, Unlock, and the way to the recovery key; a Show toggle, a
Caps Lock warning and Quit (Ctrl+Q).

It is the first thing people see, so it is built without the ``Qt`` namespace (see
``widgets``): that alone was an eighth of a bare window's start-up. What needs the namespace
(the Shift key, for the Caps Lock guess) loads it on the first key press.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME
from counsel_desk.ui import widgets as w

LOCKED_TITLE = f"{APP_NAME} — Locked"  # as shown untranslated (tests compare with it)


def locked_title() -> str:
    return QCoreApplication.translate("dialogs.unlock", "{app} — Locked").format(app=APP_NAME)


CAPS_LOCK_ON = QT_TRANSLATE_NOOP("dialogs.unlock", "Caps Lock is on.")
EMPTY = QT_TRANSLATE_NOOP("dialogs.unlock", "Type your passphrase, then choose Unlock.")
# Shown, the text is still secret: no prediction, no learning, no auto-capitals.
SHOWN_HINTS = "ImhSensitiveData|ImhNoPredictiveText|ImhNoAutoUppercase"


def caps_lock_guess(typed: str, shift: bool) -> bool | None:
    """Qt cannot ask the keyboard, so guess from a typed letter: a capital without Shift, or
    a small letter with it, means Caps Lock is on. None when the key tells nothing (digits,
    punctuation, letters without case)."""
    if typed.isupper():
        return not shift
    if typed.islower():
        return shift
    return None


class UnlockWindow(w.Discardable, QWidget):
    unlock_requested = Signal(object)  # the passphrase as UTF-8 in a bytearray; see _submit
    forgot_requested = Signal()
    close_requested = Signal()

    def __init__(
        self, folder_text: str, demo_passphrase: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(locked_title())
        self.passphrase = w.password_field(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        # Key presses, not textEdited/textChanged: those hand Python the whole passphrase on
        # every keystroke, as strings nobody can wipe (docs/ARCHITECTURE.md, "Secrets").
        self.passphrase.installEventFilter(self)
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._show_passphrase)
        self.caps_warning = w.ErrorLine()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.forgot_button = w.LinkButton(self.tr("Forgot passphrase?"))
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setToolTip(self.tr("Quit Counsel Desk (Ctrl+Q)"))
        self.quit_button.clicked.connect(self.close_requested)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])  # setShortcut loads the Qt enums
        quit_action.triggered.connect(self.close_requested)
        self.addAction(quit_action)
        self.error = w.ErrorLine()
        self.busy = w.BusyLine(self.tr("Opening your vault…"))
        self.demo_hint = w.plain_label()
        if demo_passphrase:
            self.demo_hint.setText(
                self.tr("Demo vault — passphrase: {demo_passphrase}").format(
                    demo_passphrase=demo_passphrase
                )
            )
            w.set_qt_enum(self.demo_hint, "textInteractionFlags", "TextSelectableByMouse")
            self.passphrase.setText(demo_passphrase)
            self.passphrase.selectAll()  # Enter opens it; typing it out replaces it
        self.demo_hint.setVisible(bool(demo_passphrase))
        folder = w.plain_label(
            self.tr("Vault folder: {folder_text}").format(folder_text=folder_text)
        )
        folder.setWordWrap(True)
        folder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        entry = QHBoxLayout()
        entry.addWidget(self.passphrase, 1)
        entry.addWidget(self.unlock_button)
        options = QHBoxLayout()
        options.addWidget(self.show_box)
        options.addStretch()
        options.addWidget(self.forgot_button)
        bottom = QHBoxLayout()
        bottom.addWidget(folder, 1)
        bottom.addWidget(self.quit_button)
        form = QWidget()
        form.setFixedWidth(w.FORM_WIDTH)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(w.SPACING)
        column.addWidget(w.heading(APP_NAME, 1.8))
        column.addWidget(
            w.explanation(self.tr("The vault is locked. Enter your passphrase to open it."))
        )
        column.addWidget(self.demo_hint)
        column.addSpacing(w.SPACING // 2)
        column.addLayout(entry)
        column.addLayout(options)
        column.addWidget(self.caps_warning)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addSpacing(w.SPACING)
        column.addLayout(bottom)
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
        from counsel_desk.ui.secret_text import secret_length, take_secret

        if not secret_length(self.passphrase):
            self.error.show_message(QCoreApplication.translate("dialogs.unlock", EMPTY))
            return
        self.error.clear()

        # The passphrase leaves the field as a bytearray the worker zeroes, and the field is
        # emptied at once, with its undo history: see docs/ARCHITECTURE.md, "Secrets".
        self.unlock_requested.emit(take_secret(self.passphrase))

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)  # Password mode sets the secret hints itself
        if shown:
            w.set_qt_enum(self.passphrase, "inputMethodHints", SHOWN_HINTS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passphrase and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # after the first paint: see the module's docstring

            if event.type() == QEvent.Type.KeyPress:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._typed(event.text(), shift)
        return False

    def _typed(self, typed: str, shift: bool) -> None:
        """One key typed (its own character only): update the Caps Lock guess."""
        if not typed.isprintable() or len(typed) != 1:
            return
        if self.error.text() == QCoreApplication.translate("dialogs.unlock", EMPTY):
            self.error.clear()  # the field is no longer empty
        guess = caps_lock_guess(typed, shift)
        if guess is not None:
            self.caps_warning.show_message(
                QCoreApplication.translate("dialogs.unlock", CAPS_LOCK_ON) if guess else ""
            )

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.forgot_button, self.show_box):
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
