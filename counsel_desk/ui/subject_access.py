"""Records → Subject access bundle…: for the client whose page is open (or who is chosen in
Clients), ask which folder, warn that the files are not encrypted and may hold other
people's information, then write the PDF and the JSON into a new folder there (whole or not
at all, recorded in the audit trail) while a busy window shows; then say where it went.
Tests replace ``choose_bundle_folder`` with a plain function, as they do the alerts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts
from counsel_desk.ui import window_menus as menus

if TYPE_CHECKING:
    from counsel_desk.services.subject_access import SubjectAccessService

CONTEXT = "SubjectAccess"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_bundle_folder(parent: QWidget) -> Path | None:
    """Ask which folder to make the bundle's folder in; None if the practitioner cancels."""
    dialog = QFileDialog(parent, _tr("Where to make the subject access bundle"))
    # Qt's own dialog: the desktop's would add the folder to its list of recent places.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("Make the bundle here"))
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


@contextmanager
def busy(parent: QWidget, text: str) -> Iterator[QProgressDialog]:
    """A small window that says what is being done (no cancel: the folder appears whole or
    not at all), with the busy cursor, while the caller works on the UI thread."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(_tr("Subject access bundle"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(_tr("Writing the subject access bundle"))
    dialog.show()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        yield dialog
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()


class SubjectAccessAction(QObject):
    """The menu's action and what it does; ``current`` gives the open client's id."""

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
        self.busy_text = ""  # what the busy window said last (for tests)

    def write_current(self) -> Path | None:
        client_id = self._current()
        if client_id is None:
            alerts.info(
                self._window,
                self.tr(
                    "Open a client's page first (choose them in Clients, Ctrl+2), then choose "
                    "Subject access bundle… again."
                ),
            )
            return None
        return self.write(client_id)

    def write(self, client_id: int) -> Path | None:
        """Ask where, warn, write; the folder made, or None if nothing was."""
        from counsel_desk.render.subject_access import save_bundle

        folder = choose_bundle_folder(self._window)
        if folder is None:
            return None
        warning = self.tr(
            "The subject access bundle is not encrypted: anyone who can open its folder can "
            "read everything you hold about this client. It may also name other people "
            "(partners, family, colleagues): read it before you send it, and withhold what "
            "is about someone else. Keep it somewhere only you can reach, and delete it once "
            "it has been given."
        )
        if not alerts.confirm(self._window, warning, self.tr("Write the bundle")):
            return None
        self._flush()  # what is being written goes into the vault first, so into the bundle
        self.busy_text = self.tr("Writing the subject access bundle…")
        try:
            with busy(self._window, self.busy_text):
                written = save_bundle(self._service, client_id, folder)
        except CounselDeskError as exc:
            alerts.error(self._window, exc.message)
            return None
        alerts.info(
            self._window,
            self.tr(
                "Saved the subject access bundle in {folder}: a PDF to read and the same "
                "records as JSON. Read it through before you send it; the files are not "
                "encrypted."
            ).format(folder=written),
        )
        return written
