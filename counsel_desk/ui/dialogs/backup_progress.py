"""A backup under way: where it goes, how far it has come, then what it made or why it
could not. It does not block: the practitioner can go on writing while it runs, and close
it (the backup goes on) or stop the backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import widgets as w

CHECKING = QT_TRANSLATE_NOOP(
    "dialogs.backup_progress",
    "Checking the backup in a separate process: it is opened with the key slots it holds, "
    "every page and table is checked, and its records are compared with the vault's…",
)


class BackupProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up"))
        self.setModal(False)
        self.heading = w.heading(self.tr("Backing up"), 1.15)
        self.where = w.explanation(self.tr("Into {target}").format(target=target))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.status = w.explanation(self.tr("Copying the vault's encrypted pages…"))
        self.status.setAccessibleName(self.tr("What the backup is doing"))
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop backup"))
        self.stop_button.clicked.connect(self._stop)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.close_button.setDefault(True)
        self.setMinimumWidth(520)
        self.finished_ok: bool | None = None

    def _fit(self) -> None:
        """Grow to show a longer sentence whole (a path, the summary): never cut it off."""
        layout = self.layout()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if done >= total:
            self.bar.setRange(0, 0)  # busy: the check has no steps to count
            self.status.setText(QCoreApplication.translate("dialogs.backup_progress", CHECKING))

    def succeeded(self, summary: str, removed: int) -> None:
        self.finished_ok = True
        self.heading.setText(self.tr("Backed up"))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        text = summary
        if removed:
            removed_text = (
                self.tr(
                    " {removed} older backup of this vault was removed, as your settings keep "
                    "the newest ones."
                )
                if removed == 1
                else self.tr(
                    " {removed} older backups of this vault were removed, as your "
                    "settings keep the newest ones."
                )
            )
            text += removed_text.format(removed=removed)
        self.status.setText(text)
        self.stop_button.hide()
        self._fit()

    def failed(self, message: str) -> None:
        self.finished_ok = False
        self.heading.setText(self.tr("Not backed up"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(message)
        self.stop_button.hide()
        self._fit()

    def _stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()
