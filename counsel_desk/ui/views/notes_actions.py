"""What the Notes tab does besides moving between notes: the dialogs it opens (attendance,
amend, history, templates, moving a note filed in error), logging a risk from the note,
printing and saving a copy (``ui/note_export.py`` asks, warns and records), and the menu
entries for all of it. Mixed into ``NotesView``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import alerts
from counsel_desk.ui.dialogs.amend import AmendDialog
from counsel_desk.ui.dialogs.attendance import record_attendance
from counsel_desk.ui.dialogs.history import HistoryDialog
from counsel_desk.ui.dialogs.move_note import MoveNoteDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.dialogs.templates import TemplatesDialog
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import LogRisk, OpenNote, RecordAttendance
from counsel_desk.ui.shortcuts import ELSEWHERE, ScopedKeys

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from counsel_desk.ui.views.base import MenuItems


class NotesActionsMixin:
    """Uses the view's editor, session, services and actions; ``refresh`` and ``changed``
    are the view's own."""

    editor: Any
    changed: Any
    intent: Any
    refresh: Any
    isVisible: Any
    session: Any
    exporter: Any
    jurisdiction: Any
    _notes: Any
    _templates: Any
    _sessions: Any
    _clients: Any
    _attendance: Any
    new_action: QAction
    save_action: QAction
    finalise_action: QAction
    preview_action: QAction
    close_action: QAction
    print_action: QAction
    export_action: QAction
    prev_action: QAction
    next_action: QAction
    attendance_action: QAction
    templates_action: QAction
    risk_action: QAction
    move_action: QAction

    def menus(self) -> list[tuple[str, MenuItems]]:
        note = [self.new_action, self.save_action, self.finalise_action, self.preview_action]
        copies = [self.print_action, self.export_action]
        moving = [self.prev_action, self.next_action]
        filing = [self.risk_action, self.move_action]
        rest = [None, *copies, None, *filing, None, *moving, None, self.templates_action]
        notes: MenuItems = [*note, self.close_action, *rest]
        return [
            (QT_TRANSLATE_NOOP("Menus", "&Sessions"), [self.attendance_action]),
            (QT_TRANSLATE_NOOP("Menus", "&Notes"), notes),
        ]

    def scoped_keys(self) -> list[ScopedKeys]:
        new = QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        elsewhere = QCoreApplication.translate("NotesActionsMixin", "in every other view")
        return [
            ScopedKeys(self.new_action, new, ELSEWHERE, elsewhere),
            # a tab with copies of its own (the contract) holds these keys while in front
            ScopedKeys(self.print_action, self.print_action.shortcuts(), ELSEWHERE, elsewhere),
            ScopedKeys(self.export_action, self.export_action.shortcuts(), ELSEWHERE, elsewhere),
        ]

    # --- dialogs -------------------------------------------------------------------------
    def _attendance_asked(self) -> None:
        """Attendance… (Ctrl+Shift+A): for the session here, if this tab is in front;
        else for the session in view wherever the practitioner is."""
        here = self.session if self.isVisible() else None
        self.intent.emit(RecordAttendance(here.id if here is not None else None))

    def record_attendance(self, session_id: int) -> None:
        def recorded() -> None:
            self.refresh()
            self.changed.emit()

        sessions, clients, attendance = self._sessions, self._clients, self._attendance
        record_attendance(self, session_id, sessions, clients, attendance, recorded)

    def amend(self, note_id: int) -> None:
        notes = self._notes
        dialog = AmendDialog(lambda text, reason: notes.amend(note_id, text, reason), self)
        show(dialog, self.editor.reload)

    def history(self, note_id: int) -> None:
        show(HistoryDialog(self._notes.history(note_id), self))

    def edit_templates(self) -> None:
        dialog = TemplatesDialog(self._templates, self.jurisdiction, self)
        dialog.finished.connect(lambda _r: self.editor.refresh_templates())
        show(dialog)

    # --- risk, and a note filed in error ---------------------------------------------------
    def _log_risk_asked(self) -> None:
        if self.editor.note is not None:
            self.editor.commit()
            self.intent.emit(LogRisk(self.editor.note.id))

    def move_note(self) -> None:
        """Move the open note to the right client, with the reason."""
        note = self.editor.note
        if note is None:
            return
        self.editor.commit()
        try:
            note = self._notes.get(note.id)
            session = self._sessions.get(note.session_id)
            code = self._clients.get(note.client_id).code
            clients = self._clients.list()
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        kind = shown_text(note.kind.label(self.jurisdiction))
        where = f"{kind}, {code}, {fmt_datetime(session.start)}"
        notes, note_id = self._notes, note.id
        dialog = MoveNoteDialog(
            note,
            where,
            code,
            clients,
            self._sessions.for_client,
            lambda to_session, reason: notes.move(note_id, to_session, reason),
            self,
        )

        def moved() -> None:
            self.changed.emit()
            self.intent.emit(OpenNote(note_id))  # follow it to the right client's page

        show(dialog, moved)

    # --- printing and saving a copy --------------------------------------------------------
    def _note_actions(self) -> None:
        for action in (self.print_action, self.export_action, self.risk_action, self.move_action):
            action.setEnabled(self.editor.note is not None)

    def print_note(self) -> None:
        if self.editor.note is not None:
            self.editor.commit()  # print what is on screen, saved first
            self.exporter.print(self.editor.note.id)

    def export_note(self) -> None:
        if self.editor.note is not None:
            self.editor.commit()
            self.exporter.save(self.editor.note.id)

    # --- the editor's own commands, from the menus -----------------------------------------
    def save_now(self) -> None:
        self.editor.commit()

    def finalise(self) -> None:
        self.editor.ask_finalise()

    def toggle_preview(self) -> None:
        self.editor.toggle_preview()
