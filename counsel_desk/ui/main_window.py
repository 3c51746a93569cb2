"""The main window composes the views: navigation on the left, a stack of views, the menus.

It holds no data of its own. ``discard`` clears every view and deletes the window (on lock).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from counsel_desk import APP_NAME, __version__
from counsel_desk.domain.preferences import Jurisdiction
from counsel_desk.ui import alerts, note_dialogs
from counsel_desk.ui import widgets as w
from counsel_desk.ui.views.clients import ClientsView
from counsel_desk.ui.views.notes import NotesView, shortcut_tip
from counsel_desk.ui.views.search import SearchView
from counsel_desk.ui.views.sessions import SessionsView
from counsel_desk.ui.views.today import TodayView

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace

DEFAULT_SIZE = (1100, 720)
VIEW_NAMES = ["Today", "Clients", "Sessions", "Notes", "Search"]


def window_state() -> QSettings:
    """Window geometry only (never client data), beside the preferences file."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(base) / "counsel-desk" / "window.ini"), QSettings.Format.IniFormat)


def _action(parent: QWidget, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class MainWindow(w.Discardable, QMainWindow):
    lock_requested = Signal()
    hard_lock_requested = Signal()
    settings_requested = Signal()
    check_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        show_names: bool,
        jurisdiction: Jurisdiction = Jurisdiction.UK,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.workspace = workspace
        self.jurisdiction = jurisdiction
        self.today_view = TodayView(workspace, show_names)
        self.clients_view = ClientsView(workspace.clients, show_names)
        self.sessions_view = SessionsView(
            workspace.sessions, workspace.clients, workspace.practice, show_names
        )
        self.notes_view = NotesView(workspace)
        self.search_view = SearchView(workspace)
        self.views: list[QWidget] = [
            self.today_view,
            self.clients_view,
            self.sessions_view,
            self.notes_view,
            self.search_view,
        ]
        self.nav = QListWidget()
        self.nav.addItems(VIEW_NAMES)
        self.nav.setAccessibleName("Views")
        metrics = self.fontMetrics()
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(0, metrics.height() * 2))
        self.nav.setFixedWidth(metrics.horizontalAdvance("Sessions") * 2 + 2 * w.SPACING)
        self.stack = QStackedWidget()
        for view in self.views:
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(w.SPACING, w.SPACING, w.MARGIN, w.SPACING)
        row.setSpacing(w.MARGIN)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._wire()
        self._menus()
        self.resize(*DEFAULT_SIZE)
        geometry = window_state().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.set_jurisdiction(jurisdiction)
        self.today_view.reload()
        self.today_view.setFocus()

    def _wire(self) -> None:
        clients, sessions = self.clients_view, self.sessions_view
        clients.clients_changed.connect(sessions.reload_clients)
        clients.current_client_changed.connect(sessions.set_client)
        clients.show_names_changed.connect(sessions.set_show_names)
        clients.open_sessions.connect(self.show_sessions)
        sessions.set_client(clients.current_id() or 0)
        today, notes, search, ws = (
            self.today_view,
            self.notes_view,
            self.search_view,
            self.workspace,
        )
        today.write_note.connect(lambda sid: self.show_notes(sid, new_note=True))
        today.open_session.connect(self.show_notes)
        today.open_note.connect(self.show_note)
        today.record_attendance.connect(self.record_attendance)
        search.open_note.connect(self.show_note)
        notes.attendance_requested.connect(self.record_attendance)
        notes.new_requested.connect(self.new_note)
        notes.editor.amend_requested.connect(
            lambda nid: note_dialogs.amend(self, ws, nid, notes.editor.reload)
        )
        notes.editor.history_requested.connect(lambda nid: note_dialogs.history(self, ws, nid))
        notes.editor.templates_requested.connect(
            lambda: note_dialogs.templates(self, ws, self.jurisdiction, notes.editor.reload)
        )
        sessions.table.view.activated.disconnect()
        sessions.table.view.activated.connect(lambda _i: self._session_activated())
        self.nav.currentRowChanged.connect(self._view_changed)

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        for text, key, signal in (
            ("&Lock", "Ctrl+L", self.lock_requested),
            ("&Hard lock (lock and quit)", "Ctrl+Shift+L", self.hard_lock_requested),
            (None, None, None),
            ("&Settings…", "Ctrl+,", self.settings_requested),
            (None, None, None),
            ("&Quit", QKeySequence.StandardKey.Quit, self.quit_requested),
        ):
            if text is None:
                file.addSeparator()
                continue
            action = _action(self, text, key)
            action.triggered.connect(signal)
            file.addAction(action)
        view = bar.addMenu("&View")
        for row, name in enumerate(VIEW_NAMES):
            action = _action(self, f"&{name}", f"Ctrl+{row + 1}")
            if row == 0:
                action.setShortcuts([QKeySequence("Ctrl+1"), QKeySequence("Ctrl+T")])
            action.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
            shortcut_tip(action)
            self.nav.item(row).setToolTip(action.toolTip())
            view.addAction(action)
        find = _action(self, "&Find in notes…", QKeySequence.StandardKey.Find)
        find.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("Ctrl+Shift+F")])
        find.triggered.connect(self.show_search)
        view.addSeparator()
        view.addAction(find)
        cv, sv = self.clients_view, self.sessions_view
        clients = bar.addMenu("&Clients")
        clients.addActions([cv.add_action, cv.edit_action, cv.end_action])
        clients.addSeparator()
        clients.addAction(cv.names_action)
        sessions = bar.addMenu("&Sessions")
        sessions.addActions([sv.add_action, sv.edit_action])
        status = sessions.addMenu("Set s&tatus")
        status.addActions(list(sv.status_actions.values()))
        nv = self.notes_view
        sessions.addAction(nv.attendance_action)
        notes = bar.addMenu("&Notes")
        notes.addActions([nv.new_action, nv.save_action, nv.finalise_action, nv.preview_action])
        notes.addSeparator()
        notes.addActions([nv.prev_action, nv.next_action])
        notes.addSeparator()
        templates = _action(self, "&Templates…")
        templates.triggered.connect(nv.editor.templates_requested)
        notes.addAction(templates)
        self.check_action = _action(self, "&Check the vault…")
        self.check_action.triggered.connect(self.check_requested)
        about = _action(self, f"&About {APP_NAME}")
        about.triggered.connect(self._about)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.check_action)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def show_sessions(self, client_id: int) -> None:
        self.sessions_view.set_client(client_id)
        self.nav.setCurrentRow(self.views.index(self.sessions_view))

    def set_show_names(self, show: bool) -> None:
        self.clients_view.set_show_names(show)
        self.today_view.set_show_names(show)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.notes_view.set_jurisdiction(jurisdiction)
        self.search_view.set_jurisdiction(jurisdiction)

    # --- notes -------------------------------------------------------------------------
    def _show(self, view: QWidget) -> None:
        self.nav.setCurrentRow(self.views.index(view))

    def _view_changed(self, row: int) -> None:
        if self.views[row] is not self.notes_view:
            self.notes_view.commit()
        if self.views[row] is self.today_view:
            self.today_view.reload()
        elif self.views[row] is self.search_view:
            self.search_view.reload_filters()

    def show_notes(self, session_id: int, new_note: bool = False) -> None:
        self._show(self.notes_view)
        self.notes_view.open_session(session_id, new_note=new_note)

    def show_note(self, note_id: int) -> None:
        self._show(self.notes_view)
        self.notes_view.open_note(note_id, focus=True)

    def show_search(self) -> None:
        self._show(self.search_view)
        self.search_view.start()

    def _session_activated(self) -> None:
        session_id = self.sessions_view.current_id()
        if session_id is not None:
            self.show_notes(session_id)

    def new_note(self) -> None:
        """Ctrl+Shift+M: a new note for the session in view (Today: the one just ended)."""
        current = self.stack.currentWidget()
        if current is self.notes_view and self.notes_view.session is not None:
            self.notes_view.new_note()
            return
        session_id = None
        if current is self.sessions_view:
            session_id = self.sessions_view.current_id()
        elif current is self.today_view and self.today_view.overview is not None:
            latest = self.today_view.overview.latest_session
            session_id = latest.session_id if latest else None
        if session_id is not None:
            self.show_notes(session_id, new_note=True)

    def record_attendance(self, session_id: int) -> None:
        def done() -> None:
            self.today_view.reload()
            self.sessions_view.reload()
            if self.notes_view.session is not None and self.notes_view.session.id == session_id:
                self.notes_view.open_session(session_id)

        note_dialogs.attendance(self, self.workspace, session_id, done)

    def flush_notes(self) -> None:
        """Save what is being written into the vault (before lock or quit)."""
        self.notes_view.commit()

    def _about(self) -> None:
        from PySide6 import __version__ as qt_version

        alerts.info(
            self,
            f"{APP_NAME} {__version__}\n\nAn offline, encrypted notebook for counsellors and "
            f"psychotherapists.\n\nQt for Python {qt_version}",
        )

    def discard(self) -> None:
        """Clear every view, close every dialog, and delete the window (on lock or quit)."""
        window_state().setValue("main/geometry", self.saveGeometry())
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        self.flush_notes()
        for view in self.views:
            view.clear()
        self._close_for_good()

    def _close_asked(self) -> None:
        self.quit_requested.emit()
