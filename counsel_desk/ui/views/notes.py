"""Notes: one session at a time — its client's notes on the left (paged), the editor on the
right, and actions for a new note, attendance and moving between sessions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import NoteKind, NoteStatus
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.editor.editor import NoteEditor
from counsel_desk.ui.models import ID_ROLE
from counsel_desk.ui.note_export import NoteExporter
from counsel_desk.ui.notes_models import NoteListModel, session_line
from counsel_desk.ui.views.table import tool_button

if TYPE_CHECKING:
    from counsel_desk.domain.sessions import Session
    from counsel_desk.services.workspace import Workspace

DEFAULT_TEMPLATE = "builtin:person_centred"
NO_SESSION = (
    "No session chosen. A note belongs to a session: open one from Today (Ctrl+1) or from "
    "Sessions (Ctrl+3)."
)
NO_NOTE = "No note for this session yet. Start one with New note ({key})."
CLOSED = "No note open. Choose one from the list, or start one with New note ({key})."


def shortcut_tip(action: QAction) -> None:
    """Show an action's shortcut in its tooltip, as the menus do."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text().replace('&', '')} ({key})" if key else action.text())


class TwoLineRows(QStyledItemDelegate):
    """Every row of the note list is two lines tall. The list asks one row for its size
    (uniform sizes, so a client with hundreds of notes lays out at once; Qt asks the last
    row loaded): an untitled note there must not make every row one line tall and hide
    the titles and flags of all the others."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        two_lines = 2 * option.fontMetrics.lineSpacing() + 2 * w.SPACING // 3
        return QSize(size.width(), max(size.height(), two_lines))


@dataclass(frozen=True)
class NotesPlace:
    """Where the notes view was: ids and a cursor position only, never text."""

    session_id: int | None
    note_id: int | None
    cursor: int = 0


class NotesView(QWidget):
    attendance_requested = Signal(int)  # session id
    session_changed = Signal(int)
    new_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.session: Session | None = None
        self._session_ids: list[int] = []  # the client's sessions, earliest first
        self.jurisdiction = Jurisdiction.UK
        self.new_action = self._action("New note", "Ctrl+Shift+M", self.new_requested.emit)
        self.close_action = self._action(
            "Close note", QKeySequence.StandardKey.Close, self.close_note
        )
        self.save_action = self._action("Save note", QKeySequence.StandardKey.Save, self.save_now)
        self.finalise_action = self._action("Finalise note…", "Ctrl+Return", self.finalise)
        self.finalise_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.preview_action = self._action("Preview", "Ctrl+Shift+P", self.toggle_preview)
        self.prev_action = self._action("Previous session", "Alt+Up", lambda: self.step(-1))
        self.next_action = self._action("Next session", "Alt+Down", lambda: self.step(1))
        self.attendance_action = self._action(
            "Attendance…",
            "Ctrl+Shift+A",
            lambda: self.session and self.attendance_requested.emit(self.session.id),
        )
        self.print_action = self._action(
            "Print note…", QKeySequence.StandardKey.Print, self.print_note
        )
        self.export_action = self._action("Save a copy as…", "Ctrl+Shift+S", self.export_note)
        self.exporter = NoteExporter(
            self, lambda: ws.exports, lambda: ws.is_open, lambda: self.jurisdiction
        )
        self.model = NoteListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("This client's notes")
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(TwoLineRows(self.list))
        self.list.setSpacing(2)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.list.activated.connect(lambda index: self.open_note(index.data(ID_ROLE)))
        self.list.clicked.connect(lambda index: self.open_note(index.data(ID_ROLE)))
        self.editor = NoteEditor(ws.notes, ws.templates)
        self.editor.fields.session.hide()  # the view's own heading names the session
        self.editor.note_changed.connect(self._refresh_row)
        self.editor.note_deleted.connect(lambda _id: self._after_delete())
        self.empty = w.explanation(NO_SESSION)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        self.session_label = w.heading("", 1.1)
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        for action in (self.prev_action, self.next_action, self.attendance_action, self.new_action):
            bar.addWidget(tool_button(action))
        bar.addStretch()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("This client's notes"))
        column.addWidget(self.list, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 760])
        layout = w.page(self, "Notes")
        layout.addWidget(self.session_label)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._set_session(None)
        self._note_actions()

    def _action(self, text: str, key: object, slot: object) -> QAction:
        action = QAction(text, self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)
        else:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _c=False: slot())
        shortcut_tip(action)
        return action

    def new_key(self) -> str:
        """The new-note shortcut as this platform writes it, for sentences that name it."""
        return self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    # --- which session and note --------------------------------------------------------
    def _set_session(self, session: Session | None) -> None:
        self.session = session
        self.attendance_action.setEnabled(session is not None)
        self._session_ids = []
        if session is not None:
            ordered = sorted(self._ws.sessions.for_client(session.client_id), key=lambda s: s.start)
            self._session_ids = [s.id for s in ordered]
        known = session is not None and session.id in self._session_ids
        here = self._session_ids.index(session.id) if known else -1
        self.prev_action.setEnabled(here > 0)
        self.next_action.setEnabled(0 <= here < len(self._session_ids) - 1)
        if session is None:
            self.session_label.setText("")
            self.model.clear()
            self._show_empty(NO_SESSION)
            return
        code = self._ws.clients.get(session.client_id).code
        self.session_label.setText(
            f"{session_line(code, session.start)} · {session.modality.label} · "
            f"{session.status.label}"
        )
        client_id = session.client_id
        self.model.jurisdiction = self.jurisdiction
        self.model.set_source(
            lambda limit, offset: self._ws.notes.for_client(client_id, limit=limit, offset=offset)
        )
        self.session_changed.emit(session.id)

    def _show_empty(self, text: str) -> None:
        self.editor.show_note(None)
        self._note_actions()
        self.close_action.setEnabled(False)
        self.right.setCurrentIndex(0)
        self.empty.setText(text)

    def open_session(self, session_id: int, *, write: bool = False) -> None:
        """Show a session. With ``write``, open its session note — the draft, else the
        finalised one — or start one if it has none."""
        self.editor.commit()
        try:
            session = self._ws.sessions.get(session_id)
        except CounselDeskError as exc:
            alerts.error(self, exc.message)
            return
        self._set_session(session)
        notes = self._ws.notes.for_session(session_id)
        if write:
            own = [n for n in notes if n.kind is NoteKind.SESSION]
            own.sort(key=lambda n: (n.status is not NoteStatus.DRAFT, n.id))
            if own:
                self.open_note(own[0].id, focus=True)
            else:
                self.new_note()
        elif notes:
            self.open_note(notes[0].id)
        else:
            self._show_empty(NO_NOTE.format(key=self.new_key()))

    def open_note(self, note_id: int | None, *, focus: bool = False, cursor: int = -1) -> None:
        """Show a note (storing the one being written first). ``cursor`` puts the text
        cursor there; with ``focus`` alone it goes to the end of the text."""
        if note_id is None:
            return
        if self.editor.note is not None and self.editor.note.id != note_id:
            self.editor.commit()
        try:
            note = self._ws.notes.get(note_id)
            if self.session is None or self.session.id != note.session_id:
                self._set_session(self._ws.sessions.get(note.session_id))
        except CounselDeskError as exc:
            alerts.error(self, exc.message)
            return
        self.editor.show_note(note, self.session_label.text())
        self._note_actions()
        self.right.setCurrentIndex(1)
        self.close_action.setEnabled(True)
        self._select(note_id)
        if note.is_final or not (focus or cursor >= 0):
            return
        body = self.editor.body
        text_cursor = body.textCursor()
        end = len(body.toPlainText())
        text_cursor.setPosition(min(cursor, end) if cursor >= 0 else end)
        body.setTextCursor(text_cursor)
        body.ensureCursorVisible()
        body.setFocus()

    def new_note(self, kind: NoteKind = NoteKind.SESSION) -> bool:
        """A new note for the session in view; False (nothing done) if there is none."""
        if self.session is None:
            return False
        self.editor.commit()
        template = DEFAULT_TEMPLATE if kind is NoteKind.SESSION else None
        available = {t.id for t in self._ws.templates.list(kind)}
        if template not in available:
            template = next(iter(sorted(available)), None)
        try:
            note = self._ws.notes.create(self.session.id, template, kind=kind)
        except CounselDeskError as exc:
            alerts.error(self, exc.message)
            return False
        self.editor.show_note(note, self.session_label.text(), fresh=True)
        self._note_actions()
        self.right.setCurrentIndex(1)
        self.close_action.setEnabled(True)
        self._refresh_list()
        self.editor.body.setFocus()
        return True

    def close_note(self) -> None:
        """Ctrl+W: store the note and put it away; the session stays in view."""
        if self.editor.note is None or not self.isVisible():
            return
        self.editor.commit()
        self.list.selectionModel().clearSelection()
        self._show_empty(CLOSED.format(key=self.new_key()))

    def _select(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _refresh_row(self, note_id: int) -> None:
        """A note changed: its row shows it (the whole list only if the row is not there)."""
        try:
            summary = self._ws.notes.summary(note_id)
        except CounselDeskError:
            self._refresh_list()
            return
        if not self.model.replace(summary):
            self._refresh_list()

    def _refresh_list(self) -> None:
        if self.session is not None:
            self._set_session(self.session)
            if self.editor.note is not None:
                self._select(self.editor.note.id)

    def _after_delete(self) -> None:
        self._refresh_list()
        self._show_empty(NO_NOTE.format(key=self.new_key()))

    def step(self, delta: int) -> None:
        """Move to the client's previous (earlier) or next (later) session."""
        if self.session is None or self.session.id not in self._session_ids:
            return
        index = self._session_ids.index(self.session.id) + delta
        if 0 <= index < len(self._session_ids):
            self.open_session(self._session_ids[index])

    # --- where it was, for after a lock ------------------------------------------------
    def place(self) -> NotesPlace:
        note = self.editor.note
        cursor = self.editor.body.textCursor().position() if note is not None else 0
        return NotesPlace(self.session.id if self.session else None, note and note.id, cursor)

    def return_to(self, place: NotesPlace) -> None:
        """Show the session and note of ``place`` again, the cursor where it was."""
        if place.note_id is not None:
            self.open_note(place.note_id, cursor=place.cursor)
            if self.editor.note is not None:
                return
        if place.session_id is not None:
            self.open_session(place.session_id)

    # --- printing and saving a copy (ui/note_export.py asks, warns and records) ---------
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

    # --- intents from the menus --------------------------------------------------------
    def save_now(self) -> None:
        self.editor.commit()

    def finalise(self) -> None:
        self.editor.ask_finalise()

    def toggle_preview(self) -> None:
        self.editor.toggle_preview()

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.editor.set_jurisdiction(jurisdiction)
        if self.session is not None:
            self._refresh_list()

    def commit(self) -> None:
        self.editor.commit()

    def clear(self) -> None:
        """Save, then drop every note and its undo history (lock)."""
        self.editor.commit()
        self.editor.clear()
        self._note_actions()
        self.model.clear()
        self.session = None
        self.session_label.clear()
