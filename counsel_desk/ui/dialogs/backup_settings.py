"""The backup rows of Settings: the backup folder (a USB drive, another disk), backing up
on quitting and daily, how many of this vault's backups the folder keeps, and when Today
reminds. Only a folder path and numbers: nothing about any client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.preferences import MAX_KEEP, MAX_REMIND_DAYS, Preferences
from counsel_desk.ui.dialogs import backup_files


class BackupSettings:
    def __init__(self, prefs: Preferences, parent: QWidget) -> None:
        self._parent = parent
        self.folder = QLineEdit(prefs.backup_folder)
        self.folder.setAccessibleName(QCoreApplication.translate("BackupSettings", "Backup folder"))
        self.folder.setPlaceholderText(
            QCoreApplication.translate("BackupSettings", "A folder on a USB drive or another disk")
        )
        self.choose = QPushButton(QCoreApplication.translate("BackupSettings", "Choose…"))
        self.choose.setAccessibleName(
            QCoreApplication.translate("BackupSettings", "Choose the backup folder")
        )
        self.choose.clicked.connect(self._pick)
        self.row = QHBoxLayout()
        self.row.addWidget(self.folder, 1)
        self.row.addWidget(self.choose)
        self.on_quit = QCheckBox(
            QCoreApplication.translate("BackupSettings", "Back up when quitting")
        )
        self.on_quit.setChecked(prefs.backup_on_quit)
        self.daily = QCheckBox(
            QCoreApplication.translate(
                "BackupSettings", "Back up once a day while the vault is open"
            )
        )
        self.daily.setChecked(prefs.backup_daily)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(prefs.backup_keep)
        self.keep.setSuffix(QCoreApplication.translate("BackupSettings", " newest backups"))
        self.keep.setAccessibleName(QCoreApplication.translate("BackupSettings", "Backups to keep"))
        self.remind = QSpinBox()
        self.remind.setRange(0, MAX_REMIND_DAYS)
        self.remind.setValue(prefs.backup_remind_days)
        self.remind.setSuffix(QCoreApplication.translate("BackupSettings", " days"))
        self.remind.setSpecialValueText(QCoreApplication.translate("BackupSettings", "Never"))
        self.remind.setAccessibleName(
            QCoreApplication.translate(
                "BackupSettings", "Remind when the last backup is older than"
            )
        )

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("BackupSettings", "Backup folder"), self.row)
        form.addRow("", self.on_quit)
        form.addRow("", self.daily)
        form.addRow(QCoreApplication.translate("BackupSettings", "Keep"), self.keep)
        form.addRow(QCoreApplication.translate("BackupSettings", "Remind after"), self.remind)

    def _pick(self) -> None:
        current = self.folder.text().strip()
        chosen = backup_files.choose_folder(self._parent, Path(current) if current else None)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def chosen(self) -> dict[str, Any]:
        return {
            "backup_folder": self.folder.text().strip(),
            "backup_on_quit": self.on_quit.isChecked(),
            "backup_daily": self.daily.isChecked(),
            "backup_keep": self.keep.value(),
            "backup_remind_days": self.remind.value(),
        }
