"""Choosing a backup folder or a backup file with Qt's own dialog (the desktop's would add
it to its list of recent documents), leaving no folder it visited in Qt's own settings.
Tests replace these two functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.backups import SUFFIX


def _start(start: Path | None) -> str:
    if start is not None and start.is_dir():
        return str(start)
    if start is not None and start.parent.is_dir():
        return str(start.parent)
    return str(Path.home())


def _run(dialog: QFileDialog, start: str) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(start)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        return Path(dialog.selectedFiles()[0]) if accepted else None
    finally:
        dialog.setHistory([])  # a folder's name can be a client's: keep none of them
        dialog.setDirectory(start)
        dialog.deleteLater()


def choose_folder(parent: QWidget, start: Path | None = None) -> Path | None:
    """A folder for backups (a USB drive, another disk); None if cancelled."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("dialogs.backup_files", "Choose the backup folder")
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog, _start(start))


def choose_backup_file(parent: QWidget, start: Path | None = None) -> Path | None:
    """A backup file to rehearse with; None if cancelled."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("dialogs.backup_files", "Choose a backup")
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate(
                "dialogs.backup_files", "Counsel Desk backups (*{SUFFIX})"
            ).format(SUFFIX=SUFFIX),
            QCoreApplication.translate("dialogs.backup_files", "All files (*)"),
        ]
    )
    return _run(dialog, _start(start))
