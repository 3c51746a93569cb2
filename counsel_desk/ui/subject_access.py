"""Records → Subject access bundle…: for the client whose page is open (or who is chosen in
Clients), ask which folder, warn that the files are not encrypted and may hold other
people's information, read the records, lay the PDF's pages out on a worker while a busy
window shows, then write the PDF and the JSON into a new folder there (whole or not at all,
recorded in the audit trail) and say where it went. Locked meanwhile: nothing is written.
Tests replace ``choose_bundle_folder`` with a plain function, as they do the alerts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, workers
from counsel_desk.ui import window_menus as menus
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.services.subject_access import Bundle, SubjectAccessService


def choose_bundle_folder(parent: QWidget) -> Path | None:
    """Ask which folder to make the bundle's folder in; None if the practitioner cancels."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("SubjectAccess", "Where to make the subject access bundle"),
    )
    # Qt's own dialog: the desktop's would add the folder to its list of recent places.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept,
        QCoreApplication.translate("SubjectAccess", "Make the bundle here"),
    )
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if Path(documents).is_dir() else str(Path.home())
    dialog.setDirectory(folder)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
        return Path(dialog.selectedFiles()[0]) if accepted else None
    finally:
        dialog.setHistory([])  # leave Qt no folder a client could be named by
        dialog.setDirectory(folder)
        dialog.deleteLater()


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A small window that says what is being done while the pages are laid out on a
    worker (no cancel: the folder appears whole or not at all)."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SubjectAccess", "Subject access bundle"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(
        QCoreApplication.translate("SubjectAccess", "Writing the subject access bundle")
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class SubjectAccessAction(QObject):
    """The menu's action and what it does; ``current`` gives the open client's id."""

    written = Signal(str)  # the folder made (after the practitioner was told)
    ended = Signal()  # the work is over: written, refused or failed

    def __init__(
        self,
        window: QWidget,
        service: SubjectAccessService,
        current: Callable[[], int | None],
        flush: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._service, self._current, self._flush = window, service, current, flush
        self.action = menus.action(window, self.tr("&Subject access bundle…"))
        self.action.setStatusTip(
            self.tr("Write everything held about the open client, for them to see")
        )
        self.action.triggered.connect(self.write_current)
        self.busy: QProgressDialog | None = None  # shown while the pages are laid out

    def write_current(self) -> None:
        client_id = self._current()
        if client_id is None:
            alerts.info(
                self._window,
                self.tr(
                    "Open a client's page first (choose them in Clients, Ctrl+2), then choose "
                    "Subject access bundle… again."
                ),
            )
            return
        self.write(client_id)

    def write(self, client_id: int) -> None:
        """Ask where, warn, read the client's records, lay the pages out on a worker while
        a busy window shows, then write the folder (and its audit entry) here on the UI
        thread, which owns the vault's connection; say where it went."""
        from counsel_desk.render.subject_access import bundle_pdf  # loaded when first used
        from counsel_desk.services.subject_access import check_folder

        folder = choose_bundle_folder(self._window)
        if folder is None:
            return
        warning = self.tr(
            "The subject access bundle is not encrypted: anyone who can open its folder can "
            "read everything you hold about this client. It may also name other people "
            "(partners, family, colleagues): read it before you send it, and withhold what "
            "is about someone else. Keep it somewhere only you can reach, and delete it once "
            "it has been given."
        )
        if not alerts.confirm(self._window, warning, self.tr("Write the bundle")):
            return
        self._flush()  # what is being written goes into the vault first, so into the bundle
        try:
            check_folder(folder)  # a folder that cannot take it: said before any work
            bundle = self._service.bundle(client_id)
        except CounselDeskError as exc:
            alerts.error(self._window, error_text(exc))
            return
        self.action.setEnabled(False)
        self.busy = busy_dialog(self._window, self.tr("Writing the subject access bundle…"))
        workers.run(
            lambda: bundle_pdf(bundle),
            lambda pdf: self._laid_out(bundle, folder, pdf),
            self._failed,
        )

    def _shown(self) -> bool:
        """Whether the window is still there with the vault open (not locked meanwhile)."""
        return (
            shiboken6.isValid(self) and shiboken6.isValid(self._window) and (self._service.is_open)
        )

    def _finish(self) -> None:
        if self.busy is not None and shiboken6.isValid(self.busy):
            self.busy.close()
        self.busy = None
        self.action.setEnabled(True)
        self.ended.emit()

    def _laid_out(self, bundle: Bundle, folder: Path, pdf: bytes) -> None:
        if not self._shown():
            return  # locked meanwhile: nothing leaves the vault
        try:
            written = self._service.write(bundle, folder, pdf)
        except CounselDeskError as exc:
            self._finish()
            alerts.error(self._window, error_text(exc))
            return
        self._finish()
        alerts.info(
            self._window,
            self.tr(
                "Saved the subject access bundle in {folder}: a PDF to read and the same "
                "records as JSON. Read it through before you send it; the files are not "
                "encrypted."
            ).format(folder=written),
        )
        self.written.emit(str(written))

    def _failed(self, exc: CounselDeskError) -> None:
        if not self._shown():
            return
        self._finish()
        alerts.error(self._window, error_text(exc))
