"""What the Notes tab does besides moving between notes: the dialogs it opens (attendance,
amend, history, templates), printing and saving a copy (``ui/note_export.py`` asks, warns
and records), and the menu entries for all of it. Mixed into ``NotesView``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence

from counsel_desk.ui.dialogs.amend import AmendDialog
from counsel_desk.ui.dialogs.attendance import record_attendance
from counsel_desk.ui.dialogs.history import HistoryDialog
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.dialogs.templates import TemplatesDialog
from counsel_desk.ui.intents import RecordAttendance
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

    def menus(self) -> list[tuple[str, MenuItems]]:
        note = [self.new_action, self.save_action, self.finalise_action, self.preview_action]
        copies = [self.print_action, self.export_action]
        moving = [self.prev_action, self.next_action]
        rest = [None, *copies, None, *moving, None, self.templates_action]
        notes: MenuItems = [*note, self.close_action, *rest]
        return [("&Sessions", [self.attendance_action]), ("&Notes", notes)]

    def scoped_keys(self) -> list[ScopedKeys]:
        new = QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        elsewhere = "in every other view"
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

    # --- printing and saving a copy --------------------------------------------------------
    def _note_actions(self) -> None:
        for action in (self.print_action, self.export_action):
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
