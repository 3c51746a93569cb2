"""First run: choose a passphrase, then see the recovery key once, print it, confirm it."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import long_date

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

INTRO = QT_TRANSLATE_NOOP(
    "dialogs.create_vault",
    "Counsel Desk keeps your records in an encrypted vault on this computer. Choose a "
    "passphrase to lock it: a short sentence only you would think of is easier to remember "
    "and harder to guess than a password.",
)
RECOVERY_EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.create_vault",
    "If you ever forget your passphrase, this recovery key is the way back into your "
    "records: we cannot open the vault for you. It is shown only this once. Print it or "
    "write it down, and keep it somewhere safe away from this computer. Whoever holds it "
    "can open the vault, so it is also how someone you trust can reach your clients if you "
    "cannot: lodge a sealed copy with your clinical executor or a solicitor.",
)
GROUPS_PER_LINE = 4


def key_lines(key: str) -> list[str]:
    """The recovery key as lines of space-separated groups, for reading aloud or copying."""
    groups = key.split("-")
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def recovery_key_document(key: str) -> QTextDocument:
    """One printed sheet: the key in large monospace groups and what it is for."""
    lines = "\n".join(html.escape(line) for line in key_lines(key))
    doc = QTextDocument()
    doc.setHtml(
        QCoreApplication.translate(
            "dialogs.create_vault",
            "<h1>{APP_NAME} — recovery key</h1><p>Printed {today}.</p><pre "
            "style='font-size: 20pt; font-weight: bold'>{lines}</pre><p>Keep this sheet "
            "somewhere safe, away from "
            "the computer. If you forget your passphrase, choose <b>Forgot "
            "passphrase?</b> on the unlock screen and type this key to choose "
            "a new one.</p><p>Whoever holds this key can open the vault. So "
            "that someone you trust can reach your clients if you die or "
            "cannot work, lodge a sealed copy of this sheet with your "
            "clinical executor or a solicitor, with a note of where the vault "
            "is kept.</p>",
        ).format(APP_NAME=APP_NAME, today=long_date(dt.date.today()), lines=lines)
    )
    return doc


NO_PRINTER = QT_TRANSLATE_NOOP(
    "dialogs.create_vault",
    "No printer is set up on this computer, so the recovery key can only be saved as a PDF "
    "file. That file is not encrypted: anyone who finds it could use the key to open your "
    "vault. Save it only to print it on another computer, then delete it; or write the key "
    "down by hand instead.",
)
SAVED_AS_PDF = QT_TRANSLATE_NOOP(
    "dialogs.create_vault",
    "Saved as {path}. This file is not encrypted: print it, then delete it, and empty the bin.",
)
SENT = QT_TRANSLATE_NOOP("dialogs.create_vault", "Sent to the printer.")


def printers() -> tuple[list[str], str]:
    """The printers set up on this computer, and the default one ("" if none): a seam the
    tests replace."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.availablePrinterNames(), QPrinterInfo.defaultPrinterName()


def choose_printer(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog; True if the person chose Print. A seam the tests replace."""
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def print_recovery_key(parent: QWidget, key: str) -> tuple[str, bool] | None:
    """Print the key on one sheet on a real printer when there is one. With none, Qt's only
    choice is a PDF file, so say first that it would not be encrypted. Returns the sentence
    saying where it went and whether that is a warning (a file), or None if nothing was
    printed."""
    from PySide6.QtPrintSupport import QPrinter

    from counsel_desk.ui import alerts

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{APP_NAME} recovery key")
    names, default = printers()
    if not names:
        if not alerts.confirm(
            parent,
            QCoreApplication.translate("dialogs.create_vault", NO_PRINTER),
            yes=QCoreApplication.translate("dialogs.create_vault", "Save as PDF…"),
        ):
            return None
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    elif printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        printer.setPrinterName(default or names[0])  # a real printer first, never a file
    if not choose_printer(printer, parent):
        return None
    recovery_key_document(key).print_(printer)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        saved = QCoreApplication.translate("dialogs.create_vault", SAVED_AS_PDF)
        return saved.format(path=printer.outputFileName()), True
    return QCoreApplication.translate("dialogs.create_vault", SENT), False


class KeySheet(QWidget):
    """A recovery key as it is shown, once: the key in large fixed type, Print… with where
    the printout went (a file is a warning: it is not encrypted), and "I have stored it
    safely" (``stored``, placed by the dialog, which decides what it unlocks). Used by
    creating a vault, making a new recovery key and importing into a new vault."""

    def __init__(self, accessible_name: str, *, scale: float = 1.7) -> None:
        super().__init__()
        self._key = ""
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * scale)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(accessible_name)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.key_label.setAutoFillBackground(True)
        self.key_label.setMargin(w.SPACING * 2)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self._print)
        self.printed = QLabel()
        self.file_warning = w.ErrorLine()  # printed to an unencrypted file instead
        self.stored = QCheckBox(self.tr("I have stored it safely"))
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.printed, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.key_label)
        layout.addLayout(print_row)
        layout.addWidget(self.file_warning)

    def show_key(self, key: str) -> None:
        self._key = key
        lines = key_lines(key)
        width = max(len(line) for line in lines)  # a centred block, its lines left-aligned
        self.key_label.setText("\n".join(line.ljust(width) for line in lines))

    def forget(self) -> None:
        self._key = ""
        self.key_label.clear()

    def _print(self) -> None:
        if not self._key:
            return
        outcome = print_recovery_key(self.window(), self._key)
        if outcome is None:
            return
        sentence, is_file = outcome
        self.printed.setText("" if is_file else sentence)
        self.file_warning.show_message(sentence if is_file else "")


class CreateVaultWindow(w.Discardable, QWidget):
    """Two pages: the passphrase form, then the recovery key. The controller does the work."""

    create_requested = Signal(str)
    continue_requested = Signal()
    close_requested = Signal()

    def __init__(self, folder_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page(folder_text))
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.addWidget(self.pages)
        self.resize(640, 480)

    # --- page 1 ------------------------------------------------------------------------
    def _passphrase_page(self, folder_text: str) -> QWidget:
        page = QWidget()
        self.fields = forms.NewPassphraseFields(parent=page)
        self.error = w.ErrorLine()
        self.busy = w.BusyLine(self.tr("Creating your vault — this takes a moment…"))
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        self.fields.second.returnPressed.connect(self._submit)
        self.fields.changed.connect(self.error.clear)
        folder = QLabel(self.tr("Vault folder: {folder_text}").format(folder_text=folder_text))
        folder.setWordWrap(True)
        folder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("Create your vault")))
        layout.addWidget(w.explanation(QCoreApplication.translate("dialogs.create_vault", INTRO)))
        layout.addSpacing(w.SPACING // 2)
        form = QFormLayout()
        self.fields.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(folder)
        layout.addLayout(buttons)
        return page

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        if not self.fields.accepted_or_explained(self.error):
            return
        self.error.clear()
        self.create_requested.emit(self.fields.passphrase())

    def set_busy(self, busy: bool) -> None:
        self.fields.set_enabled(not busy)
        self.create_button.setEnabled(not busy)
        self.busy.setVisible(busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.show_message(message)

    # --- page 2 ------------------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.sheet = KeySheet(self.tr("Recovery key"))
        self.key_label, self.print_button = self.sheet.key_label, self.sheet.print_button
        self.printed, self.file_warning = self.sheet.printed, self.sheet.file_warning
        self.stored = self.sheet.stored
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.continue_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stored)
        buttons.addStretch()
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.heading(self.tr("Your recovery key")))
        layout.addWidget(
            w.explanation(QCoreApplication.translate("dialogs.create_vault", RECOVERY_EXPLAINED))
        )
        layout.addSpacing(w.SPACING // 2)
        layout.addWidget(self.sheet)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def show_recovery_key(self, key: str) -> None:
        self.fields.clear()
        self.set_busy(False)
        self.sheet.show_key(key)
        self.pages.setCurrentIndex(1)
        self.print_button.setFocus()

    @property
    def showing_key(self) -> bool:
        return self.pages.currentIndex() == 1

    def forget_key(self) -> None:
        self.sheet.forget()

    def discard(self) -> None:
        """Close and delete for good (the controller's way out; the user's goes through it)."""
        self.forget_key()
        self._close_for_good()

    def _close_asked(self) -> None:
        self.close_requested.emit()
