"""A restore drill: choose a backup, type the passphrase or the recovery key that was valid
when it was made, and Counsel Desk restores it into a private temporary folder, checks
everything, says what it holds and throws the copy away. The drill goes in the audit trail.
Nothing else is touched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w

EXPLAINED = QT_TRANSLATE_NOOP(
    "dialogs.drill",
    "A drill proves that a backup can be restored: on a new computer after a loss, you "
    "would need only the backup and your passphrase or recovery key. The backup is restored "
    "into a private temporary folder, checked, counted and thrown away; your vault is not "
    "touched.",
)


class DrillDialog(QDialog):
    """``run_requested(path, secret)`` asks the owner to run the drill; it answers with
    ``show_result`` or ``show_error``."""

    run_requested = Signal(object, str)

    def __init__(
        self,
        backup: Path | None,
        choose: Callable[[QWidget, Path | None], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore drill"))
        self._choose = choose
        self.path: Path | None = backup
        self.file = QLineEdit(str(backup) if backup else "")
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Backup file"))
        self.file.setPlaceholderText(self.tr("Choose a backup file"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        self.secret = w.password_field(self.tr("Passphrase or recovery key"))
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        form = QFormLayout()
        form.addRow(self.tr("Backup"), row)
        form.addRow(self.tr("Passphrase or recovery key"), self.secret)
        self.busy = w.explanation("")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("What the drill found"))
        self.results.hide()
        self.summary = w.explanation("")
        self.summary.hide()
        self.error = w.ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = QPushButton(self.tr("Run drill"))
        self.run_button.clicked.connect(self._run)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(w.explanation(QCoreApplication.translate("dialogs.drill", EXPLAINED)))
        layout.addLayout(form)
        for widget in (self.busy, self.results, self.summary, self.error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.run_button.setDefault(True)  # once inside the dialog, or Qt picks Close
        self.setMinimumWidth(540)

    def _pick(self) -> None:
        chosen = self._choose(self, self.path)
        if chosen is not None:
            self.path = chosen
            self.file.setText(str(chosen))

    def _run(self) -> None:
        if self.path is None:
            self.error.show_message(self.tr("Choose the backup file to rehearse with first."))
            return
        if not self.secret.text():
            self.error.show_message(self.tr("Type the passphrase or the recovery key."))
            self.secret.setFocus()
            return
        self.error.clear()
        self.set_busy(True)
        secret = self.secret.text()
        self.secret.setText("")
        self.run_requested.emit(self.path, secret)

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        self.busy.setText(self.tr("Restoring into a private folder and checking…") if busy else "")

    def show_result(self, lines: list[str], summary: str) -> None:
        self.set_busy(False)
        self.results.clear()
        self.results.addItems(lines)
        self.results.show()
        self.summary.setText(summary)
        self.summary.show()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.show_message(message)
        self.secret.setFocus()
