"""One note in the editor: write (Markdown, with a formatted preview), autosave, finalise,
amend, see its history, delete a draft.

The editor never holds the only copy: every change goes to the notes service — the text
through autosave (about 1 s after typing stops, at least every 2 s while typing), the
flags and tags at once. ``commit`` saves the text as the note (note switch, lock, quit).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import Note, NoteKind
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import widgets as w
from counsel_desk.ui.editor.autosave import Autosaver
from counsel_desk.ui.editor.confirm import ConfirmBar
from counsel_desk.ui.editor.fields import NoteFields
from counsel_desk.ui.editor.lifecycle import LifecycleMixin
from counsel_desk.ui.editor.render import (
    SafeBrowser,
    first_hint,
    record_markdown,
    set_markdown,
    when,
)

if TYPE_CHECKING:
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.templates import TemplateService


class NoteEditor(LifecycleMixin, QWidget):
    note_changed = Signal(int)  # saved, finalised, amended, flags: lists refresh
    note_deleted = Signal(int)
    note_replaced = Signal(int, int)  # old id, new id (kind or template chosen afresh)
    amend_requested = Signal(int)
    history_requested = Signal(int)
    templates_requested = Signal()

    def __init__(
        self, notes: NoteService, templates: TemplateService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._templates = templates
        self.note: Note | None = None
        self.autosaver = Autosaver(self._autosave, parent=self)
        self.fields = NoteFields()
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Note text")
        self.body.setPlaceholderText("Write the note here (Markdown).")
        self.body.setTabChangesFocus(True)
        self.body.installEventFilter(self)
        self.preview = SafeBrowser()
        self.preview.setAccessibleName("Formatted preview")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, "Write")
        self.tabs.addTab(self.preview, "Preview")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.record = SafeBrowser()
        self.record.setAccessibleName("Finalised note and amendments")
        self.status = QLabel()
        self.status.setObjectName("save-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm = ConfirmBar()
        self.save_button = QPushButton("Save")
        self.finalise_button = QPushButton("Finalise…")
        self.amend_button = QPushButton("Amend…")
        self.history_button = QPushButton("History…")
        self.delete_button = QPushButton("Delete draft…")
        self.save_button.clicked.connect(self.commit)
        self.finalise_button.clicked.connect(self.ask_finalise)
        self.amend_button.clicked.connect(lambda: self._emit_for(self.amend_requested))
        self.history_button.clicked.connect(lambda: self._emit_for(self.history_requested))
        self.delete_button.clicked.connect(self.ask_delete)
        self.fields.templates_button.clicked.connect(self.templates_requested)
        self.body.textChanged.connect(self._typed)
        self.fields.title.textEdited.connect(lambda _t: self._typed())
        self.fields.tags.editingFinished.connect(self._save_tags)
        self.fields.risk.toggled.connect(lambda _on: self._save_flags())
        self.fields.supervision.toggled.connect(lambda _on: self._save_flags())
        self.fields.question.editingFinished.connect(self._save_flags)
        self.fields.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.fields.template.activated.connect(lambda _i: self._template_chosen())

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (
            self.delete_button,
            self.history_button,
            self.amend_button,
            self.save_button,
            self.finalise_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.fields)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.record, 1)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.show_note(None)

    # --- loading -----------------------------------------------------------------------
    def show_note(self, note: Note | None, session_line: str = "", *, fresh: bool = False) -> None:
        """Show ``note`` (its autosaved text if there is some); None empties the editor."""
        self.confirm.dismiss()
        self.autosaver.cancel()
        self.note = note
        self.fields.session.setText(session_line)
        self.setEnabled(note is not None)
        body, title = (note.body, note.title) if note else ("", "")
        restored = None
        if note is not None and not note.is_final:
            draft = self._notes.get_draft(note.id)
            if draft is not None:
                body, title, restored = draft.body, draft.title, draft
        final = note is not None and note.is_final
        self.body.blockSignals(True)
        self.body.setPlainText("" if final else body)  # a finalised note shows in ``record``
        self.body.setReadOnly(final)
        self.body.document().clearUndoRedoStacks()
        self.body.blockSignals(False)
        self.fields.title.setText(title)
        self._load_meta(note)
        self.tabs.setVisible(not final)
        self.record.setVisible(final)
        self.fields.title.setReadOnly(final)
        if final and note is not None:
            set_markdown(self.record, record_markdown(note))
        else:
            self.record.clear()
            self.tabs.setCurrentIndex(0)
        self._update_buttons()
        if note is None:
            self.status.setText("")
        elif final and note.finalised_at is not None:
            self.status.setText(f"Finalised {when(note.finalised_at)}")
        elif restored is not None:
            self.status.setText(
                f"Unsaved text restored (from {restored.saved_at.astimezone():%H:%M:%S})"
            )
        else:
            self.status.setText("Draft")
        if fresh and note is not None:
            start, end = first_hint(body)
            cursor = self.body.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.body.setTextCursor(cursor)
            self.body.setFocus()

    def _load_meta(self, note: Note | None) -> None:
        widgets = (
            self.fields.tags,
            self.fields.risk,
            self.fields.supervision,
            self.fields.question,
        )
        for widget in widgets:
            widget.blockSignals(True)
        kind = note.kind if note else NoteKind.SESSION
        self.fields.set_kind(kind)
        self.fields.set_templates(self._templates.list(kind), note.template_id if note else None)
        self.fields.tags.setText(", ".join(note.tags) if note else "")
        self.fields.risk.setChecked(bool(note and note.risk_flag))
        self.fields.supervision.setChecked(bool(note and note.supervision_flag))
        self.fields.question.setText(note.supervision_question if note else "")
        self.fields.question.setEnabled(bool(note and note.supervision_flag))
        for widget in widgets:
            widget.blockSignals(False)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.fields.set_jurisdiction(jurisdiction)

    def _update_buttons(self) -> None:
        note = self.note
        draft = note is not None and not note.is_final
        final = note is not None and note.is_final
        for widget in (self.save_button, self.finalise_button, self.delete_button):
            widget.setVisible(draft)
        self.amend_button.setVisible(final)
        self.history_button.setEnabled(note is not None)
        untouched = draft and self._untouched()
        self.fields.kind.setEnabled(untouched)
        self.fields.template.setEnabled(draft)
        self.fields.kind.setToolTip(
            "" if untouched else "Fixed once the note has text; start a new note for another kind."
        )

    def _untouched(self) -> bool:
        assert self.note is not None
        text = self.body.toPlainText()
        if not text.strip():
            return True
        template_id = self.note.template_id
        if template_id is None:
            return False
        try:
            return text == self._templates.get(template_id).body
        except CounselDeskError:
            return False

    # --- saving ------------------------------------------------------------------------
    def _typed(self) -> None:
        if self.note is None or self.note.is_final:
            return
        self.autosaver.changed()
        if self.fields.kind.isEnabled() != self._untouched():
            self._update_buttons()

    def _autosave(self) -> None:
        note = self.note
        if note is None or note.is_final:
            return
        try:
            self._notes.autosave_draft(
                note.id,
                self.body.toPlainText(),
                self.body.textCursor().position(),
                title=self.fields.title.text(),
                base_revision=note.revision,
            )
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(f"Saved {dt.datetime.now():%H:%M:%S}")

    def flush(self) -> None:
        """Autosave now if anything is pending (focus-out)."""
        self.autosaver.flush()

    def commit(self) -> bool:
        """Save the text into the note itself (Ctrl+S, note switch, lock, quit)."""
        note = self.note
        self.autosaver.cancel()
        if note is None or note.is_final:
            return True
        body, title = self.body.toPlainText(), self.fields.title.text()
        if (body, " ".join(title.split())) == (note.body, note.title) and not self._notes.get_draft(
            note.id
        ):
            return True
        try:
            self.note = self._notes.save(note.id, body, title)
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return False
        self.status.setText(f"Saved {dt.datetime.now():%H:%M:%S}")
        self.note_changed.emit(note.id)
        return True

    def _save_tags(self) -> None:
        if self.note is None:
            return
        try:
            self.note = self._notes.set_tags(self.note.id, self.fields.tag_list())
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.fields.tags.setText(", ".join(self.note.tags))
        self.note_changed.emit(self.note.id)

    def _save_flags(self) -> None:
        if self.note is None:
            return
        try:
            self.note = self._notes.set_flags(
                self.note.id,
                risk=self.fields.risk.isChecked(),
                supervision=self.fields.supervision.isChecked(),
                question=self.fields.question.text(),
            )
        except CounselDeskError as exc:
            self.status.setText(exc.message)
            return
        self.note_changed.emit(self.note.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            set_markdown(self.preview, self.body.toPlainText())
        else:
            self.preview.clear()

    def toggle_preview(self) -> None:
        if self.tabs.isVisible():
            self.tabs.setCurrentIndex(1 - self.tabs.currentIndex())

    def _emit_for(self, signal: Signal) -> None:
        if self.note is not None:
            self.commit()
            signal.emit(self.note.id)

    def reload(self) -> None:
        """Show the note as stored now (after an amendment elsewhere)."""
        if self.note is not None:
            self.show_note(self._notes.get(self.note.id), self.fields.session.text())

    def clear(self) -> None:
        """Drop the text and its undo history (lock)."""
        self.autosaver.cancel()
        self.note = None
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.record.clear()
        self.fields.title.clear()
        self.fields.tags.clear()
        self.fields.question.clear()
        self.fields.session.clear()
