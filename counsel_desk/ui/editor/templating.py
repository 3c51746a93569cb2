"""Choosing a note's kind or template in the editor.

A draft that is still untouched (empty, or exactly its template) simply takes the new
layout. A draft with writing in it asks first: replace the text with the template, insert
the template at the cursor, or cancel. Either way the change is one undo step, and the
template recorded for the note follows the text: undo back to the old text and the old
template is the note's again; redo, and the new one is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextCursor

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import HINT_LINE, NoteKind
from counsel_desk.ui.i18n import error_text

REPLACE_OR_INSERT = QT_TRANSLATE_NOOP(
    "editor.templating",
    "This note already has writing in it. Replace the text with the {name} template, or "
    "insert the template at the cursor?",
)


def first_hint(body: str) -> tuple[int, int]:
    """Where typing should start in a fresh template: its first hint line (selected, so
    typing replaces it), else the end of the text."""
    match = HINT_LINE.search(body)
    if match is None:
        return len(body), len(body)
    return match.start(), match.start() + len(match.group(0).rstrip())


@dataclass(frozen=True)
class TemplateMark:
    """A template change: the text and template on either side of it."""

    before_text: str
    before_id: str | None
    after_text: str
    after_id: str | None


class TemplatingMixin:
    """Mixed into ``NoteEditor``; uses its note, fields, body, confirm bar and services."""

    note: Any
    fields: Any
    body: Any
    confirm: Any
    status: Any
    _templates: Any
    template_id: str | None
    template_marks: list[TemplateMark]
    _edited: Any
    _select_first_hint: Any

    def _untouched(self) -> bool:
        """Nothing written yet: the text is empty or exactly its template."""
        text = self.body.toPlainText()
        if not text.strip():
            return True
        if self.template_id is None:
            return False
        try:
            return text == self._templates.get(self.template_id).body
        except CounselDeskError:
            return False

    def follow_undo(self) -> None:
        """After any edit: text back as it was on one side of a template change (an undo or
        a redo) brings back the template that went with it."""
        if not self.template_marks:
            return
        text = self.body.toPlainText()
        for mark in reversed(self.template_marks):
            if text == mark.after_text:
                self._set_template(mark.after_id)
                return
            if text == mark.before_text:
                self._set_template(mark.before_id)
                return

    def _set_template(self, template_id: str | None) -> None:
        self.template_id = template_id
        self.fields.show_template(template_id)

    def _kind_chosen(self) -> None:
        note = self.note
        kind = self.fields.kind_value()
        if note is None or note.is_final or not self._untouched():
            return  # the box is disabled then; nothing to do
        self.fields.explanation.setVisible(kind is NoteKind.PROCESS)
        choices = self._templates.list(kind)
        self.fields.set_templates(choices, None)
        self.template_id = None
        self._lay_out(choices[0].id if choices else None, replace=True)
        self.template_marks.clear()
        self.body.document().clearUndoRedoStacks()  # another kind of note starts afresh

    def _template_chosen(self) -> None:
        note = self.note
        chosen = self.fields.template.currentData()
        if note is None or note.is_final or chosen == self.template_id:
            return
        if self._untouched():
            self._lay_out(chosen, replace=True)
            return
        try:
            name = self._templates.get(chosen).name
        except CounselDeskError as exc:
            self.status.setText(error_text(exc))
            self.fields.show_template(self.template_id)
            return
        self.confirm.ask(
            QCoreApplication.translate("editor.templating", REPLACE_OR_INSERT).format(name=name),
            QCoreApplication.translate("TemplatingMixin", "Replace text"),
            lambda: self._lay_out(chosen, replace=True),
            other=(
                QCoreApplication.translate("TemplatingMixin", "Insert at cursor"),
                lambda: self._lay_out(chosen, replace=False),
            ),
            cancelled=lambda: self.fields.show_template(self.template_id),
        )

    def _lay_out(self, template_id: str | None, *, replace: bool) -> None:
        """Put a template's text in (instead of the text, or at the cursor) as one undo
        step, make it the note's template, and store both at once."""
        try:
            skeleton = self._templates.get(template_id).body if template_id else ""
        except CounselDeskError as exc:
            self.status.setText(error_text(exc))
            self.fields.show_template(self.template_id)
            return
        before_text, before_id = self.body.toPlainText(), self.template_id
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        if replace:
            cursor.select(QTextCursor.SelectionType.Document)
            start = 0
        else:  # after any selection, never over it, with a blank line either side
            cursor.setPosition(cursor.selectionEnd())
            start = cursor.position()
            head, tail = before_text[:start], before_text[start:]
            lead = "" if not head or head.endswith("\n\n") else "\n"
            lead += "" if not head or head.endswith("\n") else "\n"
            trail = "\n" if tail and not tail.startswith("\n") else ""
            skeleton = f"{lead}{skeleton}{trail}"
            start += len(lead)
        cursor.insertText(skeleton)
        cursor.endEditBlock()
        self._set_template(template_id)
        self.template_marks.append(
            TemplateMark(before_text, before_id, self.body.toPlainText(), template_id)
        )
        self._select_first_hint(start)
        self._edited(store_now=True)
