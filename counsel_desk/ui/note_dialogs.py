"""Opening the note and attendance dialogs from any view (non-blocking: ``open()`` and a
callback), so the main window only wires them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import alerts
from counsel_desk.ui.dialogs.amend import AmendDialog
from counsel_desk.ui.dialogs.attendance import AttendanceDialog
from counsel_desk.ui.dialogs.history import HistoryDialog
from counsel_desk.ui.dialogs.templates import TemplatesDialog

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace


def _open(dialog: QDialog, done: Callable[[], None] | None = None) -> QDialog:
    def finished(result: int) -> None:
        if result and done is not None:
            done()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def attendance(parent: QWidget, ws: Workspace, session_id: int, done: Callable[[], None]) -> None:
    try:
        session = ws.sessions.get(session_id)
        code = ws.clients.get(session.client_id).code
    except CounselDeskError as exc:
        alerts.error(parent, exc.message)
        return
    _open(AttendanceDialog(ws.attendance, session, code, parent), done)


def amend(parent: QWidget, ws: Workspace, note_id: int, done: Callable[[], None]) -> None:
    _open(AmendDialog(lambda text, reason: ws.notes.amend(note_id, text, reason), parent), done)


def history(parent: QWidget, ws: Workspace, note_id: int) -> None:
    _open(HistoryDialog(ws.notes.history(note_id), parent))


def templates(
    parent: QWidget, ws: Workspace, jurisdiction: Jurisdiction, done: Callable[[], None]
) -> None:
    dialog = TemplatesDialog(ws.templates, jurisdiction, parent)
    dialog.finished.connect(lambda _r: done())
    _open(dialog)
