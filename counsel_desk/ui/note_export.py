"""Printing a note and saving it as PDF, HTML or Markdown: the GUI's door out of the vault.

Each export asks where (a save dialog, or the print dialog), warns once that the copy will
not be encrypted (for printing, only when the printer writes a file), writes through
``render`` (whole or not at all, readable by its owner only) and is recorded in the vault's
audit log just before the file takes its name or the pages reach the printer. Tests replace
``choose_save_path`` and ``choose_printer`` with plain functions, as they do the alerts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import alerts
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from counsel_desk.services.exports import ExportService

FILTERS = {
    "PDF (*.pdf)": "pdf",
    "Web page (*.html *.htm)": "html",
    "Markdown (*.md)": "md",
}
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "note_export",
    "This copy of the note will not be encrypted: anyone who can open {where} can read "
    "it. Keep it somewhere safe, and delete it when you no longer need it.",
)


def choose_save_path(parent: QWidget, suggested: str, title: str | None = None) -> Path | None:
    """Ask where to save; the extension (from the name or the chosen type) sets the format."""
    if title is None:
        title = QCoreApplication.translate("note_export", "Save a copy of the note")
    dialog = QFileDialog(parent, title)
    # Qt's own dialog: the desktop's would add the file to its list of recent documents.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(FILTERS))
    dialog.setDefaultSuffix("pdf")
    dialog.filterSelected.connect(lambda name: dialog.setDefaultSuffix(FILTERS.get(name, "pdf")))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if Path(documents).is_dir() else str(Path.home())
    dialog.setDirectory(folder)
    dialog.selectFile(f"{suggested}.pdf")
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        return Path(dialog.selectedFiles()[0]) if accepted else None
    finally:
        # Qt's dialog keeps the folders it visited in QtProject.conf when it closes: leave
        # it only the one it started in, since a folder's name can be a client's.
        dialog.setHistory([])
        dialog.setDirectory(folder)
        dialog.deleteLater()


def choose_printer(parent: QWidget, title: str | None = None) -> QPrinter | None:
    """Ask which printer (or PDF file) and how; None if the practitioner cancels."""
    if title is None:
        title = QCoreApplication.translate("note_export", "Print note")
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class NoteExporter:
    """Print or save the note with a given id, asking, warning and recording as it goes."""

    def __init__(
        self,
        parent: QWidget,
        exports: Callable[[], ExportService],
        is_open: Callable[[], bool],
        jurisdiction: Callable[[], Jurisdiction],
    ) -> None:
        self._parent = parent
        self._exports = exports
        self._is_open = is_open
        self._jurisdiction = jurisdiction

    def save(self, note_id: int) -> Path | None:
        """Ask where, warn, write. The path written, or None if nothing was."""
        from counsel_desk.render.export import save_document

        try:
            suggested = self._exports().suggested_file_name(note_id, self._jurisdiction())
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        path = choose_save_path(self._parent, suggested)
        if path is None or not self._is_open():  # cancelled, or locked while asking
            return None
        try:
            fmt = ExportFormat.from_path(path)
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        if not self._warned(
            QCoreApplication.translate("NoteExporter", "the folder {parent}").format(
                parent=path.parent
            ),
            QCoreApplication.translate("NoteExporter", "Save unencrypted copy"),
        ):
            return None
        service = self._exports()
        try:
            document = service.note_document(
                note_id, printed_at=dt.datetime.now(), jurisdiction=self._jurisdiction()
            )
            written = save_document(
                document, path, fmt, record=lambda: service.record_saved(note_id, fmt, str(path))
            )
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None
        alerts.info(
            self._parent,
            QCoreApplication.translate("NoteExporter", "Saved “{name}” in {parent}.").format(
                name=written.name, parent=written.parent
            ),
        )
        return written

    def print(self, note_id: int) -> str | None:
        """Ask which printer, warn if it writes a file, print. Where it went, or None."""
        from counsel_desk.render.errors import PrintFileUnnamed
        from counsel_desk.render.pdf import print_document, writes_to_file

        printer = choose_printer(self._parent)
        if printer is None or not self._is_open():
            return None
        to_file = writes_to_file(printer)
        if to_file and not printer.outputFileName():
            alerts.error(self._parent, error_text(PrintFileUnnamed()))
            return None
        if to_file:
            folder = Path(printer.outputFileName()).parent
            if not self._warned(
                QCoreApplication.translate("NoteExporter", "the folder {folder}").format(
                    folder=folder
                ),
                QCoreApplication.translate("NoteExporter", "Print to unencrypted file"),
            ):
                return None
        service = self._exports()

        def record() -> None:
            if to_file:
                service.record_saved(note_id, ExportFormat.PDF, printer.outputFileName())
            else:
                service.record_printed(note_id, printer.printerName() or "the printer")

        try:
            document = service.note_document(
                note_id, printed_at=dt.datetime.now(), jurisdiction=self._jurisdiction()
            )
            return print_document(document, printer, record=record)
        except CounselDeskError as exc:
            alerts.error(self._parent, error_text(exc))
            return None

    def _warned(self, where: str, yes: str) -> bool:
        """The one warning per export; False if the practitioner (or a lock) says no."""
        return alerts.confirm(
            self._parent,
            QCoreApplication.translate("note_export", NOT_ENCRYPTED).format(where=where),
            yes,
        ) and (self._is_open())
