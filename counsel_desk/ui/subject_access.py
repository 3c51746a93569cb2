"""Records → Subject access bundle…: for the client whose page is open (or who is chosen in
Clients), ask which folder, warn that the files are not encrypted and may hold other
people's information, read the records, lay the PDF's pages out on a worker while the
progress window shows (its Stop leaves no folder), then write the PDF and the JSON into a
new folder there (whole or not at all, recorded in the audit trail) and say where it went.
Locked meanwhile: nothing is written.
Tests replace ``choose_bundle_folder`` with a plain function, as they do the alerts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts, workers
from counsel_desk.ui import window_menus as menus
from counsel_desk.ui.dialogs.bundle_progress import BundleProgressDialog
from counsel_desk.ui.i18n import error_text

if TYPE_CHECKING:
    from counsel_desk.services.open_export import CancelToken
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


def progress_dialog(parent: QWidget, folder: Path) -> BundleProgressDialog:
    """The window that shows the bundle being written, with its Stop (as an export's)."""
    dialog = BundleProgressDialog(folder, parent)
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
        self.progress: BundleProgressDialog | None = None  # while it is written, and after

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
        the progress window shows (Stop there leaves nothing), then write the folder (and
        its audit entry) here on the UI thread, which owns the vault's connection; say
        where it went."""
        from counsel_desk.render.subject_access import bundle_pdf  # loaded when first used
        from counsel_desk.services.open_export import CancelToken
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
        token = CancelToken()
        self.progress = progress = progress_dialog(self._window, folder)
        progress.cancel_requested.connect(token.cancel)
        workers.run(
            lambda: bundle_pdf(bundle),
            lambda pdf: self._laid_out(bundle, folder, pdf, token),
            lambda exc: self._end(False, error_text(exc)),
        )

    def _shown(self) -> bool:
        """Whether the window is still there with the vault open (not locked meanwhile)."""
        return (
            shiboken6.isValid(self) and shiboken6.isValid(self._window) and (self._service.is_open)
        )

    def _laid_out(self, bundle: Bundle, folder: Path, pdf: bytes, token: CancelToken) -> None:
        from counsel_desk.services.subject_access import BundleStopped

        if not self._shown():
            return  # locked meanwhile: nothing leaves the vault
        if token.cancelled:
            self._end(False, error_text(BundleStopped()))
            return
        if self._progress_open():
            self.progress.writing()
        try:
            written = self._service.write(bundle, folder, pdf, lambda: token.cancelled)
        except CounselDeskError as exc:
            self._end(False, error_text(exc))
            return
        self._end(
            True,
            self.tr(
                "Saved the subject access bundle in {folder}: a PDF to read and the same "
                "records as JSON. Read it through before you send it; the files are not "
                "encrypted."
            ).format(folder=written),
        )
        self.written.emit(str(written))

    def _progress_open(self) -> bool:
        return (
            self.progress is not None
            and shiboken6.isValid(self.progress)
            and self.progress.isVisible()
        )

    def _end(self, ok: bool, text: str) -> None:
        """Say how it ended: in the progress window, or in a message if it was closed."""
        if not self._shown():
            return
        self.action.setEnabled(True)
        if self._progress_open():
            if ok:
                self.progress.succeeded(text)
            else:
                self.progress.failed(text)
        elif ok:
            alerts.info(self._window, text)
        else:
            alerts.error(self._window, text)
        self.ended.emit()
