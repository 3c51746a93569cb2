"""Today's backup reminder: shown only when the last verified backup is older than the
interval chosen in Settings, when there is none, or when the backup folder is missing,
with the button that backs up now. Its words come from ``BackupService.reminder``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from counsel_desk.ui import widgets as w
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.intents import BackUpNow
from counsel_desk.ui.views.today_section import Tally

if TYPE_CHECKING:
    from counsel_desk.services.backups import BackupService


class BackupReminder(QFrame):
    intent = Signal(object)
    place = "top"  # where Today puts it: under the date

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Backups"))
        self.text = w.explanation("")
        self.text.setAccessibleName(self.tr("Backup reminder"))
        self.button = QPushButton(self.tr("Back up now"))
        self.button.setToolTip(self.tr("Back up the vault into the backup folder"))
        self.button.clicked.connect(lambda: self.intent.emit(BackUpNow()))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
        column.setSpacing(w.SPACING // 2)
        self.heading = w.heading(self.tr("Backups"), 1.05)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(row)
        self.hide()

    def reload(self) -> None:
        said = self._backups.reminder()
        text = shown_text(said) if said is not None else ""
        self.text.setText(text)
        self.setVisible(bool(text))

    def tallies(self) -> list[Tally]:
        """A backup due (none made, too old, or the folder missing), or nothing."""
        due = 1 if self.text.text() else 0
        return [Tally(self.tr("Backup due"), due, self.button)]

    def clear(self) -> None:
        self.text.setText("")
        self.hide()
