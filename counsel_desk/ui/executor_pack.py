"""Writing the executor pack (Clients → Write executor pack…): ask where, warn that the PDF
is not encrypted and lists clients' names and contact details, write it whole through
``render`` (readable by its owner only), recorded in the audit trail just before the file
takes its name. Tests replace ``choose_pack_path`` with a plain function."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.document import ExportFormat
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.services.executor import FILE_NAME, NOT_ENCRYPTED
from counsel_desk.ui import alerts
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.services.executor import ExecutorService

SAVED = QT_TRANSLATE_NOOP(
    "executor_pack",
    "Saved “{name}” in {folder}. It is not encrypted: print it, give it to your clinical "
    "executor in a sealed envelope, then delete the file and empty the bin.",
)


def choose_pack_path(parent: QWidget) -> Path | None:
    """Ask where to save the pack (a PDF); None if the practitioner cancels."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("executor_pack", "Save the executor pack")
    )
    # Qt's own dialog: the desktop's would add the file to its list of recent documents.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([QCoreApplication.translate("executor_pack", "PDF (*.pdf)")])
    dialog.setDefaultSuffix("pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if Path(documents).is_dir() else str(Path.home())
    dialog.setDirectory(folder)
    dialog.selectFile(f"{FILE_NAME}.pdf")
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        return Path(dialog.selectedFiles()[0]) if accepted else None
    finally:
        dialog.setHistory([])  # leave Qt no folder a client could be named by
        dialog.setDirectory(folder)
        dialog.deleteLater()


def write_executor_pack(parent: QWidget, executor: ExecutorService) -> Path | None:
    """Ask, warn, write; the path written, or None if nothing was."""
    from counsel_desk.render.export import save_document

    path = choose_pack_path(parent)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(f"{path.name}.pdf")
    if not alerts.confirm(
        parent,
        QCoreApplication.translate("services.executor", NOT_ENCRYPTED),
        QCoreApplication.translate("executor_pack", "Write the executor pack"),
    ):
        return None
    try:
        pack = executor.pack()
        written = save_document(
            pack.document,
            path,
            ExportFormat.PDF,
            record=lambda: executor.record_written(pack.clients),
        )
    except CounselDeskError as exc:
        alerts.error(parent, error_text(exc))
        return None
    alerts.info(
        parent,
        QCoreApplication.translate("executor_pack", SAVED).format(
            name=written.name, folder=written.parent
        ),
    )
    return written
