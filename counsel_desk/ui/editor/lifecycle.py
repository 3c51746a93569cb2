"""The editor's note lifecycle: finalise (after an inline confirmation) and delete a draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import hint_lines
from counsel_desk.ui.i18n import error_text

FINALISE_TEXT = QT_TRANSLATE_NOOP(
    "editor.lifecycle",
    "Finalise this note? It is signed with the current time and can no longer be edited; "
    "later changes are added as amendments beneath it.",
)
HINTS_LEFT = {
    1: " One template hint (the line in italics) is still in it and would be signed too.",
    2: " {n} template hints (the lines in italics) are still in it and would be signed too.",
}
DELETE_TEXT = QT_TRANSLATE_NOOP(
    "editor.lifecycle", "Delete this draft note? Its text cannot be recovered."
)


class LifecycleMixin:
    """Mixed into ``NoteEditor``; uses its note, fields, body, services and signals."""

    note: Any
    fields: Any
    body: Any
    confirm: Any
    autosaver: Any
    status: Any
    _notes: Any
    note_changed: Any
    note_deleted: Any
    finalised: Any

    def ask_finalise(self) -> None:
        if self.note is not None and not self.note.is_final:
            hints = len(hint_lines(self.body.toPlainText()))
            text = QCoreApplication.translate("editor.lifecycle", FINALISE_TEXT)
            if hints:
                text += HINTS_LEFT[min(hints, 2)].format(n=hints)
            self.confirm.ask(
                text, QCoreApplication.translate("LifecycleMixin", "Finalise"), self.finalise
            )

    def finalise(self) -> None:
        note = self.note
        if note is None or not self.commit():
            return
        try:
            final = self._notes.finalise(note.id)
        except CounselDeskError as exc:
            self.status.setText(error_text(exc))
            return
        self.show_note(final, self.fields.session.text())
        self.note_changed.emit(note.id)
        self.finalised.emit(note.id)

    def ask_delete(self) -> None:
        if self.note is not None and not self.note.is_final:
            self.confirm.ask(
                QCoreApplication.translate("editor.lifecycle", DELETE_TEXT),
                QCoreApplication.translate("LifecycleMixin", "Delete"),
                self.delete,
            )

    def delete(self) -> None:
        note = self.note
        if note is None:
            return
        self.autosaver.cancel()
        try:
            self._notes.delete(note.id)
        except CounselDeskError as exc:
            self.status.setText(error_text(exc))
            return
        self.show_note(None)
        self.note_deleted.emit(note.id)
