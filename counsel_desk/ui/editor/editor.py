"""One note in the editor: write (Markdown, with a formatted preview), autosave, finalise,
amend, see its history, delete a draft.

The editor never holds the only copy. Every field it shows — title, text, tags, the risk
and supervision flags, the supervision question, the kind and the template — takes one
path into the vault: an edit marks the note pending (``Autosaver.changed``), and the
autosaver's save (about 1 s after the last edit, at least every 2 s while editing) or a
flush (focus-out, a flag ticked) calls ``_store``. ``commit`` does the same and also saves
the text into the note itself; note switch, lock, idle lock, quit and SIGTERM all commit.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import Note, NoteDetails, SaveState, normalise_tags
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import widgets as w
from counsel_desk.ui.clipboard import SensitivePlainTextEdit
from counsel_desk.ui.editor.autosave import Autosaver
from counsel_desk.ui.editor.confirm import ConfirmBar
from counsel_desk.ui.editor.fields import NoteFields
from counsel_desk.ui.editor.lifecycle import LifecycleMixin
from counsel_desk.ui.editor.preview import SafeBrowser, record_markdown, set_markdown
from counsel_desk.ui.editor.templating import TemplateMark, TemplatingMixin, first_hint
from counsel_desk.ui.formats import stamp as stamp_text
from counsel_desk.ui.i18n import error_text, shown_text

if TYPE_CHECKING:
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.templates import TemplateService


def state_line(state: SaveState, at: dt.datetime | None) -> str:
    """The footer: the state in the words the lists use, and when it was reached."""
    label = shown_text(state.label)
    return f"{label} {stamp_text(at)}" if at is not None else label


class NoteEditor(TemplatingMixin, LifecycleMixin, QWidget):
    note_changed = Signal(int)  # saved, state, details, finalised, amended: lists refresh
    finalised = Signal(int)  # a note was just finalised here (the reflection is offered)
    note_deleted = Signal(int)
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
        self.save_state: SaveState | None = None
        self.template_id: str | None = None  # the note's template, as the text now stands
        self.template_marks: list[TemplateMark] = []
        self._listed_title = ""
        self.autosaver = Autosaver(self._autosave, parent=self)
        self.fields = NoteFields()
        self.body = SensitivePlainTextEdit()  # copies are marked and cleared: ui/clipboard.py
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(self.tr("Write the note here (Markdown)."))
        self.body.setTabChangesFocus(True)
        self.preview = SafeBrowser()
        self.preview.setAccessibleName(self.tr("Formatted preview"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.record = SafeBrowser()
        self.record.setAccessibleName(self.tr("Finalised note and amendments"))
        self.status = QLabel()
        self.status.setObjectName("save-status")
        self.status.setAccessibleName(self.tr("Save state"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # a long reason wraps rather than widen the window
        self.confirm = ConfirmBar()
        self.save_button = QPushButton(self.tr("Save"))
        self.finalise_button = QPushButton(self.tr("Finalise…"))
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.history_button = QPushButton(self.tr("History…"))
        self.delete_button = QPushButton(self.tr("Delete draft…"))
        self.save_button.clicked.connect(self.commit)
        self.finalise_button.clicked.connect(self.ask_finalise)
        self.amend_button.clicked.connect(lambda: self._emit_for(self.amend_requested))
        self.history_button.clicked.connect(lambda: self._emit_for(self.history_requested))
        self.delete_button.clicked.connect(self.ask_delete)
        self.fields.templates_button.clicked.connect(self.templates_requested)
        self._wire_fields()

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

    def _wire_fields(self) -> None:
        """Every editable field marks the note pending; leaving a field, or ticking a box,
        stores at once. Nothing is saved on a path of its own."""
        fields = self.fields
        self.body.textChanged.connect(self._edited)
        for line in (fields.title, fields.tags, fields.question):
            line.textEdited.connect(lambda _t: self._edited())
            line.editingFinished.connect(self.flush)
        fields.tags.editingFinished.connect(self._tidy_tags)
        for box in (fields.risk, fields.supervision):
            box.toggled.connect(lambda _on: self._edited(store_now=True))
        self.body.installEventFilter(self)
        fields.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        fields.template.activated.connect(lambda _i: self._template_chosen())

    # --- loading -----------------------------------------------------------------------
    def show_note(self, note: Note | None, session_line: str = "", *, fresh: bool = False) -> None:
        """Show ``note`` (its autosaved text if there is some); None empties the editor."""
        self.confirm.dismiss()
        self.autosaver.cancel()
        self.note = note
        self.fields.session.setText(session_line)
        self.setEnabled(note is not None)
        body, title = (note.body, note.title) if note else ("", "")
        draft = None
        if note is not None and not note.is_final:
            draft = self._notes.get_draft(note.id)
            if draft is not None:
                body, title = draft.body, draft.title
        final = note is not None and note.is_final
        self.body.blockSignals(True)
        self.body.setPlainText("" if final else body)  # a finalised note shows in ``record``
        self.body.setReadOnly(final)
        self.body.document().clearUndoRedoStacks()
        self.body.blockSignals(False)
        self.fields.title.setText(title)
        self._listed_title = title  # as the note list shows it
        self._load_details(note)
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
            self._show_state(None, None)
        elif final:
            self._show_state(SaveState.FINALISED, note.finalised_at)
        elif draft is not None:
            self._show_state(SaveState.AUTOSAVED, draft.saved_at)
        else:
            self._show_state(SaveState.SAVED, note.updated_at)
        if fresh and note is not None:
            self._select_first_hint(0)

    def _load_details(self, note: Note | None) -> None:
        fields = self.fields
        widgets = (fields.tags, fields.risk, fields.supervision, fields.question)
        for widget in widgets:
            widget.blockSignals(True)
        details = note.details if note else NoteDetails()
        self.template_id = details.template_id
        self.template_marks.clear()
        fields.set_kind(details.kind)
        fields.set_templates(self._templates.list(details.kind), details.template_id)
        fields.tags.setText(", ".join(details.tags))
        fields.risk.setChecked(details.risk_flag)
        fields.supervision.setChecked(details.supervision_flag)
        fields.question.setText(details.supervision_question)
        fields.question.setEnabled(details.supervision_flag)
        for widget in widgets:
            widget.blockSignals(False)

    def details(self) -> NoteDetails:
        """What the fields hold now (as typed: the service normalises)."""
        fields = self.fields
        return NoteDetails(
            kind=fields.kind_value(),
            template_id=self.template_id,
            tags=tuple(fields.tag_list()),
            risk_flag=fields.risk.isChecked(),
            supervision_flag=fields.supervision.isChecked(),
            supervision_question=fields.question.text(),
        )

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.fields.set_jurisdiction(jurisdiction)

    def refresh_templates(self) -> None:
        """The practitioner's templates changed: list them again, keeping the note's own."""
        self.fields.set_templates(self._templates.list(self.fields.kind_value()), self.template_id)

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
            ""
            if untouched
            else self.tr("Fixed once the note has text; start a new note for another kind.")
        )

    # --- the one saving path -----------------------------------------------------------
    def _edited(self, *, store_now: bool = False) -> None:
        """Any field changed: pending, saved by the autosaver (or now)."""
        if self.note is None:
            return
        self.follow_undo()
        self.autosaver.changed()
        if store_now:
            self.autosaver.flush()
        if not self.note.is_final and self.fields.kind.isEnabled() != self._untouched():
            self._update_buttons()

    def _autosave(self) -> None:
        self._store(into_note=False)

    def flush(self) -> None:
        """Store now if anything is pending (a field left, a box ticked)."""
        self.autosaver.flush()

    def commit(self) -> bool:
        """Store everything and save the text into the note itself (Ctrl+S, note switch,
        lock, quit). False, with the reason shown, if something could not be saved."""
        self.autosaver.cancel()
        return self._store(into_note=True)

    def _store(self, *, into_note: bool) -> bool:
        note = self.note
        if note is None:
            return True
        problems: list[str] = []
        wrote = listed = False  # something written; something the lists show changed
        details = self.details()
        try:
            if details.normalised() != note.details:
                note = self.note = self._notes.set_details(note.id, details)
                wrote = listed = True
        except CounselDeskError as exc:
            problems.append(error_text(exc))  # the text is still saved below
        state = self.save_state
        if not note.is_final:
            body, title = self.body.toPlainText(), self.fields.title.text()
            try:
                if into_note:
                    if (body, " ".join(title.split())) != (note.body, note.title) or (
                        state is SaveState.AUTOSAVED
                    ):
                        note = self.note = self._notes.save(note.id, body, title)
                        wrote = listed = True
                    state = SaveState.SAVED
                else:
                    self._notes.autosave_draft(
                        note.id,
                        body,
                        self.body.textCursor().position(),
                        title=title,
                        base_revision=note.revision,
                    )
                    wrote = True
                    same = (body, title) == (note.body, note.title)
                    state = SaveState.SAVED if same else SaveState.AUTOSAVED
                    listed = listed or title != self._listed_title
            except CounselDeskError as exc:
                problems.append(error_text(exc))
        listed = listed or state is not self.save_state
        if wrote or state is not self.save_state:
            self._show_state(state, dt.datetime.now(dt.UTC))
        if problems:
            self.status.setText(" ".join(problems))
        if listed:
            self._listed_title = self.fields.title.text()
            self.note_changed.emit(note.id)
        return not problems

    def _show_state(self, state: SaveState | None, at: dt.datetime | None) -> None:
        self.save_state = state
        self.status.setText("" if state is None else state_line(state, at))

    def _tidy_tags(self) -> None:
        """Leaving the tags field: show them as stored (lower case, no '#'), once stored."""
        if self.note is None:
            return
        try:
            typed = normalise_tags(self.fields.tag_list())
        except CounselDeskError:
            return  # left as typed, with the reason in the footer
        if typed == self.note.tags:
            self.fields.tags.setText(", ".join(typed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    # --- the rest ----------------------------------------------------------------------
    def _select_first_hint(self, after: int) -> None:
        """Select the template's first hint from ``after`` on, so typing replaces it."""
        text = self.body.toPlainText()
        start, end = first_hint(text[after:])
        cursor = self.body.textCursor()
        cursor.setPosition(after + start)
        cursor.setPosition(after + end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

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
        """Show the note as stored now (after an amendment elsewhere), storing edits first."""
        if self.note is not None:
            self.commit()
            self.show_note(self._notes.get(self.note.id), self.fields.session.text())

    def clear(self) -> None:
        """Drop the text and its undo history (lock). Commit first to keep what was typed."""
        self.autosaver.cancel()
        self.confirm.dismiss()
        self.note = None
        self.save_state = None
        self.template_marks.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.record.clear()
        self.fields.title.clear()
        self.fields.tags.clear()
        self.fields.question.clear()
        self.fields.session.clear()
        self.status.clear()
