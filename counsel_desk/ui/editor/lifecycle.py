"""The editor's note lifecycle: finalise (after an inline confirmation), delete a draft, and
begin an untouched draft afresh with another kind or template."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import NoteKind, hint_lines

FINALISE_TEXT = (
    "Finalise this note? It is signed with the current time and can no longer be edited; "
    "later changes are added as amendments beneath it."
)
HINTS_LEFT = {
    1: " One template hint (the line in italics) is still in it and would be signed too.",
    2: " {n} template hints (the lines in italics) are still in it and would be signed too.",
}
DELETE_TEXT = "Delete this draft note? Its text cannot be recovered."


class LifecycleMixin:
    """Mixed into ``NoteEditor``; uses its note, fields, body, services and signals."""

    note: Any
    fields: Any
    body: Any
    confirm: Any
    autosaver: Any
    status: Any
    _notes: Any
    _templates: Any
    note_changed: Any
    note_deleted: Any
    note_replaced: Any

    def ask_finalise(self) -> None:
        if self.note is not None and not self.note.is_final:
            hints = len(hint_lines(self.body.toPlainText()))
            text = FINALISE_TEXT
            if hints:
                text += HINTS_LEFT[min(hints, 2)].format(n=hints)
            self.confirm.ask(text, "Finalise", self.finalise)

    def finalise(self) -> None:
        note = self.note
        if note is None or not self.commit():
            return
        try:
            final = self._notes.finalise(note.id)
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.show_note(final, self.fields.session.text())
        self.note_changed.emit(note.id)

    def ask_delete(self) -> None:
        if self.note is not None and not self.note.is_final:
            self.confirm.ask(DELETE_TEXT, "Delete", self.delete)

    def delete(self) -> None:
        note = self.note
        if note is None:
            return
        self.autosaver.cancel()
        try:
            self._notes.delete(note.id)
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.show_note(None)
        self.note_deleted.emit(note.id)

    def _kind_chosen(self) -> None:
        kind = self.fields.kind_value()
        self.fields.explanation.setVisible(kind is NoteKind.PROCESS)
        choices = self._templates.list(kind)
        self.fields.set_templates(choices, None)
        self._restart(choices[0].id if choices else None, kind)

    def _template_chosen(self) -> None:
        note = self.note
        template_id = self.fields.template.currentData()
        if note is None or note.is_final or template_id == note.template_id:
            return
        if self._untouched():
            self._restart(template_id, self.fields.kind_value())
            return
        body = self.body.toPlainText().rstrip("\n")  # keep what was written; add the skeleton
        self.body.setPlainText(f"{body}\n\n{self._templates.get(template_id).body}")
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def _restart(self, template_id: str | None, kind: NoteKind) -> None:
        """An untouched draft begun afresh with another kind or template."""
        note = self.note
        if note is None or note.is_final or not self._untouched():
            return
        self.autosaver.cancel()
        try:
            new = self._notes.create(note.session_id, template_id, kind=kind)
            self._notes.delete(note.id)
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.show_note(new, self.fields.session.text(), fresh=True)
        self.note_replaced.emit(note.id, new.id)
