"""The Notes tab of a client's page: one session at a time — the client's notes on the left
(paged), the editor on the right, and actions for a new note, attendance and moving
between the client's sessions. It opens the note dialogs (amend, history, templates,
attendance) itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.notes import NoteKind, NoteStatus
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.editor.editor import NoteEditor
from counsel_desk.ui.formats import session_line, session_time
from counsel_desk.ui.i18n import error_text, shown_text
from counsel_desk.ui.intents import NewNote, OpenNote, OpenSession, RecordAttendance, Reflect
from counsel_desk.ui.note_export import NoteExporter
from counsel_desk.ui.shortcuts import shortcut_tip
from counsel_desk.ui.views.base import View
from counsel_desk.ui.views.note_list import NoteList
from counsel_desk.ui.views.notes_actions import NotesActionsMixin
from counsel_desk.ui.views.table import tool_button

if TYPE_CHECKING:
    from collections.abc import Callable

    from counsel_desk.domain.sessions import Session
    from counsel_desk.services.attendance import AttendanceService
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.exports import ExportService
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.services.templates import TemplateService
    from counsel_desk.ui.navigation import CurrentClient

DEFAULT_TEMPLATE = "builtin:person_centred"
NO_SESSION = QT_TRANSLATE_NOOP(
    "views.notes",
    "No session chosen. A note belongs to a session: open one from Today (Ctrl+1) or from "
    "Sessions (Ctrl+3).",
)
CHOOSE = QT_TRANSLATE_NOOP(
    "views.notes", "No note open. Choose one from the list, or open a session in Sessions (Ctrl+3)."
)
NO_NOTE = QT_TRANSLATE_NOOP(
    "views.notes", "No note for this session yet. Start one with New note ({key})."
)
CLOSED = QT_TRANSLATE_NOOP(
    "views.notes", "No note open. Choose one from the list, or start one with New note ({key})."
)


@dataclass(frozen=True)
class NotesPlace:
    """Where the notes view was: ids and a cursor position only, never text."""

    session_id: int | None
    note_id: int | None
    cursor: int = 0


class NotesView(NotesActionsMixin, View):
    def __init__(
        self,
        notes: NoteService,
        templates: TemplateService,
        sessions: SessionService,
        clients: ClientService,
        attendance: AttendanceService,
        exports: ExportService,
        vault_open: Callable[[], bool],
        current: CurrentClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes, self._templates = notes, templates
        self._sessions, self._clients, self._attendance = sessions, clients, attendance
        self._current = current
        self.session: Session | None = None
        self._session_line = ""  # the session's client and time, for the editor
        self.client_id: int | None = None  # whose notes the list shows
        self._list_stale = False  # the list is for a client chosen while hidden
        self._session_ids: list[int] = []  # the client's sessions, earliest first
        self.jurisdiction = Jurisdiction.UK
        self.new_action = self._action(self.tr("New note"), "Ctrl+Shift+M", self._new_requested)
        self.close_action = self._action(
            self.tr("Close note"), QKeySequence.StandardKey.Close, self.close_note
        )
        self.save_action = self._action(
            self.tr("Save note"), QKeySequence.StandardKey.Save, self.save_now
        )
        self.finalise_action = self._action(self.tr("Finalise note…"), "Ctrl+Return", self.finalise)
        self.finalise_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.preview_action = self._action(self.tr("Preview"), "Ctrl+Shift+P", self.toggle_preview)
        self.prev_action = self._action(
            self.tr("Previous session"), "Alt+Up", lambda: self.step(-1)
        )
        self.next_action = self._action(self.tr("Next session"), "Alt+Down", lambda: self.step(1))
        self.attendance_action = self._action(
            self.tr("Attendance…"), "Ctrl+Shift+A", self._attendance_asked
        )
        self.print_action = self._action(
            self.tr("Print note…"), QKeySequence.StandardKey.Print, self.print_note
        )
        self.export_action = self._action(
            self.tr("Save a copy as…"), "Ctrl+Shift+S", self.export_note
        )
        self.templates_action = self._action(self.tr("&Templates…"), None, self.edit_templates)
        self.risk_action = self._action(
            self.tr("Log risk from this note…"), "Ctrl+Shift+D", self._log_risk_asked
        )
        self.move_action = self._action(self.tr("Move to another client…"), None, self.move_note)
        self.exporter = NoteExporter(self, lambda: exports, vault_open, lambda: self.jurisdiction)
        self.notes_list = NoteList()
        self.notes_list.chosen.connect(self.open_note)
        self.model, self.list = self.notes_list.model, self.notes_list.view
        self.editor = NoteEditor(notes, templates)
        self.editor.fields.session.hide()  # the view's own heading names the session
        self.editor.note_changed.connect(self._refresh_row)
        self.editor.note_deleted.connect(lambda _id: self._after_delete())
        self.editor.finalised.connect(self._offer_reflection)
        self.editor.amend_requested.connect(self.amend)
        self.editor.history_requested.connect(self.history)
        self.editor.templates_requested.connect(self.edit_templates)
        self.empty = w.explanation(QCoreApplication.translate("views.notes", NO_SESSION))
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
        split = QSplitter()
        split.addWidget(self.notes_list)
        split.addWidget(self.right)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, w.SPACING, 0, 0)
        layout.setSpacing(w.SPACING)
        layout.addWidget(self.session_label)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._set_session(None)
        self._note_actions()
        current.changed.connect(self._client_changed)

    def _action(self, text: str, key: object, slot: object) -> QAction:
        action = QAction(text, self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)
        elif key is not None:
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
        self._session_ids = []
        if session is not None:
            self.client_id = session.client_id
            self._current.set(session.client_id)  # the page and Clients show this client
            ordered = sorted(self._sessions.for_client(session.client_id), key=lambda s: s.start)
            self._session_ids = [s.id for s in ordered]
        known = session is not None and session.id in self._session_ids
        here = self._session_ids.index(session.id) if known else -1
        self.prev_action.setEnabled(here > 0)
        self.next_action.setEnabled(0 <= here < len(self._session_ids) - 1)
        self.session_label.setVisible(session is not None)
        if session is None:
            self.session_label.setText("")
            self.model.clear()
            self._show_empty(QCoreApplication.translate("views.notes", NO_SESSION))
            return
        code = self._clients.get(session.client_id).code
        # The page's header names the client; this line, the session.
        self.session_label.setText(
            f"{session_time(session.start)} · {shown_text(session.modality.label)} · "
            f"{shown_text(session.status.label)}"
        )
        self._session_line = session_line(code, session.start)
        self._list_notes(session.client_id)

    def _list_notes(self, client_id: int) -> None:
        notes = self._notes
        self._list_stale = False
        self.model.jurisdiction = self.jurisdiction
        self.model.set_source(
            lambda limit, offset: notes.for_client(client_id, limit=limit, offset=offset)
        )

    def _client_changed(self, client_id: int) -> None:
        """Another client's page: their notes, no note open (the one being written is
        stored first). The list is read when the tab is next shown."""
        if client_id == self.client_id:
            return
        self.editor.commit()
        self._set_session(None)
        self.client_id = client_id
        self.empty.setText(QCoreApplication.translate("views.notes", CHOOSE))
        self._list_stale = True
        if self.isVisible():
            self._list_notes(client_id)

    def showEvent(self, event: QShowEvent) -> None:
        if self._list_stale and self.client_id is not None:
            self._list_notes(self.client_id)
        super().showEvent(event)

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
            session = self._sessions.get(session_id)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        self._set_session(session)
        notes = self._notes.for_session(session_id)
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
            self._show_empty(
                QCoreApplication.translate("views.notes", NO_NOTE).format(key=self.new_key())
            )

    def open_note(self, note_id: int | None, *, focus: bool = False, cursor: int = -1) -> None:
        """Show a note (storing the one being written first). ``cursor`` puts the text
        cursor there; with ``focus`` alone it goes to the end of the text."""
        if note_id is None:
            return
        if self.editor.note is not None and self.editor.note.id != note_id:
            self.editor.commit()
        try:
            note = self._notes.get(note_id)
            if self.session is None or self.session.id != note.session_id:
                self._set_session(self._sessions.get(note.session_id))
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return
        self.editor.show_note(note, self._session_line)
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
        available = {t.id for t in self._templates.list(kind)}
        if template not in available:
            template = next(iter(sorted(available)), None)
        try:
            note = self._notes.create(self.session.id, template, kind=kind)
        except CounselDeskError as exc:
            alerts.error(self, error_text(exc))
            return False
        self.editor.show_note(note, self._session_line, fresh=True)
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
        self.notes_list.clear_selection()
        self._show_empty(
            QCoreApplication.translate("views.notes", CLOSED).format(key=self.new_key())
        )

    def _select(self, note_id: int) -> None:
        self.notes_list.select(note_id)

    def _refresh_row(self, note_id: int) -> None:
        """A note changed: its row shows it (the whole list only if the row is not there)."""
        try:
            summary = self._notes.summary(note_id)
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

    def _offer_reflection(self, _note_id: int) -> None:
        """A session note finalised: offer the reflection on its session (skippable)."""
        note = self.editor.note
        if note is not None and note.kind is NoteKind.SESSION:
            self.intent.emit(Reflect(note.session_id, offered=True))

    def _after_delete(self) -> None:
        self._refresh_list()
        self._show_empty(
            QCoreApplication.translate("views.notes", NO_NOTE).format(key=self.new_key())
        )

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

    def return_to(self, place: NotesPlace | None) -> None:
        """Show the session and note of ``place`` again, the cursor where it was; quietly
        less of it if the note or the session has gone since."""
        if place is None:
            return
        note = self.editor.note
        if place.note_id is not None and note is not None and note.id == place.note_id:
            return  # still open as it was left: keep its undo history
        if place.note_id is not None and _exists(self._notes.get, place.note_id):
            self.open_note(place.note_id, cursor=place.cursor)
            if self.editor.note is not None:
                return
        if place.session_id is not None and _exists(self._sessions.get, place.session_id):
            self.open_session(place.session_id)

    # --- intents -----------------------------------------------------------------------
    def follow(self, intent: object) -> None:
        if isinstance(intent, OpenSession):
            self.open_session(intent.session_id, write=intent.write)
        elif isinstance(intent, OpenNote):
            self.open_note(intent.note_id, focus=True)
        elif isinstance(intent, RecordAttendance) and intent.session_id is not None:
            self.record_attendance(intent.session_id)

    def take_focus(self) -> None:
        """The note's text when one is open and can be written in, else the list."""
        note = self.editor.note
        if note is not None and not note.is_final:
            self.editor.body.setFocus()
        else:
            self.list.setFocus()

    def session_in_view(self) -> int | None:
        return self.session.id if self.session is not None else None

    def _new_requested(self) -> None:
        """New note: here, for the session in view; elsewhere (or with none here), the
        main window asks the view in front which session it means."""
        if self.isVisible() and self.session is not None:
            self.new_note()
        else:
            self.intent.emit(NewNote())

    def refresh(self) -> None:
        """A session changed elsewhere (its status, attendance): the heading says so."""
        if self.session is None:
            return
        try:
            session = self._sessions.get(self.session.id)
        except CounselDeskError:
            return
        note = self.editor.note
        self._set_session(session)
        if note is not None:
            self._select(note.id)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.editor.set_jurisdiction(jurisdiction)
        if self.session is not None:
            self._refresh_list()
        elif self.client_id is not None and self.isVisible():
            self._list_notes(self.client_id)

    def commit(self) -> None:
        self.editor.commit()

    def store(self) -> None:
        self.editor.commit()

    def clear(self) -> None:
        """Save, then drop every note and its undo history (lock)."""
        self.editor.commit()
        self.editor.clear()
        self._note_actions()
        self.model.clear()
        self.session = None
        self.client_id = None
        self.session_label.clear()


def _exists(get: Callable[[int], object], record_id: int) -> bool:
    try:
        get(record_id)
    except CounselDeskError:
        return False
    return True
