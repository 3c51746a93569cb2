"""The open export and import in the app (File menu): export everything to an open JSON
file, and import such a file into a new vault.

The export warns that the file is not encrypted before asking where, then runs on a worker
(``ExportRun.run`` on a read connection of its own) while the practitioner goes on writing;
back on this, the UI thread, the export is recorded and the file takes its name
(``ExportRun.finish``). The import checks the file, asks for the new vault's folder and
passphrase, makes it on a worker and shows its recovery key (``ui/dialogs/open_import.py``);
the new vault opens in a window of its own, beside this one. Both can be stopped, leaving
nothing behind; locking stops them (``open_runner.cancel_running``).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts
from counsel_desk.ui import window_menus as menus
from counsel_desk.ui.i18n import error_text
from counsel_desk.ui.open_runner import ProgressJob

if TYPE_CHECKING:
    from counsel_desk.services.open_export import CancelToken, ExportRun, OpenExportService
    from counsel_desk.ui.dialogs.open_import import ImportVaultDialog
    from counsel_desk.ui.dialogs.open_progress import ExportProgressDialog

QT_DIALOG = QFileDialog.Option.DontUseNativeDialog  # the desktop's would list it as recent


def vault_command(folder: Path) -> list[str]:
    """This very program opening the vault in ``folder``: the bundle's executable, or this
    Python with the package (a checkout or a pip install)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--vault", str(folder)]
    return [sys.executable, "-m", "counsel_desk", "--vault", str(folder)]


def open_vault_window(folder: Path) -> bool:
    """Start Counsel Desk on ``folder`` beside this window; False if it could not start."""
    program, *arguments = vault_command(folder)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def _documents() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if Path(documents).is_dir() else str(Path.home())


def choose_new_vault_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("OpenFiles", "Choose where the new vault goes"),
        _documents(),
        QFileDialog.Option.ShowDirsOnly | QT_DIALOG,
    )
    return Path(chosen) if chosen else None


class OpenFiles(QObject):
    """File → Export everything… and File → Import an export…; ``kdf`` for tests."""

    def __init__(
        self,
        window: QWidget,
        exports: Callable[[], OpenExportService],
        flush: Callable[[], None],
        is_open: Callable[[], bool],
        kdf: Any = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._exports = exports
        self._flush = flush
        self._is_open = is_open
        self.kdf = kdf
        self.export_action = menus.action(window, self.tr("&Export everything to an open file…"))
        self.export_action.triggered.connect(self.export_everything)
        self.import_action = menus.action(window, self.tr("&Import an export into a new vault…"))
        self.import_action.triggered.connect(self.import_file)
        self.export_dialog: ExportProgressDialog | None = None
        self.import_dialog: ImportVaultDialog | None = None
        self._export_job: ProgressJob | None = None

    def menu_items(self) -> list[Any]:
        return [self.export_action, self.import_action]

    # --- export --------------------------------------------------------------------------
    def export_everything(self) -> None:
        if self._export_job is not None and self._export_job.running:
            if self.export_dialog is not None and shiboken6.isValid(self.export_dialog):
                self.export_dialog.show()
                self.export_dialog.raise_()
            return
        alerts.ask(
            self._window,
            self.tr(
                "The export is one JSON file holding everything in the vault: every client's "
                "name and details, every note, the audit trail. It is not encrypted: anyone "
                "who can open the file can read it all. Choose a place only you can reach "
                "(not a shared or synced folder), and delete the file when you no longer "
                "need it."
            ),
            yes=self.tr("Choose where…"),
            no=self.tr("Cancel"),
            on_yes=self._choose_export_file,
        )

    def _choose_export_file(self) -> None:
        suggested = Path(_documents()) / f"counsel-desk-export-{dt.date.today():%Y-%m-%d}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export everything to an open file"),
            str(suggested),
            self.tr("Open export (*.json)"),
            "",
            QT_DIALOG,
        )
        if not chosen or not self._is_open():  # cancelled, or locked while asking
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(f"{path.name}.json")
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export to ``path`` on a worker, with its progress dialog."""
        from counsel_desk.ui.dialogs.open_progress import ExportProgressDialog

        self._flush()  # what is being typed goes into the export too
        try:
            run = self._exports().prepare(path)
        except CounselDeskError as exc:
            alerts.error(self._window, error_text(exc))
            return
        dialog = self.export_dialog = ExportProgressDialog(run.path, self._window)
        job = self._export_job = ProgressJob(
            lambda report: run.run(report),
            run.cancel,
            self,
            abandon=lambda _result: run.discard(),  # a temp file nobody will name: removed
        )
        dialog.cancel_requested.connect(job.cancel)
        job.progress.connect(lambda values: self._exporting(dialog, values))
        job.done.connect(lambda _none: self._exported(run, dialog))
        job.failed.connect(lambda exc: self._not_exported(run, dialog, exc))
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        job.start()

    def _exporting(self, dialog: ExportProgressDialog, values: tuple[int, int]) -> None:
        if shiboken6.isValid(dialog):
            dialog.set_progress(*values)

    def _exported(self, run: ExportRun, dialog: ExportProgressDialog) -> None:
        try:
            path = run.finish()  # recorded in the audit trail, then given its name
        except CounselDeskError as exc:
            self._not_exported(run, dialog, exc)
            return
        if shiboken6.isValid(dialog):
            dialog.succeeded(
                self.tr(
                    "Exported the whole vault to {path}. The file is not encrypted: keep it "
                    "somewhere only you can reach, and delete it when you no longer need it."
                ).format(path=path)
            )

    def _not_exported(
        self, run: ExportRun, dialog: ExportProgressDialog, exc: CounselDeskError
    ) -> None:
        run.discard()
        if shiboken6.isValid(dialog):
            dialog.failed(error_text(exc))

    # --- import --------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.import_dialog is not None and shiboken6.isValid(self.import_dialog):
            self.import_dialog.show()
            self.import_dialog.raise_()
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Choose an export to import"),
            _documents(),
            self.tr("Open export (*.json);;Any file (*)"),
            "",
            QT_DIALOG,
        )
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, source: Path) -> ImportVaultDialog:
        from counsel_desk.services.open_export import check_import, import_vault
        from counsel_desk.ui.dialogs.open_import import ImportVaultDialog

        kdf = self.kdf

        def check(path: Path, report: Any, token: CancelToken) -> dict[str, int]:
            return check_import(path, report, token)

        def make(
            path: Path, folder: Path, passphrase: bytearray, report: Any, token: CancelToken
        ) -> Any:
            return import_vault(path, folder, passphrase, kdf=kdf, progress=report, cancel=token)

        dialog = self.import_dialog = ImportVaultDialog(
            source,
            check,
            make,
            choose_new_vault_folder,
            lambda folder: open_vault_window(folder),
            self._window,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        dialog.start()
        return dialog
