"""The main window composes the views: navigation on the left, a stack of views, the menus.

It holds no data of its own. ``discard`` clears every view and deletes the window (on lock);
``place`` and ``return_to`` carry the view, the selection and the open note (ids only)
across a lock, so unlocking returns to them at the same window size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, QStandardPaths, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from counsel_desk import APP_NAME, __version__
from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.ui import alerts, note_dialogs, vault_check
from counsel_desk.ui import widgets as w
from counsel_desk.ui.help import HelpWindow, ScopedKeys
from counsel_desk.ui.views.clients import ClientsView
from counsel_desk.ui.views.notes import NotesPlace, NotesView, shortcut_tip
from counsel_desk.ui.views.search import SearchView
from counsel_desk.ui.views.sessions import SessionsView
from counsel_desk.ui.views.today import TodayView

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace

DEFAULT_SIZE = (1100, 720)
SCREEN_SHARE = 0.92  # the first window leaves a margin of the screen free
VIEW_NAMES = ["Today", "Clients", "Sessions", "Notes", "Search"]
NO_SESSION_FOR_NOTE = (
    "A note belongs to a session, and no session is chosen here. Choose one on Today "
    "(Ctrl+1) or in Sessions (Ctrl+3), then press {key} again."
)


def window_state() -> QSettings:
    """Window geometry only (never client data), beside the preferences file."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(base) / "counsel-desk" / "window.ini"), QSettings.Format.IniFormat)


def _action(parent: QWidget, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def fit_to_screen(wanted: QSize, smallest: QSize, available: QRect) -> QRect:
    """A window of ``wanted`` size, shrunk to fit ``available`` with a margin (never below
    ``smallest``, the window's minimum), centred."""
    width = min(wanted.width(), int(available.width() * SCREEN_SHARE))
    height = min(wanted.height(), int(available.height() * SCREEN_SHARE))
    rect = QRect(0, 0, max(width, smallest.width()), max(height, smallest.height()))
    rect.moveCenter(available.center())
    return rect


@dataclass(frozen=True)
class WindowPlace:
    """Where the practitioner was when the vault locked: ids and sizes, never text."""

    view: int
    geometry: QByteArray
    client_id: int | None = None
    sessions_client_id: int | None = None
    session_id: int | None = None
    notes: NotesPlace = field(default_factory=lambda: NotesPlace(None, None))


class MainWindow(w.Discardable, QMainWindow):
    lock_requested = Signal()
    hard_lock_requested = Signal()
    settings_requested = Signal()
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
        self.help_window: HelpWindow | None = None
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
        self.nav.setFixedWidth(metrics.horizontalAdvance("Sessions") + 4 * w.SPACING)
        self.stack = QStackedWidget()
        for view in self.views:
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(w.SPACING, w.SPACING, w.MARGIN, w.SPACING)
        row.setSpacing(w.MARGIN)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.scoped_keys = self._scoped_keys()
        self._wire()
        self._menus()
        self.set_jurisdiction(jurisdiction)
        self.nav.setCurrentRow(0)  # Today, filled as it is shown
        self._size_for_screen()
        self.today_view.setFocus()

    def _size_for_screen(self) -> None:
        """The saved size and place if they still fit a screen; else the default size,
        shrunk to the screen's free area (logical pixels, so high DPI is allowed for)."""
        geometry = window_state().value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*DEFAULT_SIZE)
            return
        self.setGeometry(
            fit_to_screen(QSize(*DEFAULT_SIZE), self.minimumSizeHint(), screen.availableGeometry())
        )

    def _scoped_keys(self) -> list[ScopedKeys]:
        """Ctrl+N (the platform's New) makes a new one of what is in view: a client in
        Clients, a note in every other view. Only one of the two holds it at a time."""
        new = QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        clients = self.views.index(self.clients_view)
        others = [i for i in range(len(self.views)) if i != clients]
        return [
            ScopedKeys(self.clients_view.add_action, new, (clients,), "in Clients"),
            ScopedKeys(self.notes_view.new_action, new, tuple(others), "in every other view"),
        ]

    def _apply_scoped_keys(self, row: int) -> None:
        for scoped in self.scoped_keys:
            scoped.apply(row)
            shortcut_tip(scoped.action)

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
        today.write_note.connect(lambda sid: self.show_notes(sid, write=True))
        today.open_session.connect(self.show_notes)
        today.open_note.connect(self.show_note)
        today.record_attendance.connect(self.record_attendance)
        today.add_client_requested.connect(self._add_first_client)
        today.book_session_requested.connect(self._book_first_session)
        search.open_note.connect(self.show_note)
        notes.attendance_requested.connect(self.record_attendance)
        notes.new_requested.connect(self.new_note)
        notes.editor.amend_requested.connect(
            lambda nid: note_dialogs.amend(self, ws, nid, notes.editor.reload)
        )
        notes.editor.history_requested.connect(lambda nid: note_dialogs.history(self, ws, nid))
        notes.editor.templates_requested.connect(
            lambda: note_dialogs.templates(
                self, ws, self.jurisdiction, notes.editor.refresh_templates
            )
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
        notes.addAction(nv.close_action)
        notes.addSeparator()
        notes.addActions([nv.print_action, nv.export_action])
        notes.addSeparator()
        notes.addActions([nv.prev_action, nv.next_action])
        notes.addSeparator()
        templates = _action(self, "&Templates…")
        templates.triggered.connect(nv.editor.templates_requested)
        notes.addAction(templates)
        self.help_menu = bar.addMenu("&Help")
        guide = _action(self, f"{APP_NAME} &help", QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(lambda: self.show_help(VIEW_NAMES[self.nav.currentRow()]))
        keys = _action(self, "&Keyboard shortcuts")
        keys.triggered.connect(lambda: self.show_help(HelpWindow.SHORTCUTS))
        about = _action(self, f"&About {APP_NAME}")
        about.triggered.connect(self._about)
        self.check_action = _action(self, "&Check the vault…")
        self.check_action.triggered.connect(self.check_vault)
        self.help_menu.addActions([guide, keys])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.check_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(about)
        self._apply_scoped_keys(0)

    def show_help(self, page: str) -> None:
        """F1: the help window, at the page for the view in front (or ``page``)."""
        if self.help_window is None:
            self.help_window = window = HelpWindow(self)
            window.finished.connect(lambda _r: setattr(self, "help_window", None))
            window.finished.connect(window.deleteLater)
        self.help_window.fill(self.menuBar(), self.scoped_keys)
        self.help_window.show_page(page)
        self.help_window.show()
        self.help_window.raise_()

    def show_sessions(self, client_id: int) -> None:
        self.sessions_view.set_client(client_id)
        self.nav.setCurrentRow(self.views.index(self.sessions_view))

    def check_vault(self) -> None:
        ws = self.workspace
        vault_check.check_vault(self, self.check_action, ws.snapshot, ws.check, lambda: ws.is_open)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Show what changed in Settings: names, and the words of where one practises."""
        if prefs.jurisdiction != self.jurisdiction:
            self.set_jurisdiction(prefs.jurisdiction)
        if prefs.show_names != self.clients_view.model.show_names:
            self.set_show_names(prefs.show_names)

    def refresh_views(self) -> None:
        """Records changed under the views (drafts restored): show them as they now are."""
        self.today_view.reload()

    def set_show_names(self, show: bool) -> None:
        self.clients_view.set_show_names(show)
        self.today_view.set_show_names(show)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.notes_view.set_jurisdiction(jurisdiction)
        self.search_view.set_jurisdiction(jurisdiction)
        self.today_view.set_jurisdiction(jurisdiction)

    # --- views and notes ---------------------------------------------------------------
    def _show(self, view: QWidget) -> None:
        self.nav.setCurrentRow(self.views.index(view))

    def _view_changed(self, row: int) -> None:
        self._apply_scoped_keys(row)
        if self.views[row] is not self.notes_view:
            self.notes_view.commit()
        if self.views[row] is self.today_view:
            self.today_view.reload()
        elif self.views[row] is self.search_view:
            self.search_view.reload_filters()

    def show_notes(self, session_id: int, write: bool = False) -> None:
        self._show(self.notes_view)
        self.notes_view.open_session(session_id, write=write)

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
        """New note: for the session in view (on Today, the one just ended or under way);
        with none, say why and where to choose one."""
        current = self.stack.currentWidget()
        if current is self.notes_view and self.notes_view.new_note():
            return
        session_id = None
        if current is self.sessions_view:
            session_id = self.sessions_view.current_id()
        elif current is self.today_view and self.today_view.overview is not None:
            latest = self.today_view.overview.latest_session
            session_id = latest.session_id if latest else None
        if session_id is not None:
            self.show_notes(session_id, write=True)
            return
        alerts.info(self, NO_SESSION_FOR_NOTE.format(key=self.notes_view.new_key()))

    def _add_first_client(self) -> None:
        self._show(self.clients_view)
        self.clients_view.add_action.trigger()

    def _book_first_session(self) -> None:
        self._show(self.sessions_view)
        if self.sessions_view.add_action.isEnabled():
            self.sessions_view.add_action.trigger()

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

    # --- across a lock -----------------------------------------------------------------
    def place(self) -> WindowPlace:
        return WindowPlace(
            view=self.nav.currentRow(),
            geometry=self.saveGeometry(),
            client_id=self.clients_view.current_id(),
            sessions_client_id=self.sessions_view.client_id(),
            session_id=self.sessions_view.current_id(),
            notes=self.notes_view.place(),
        )

    def return_to(self, place: WindowPlace) -> None:
        """After unlocking: the same size, view, selections and note as before the lock."""
        self.restoreGeometry(place.geometry)
        if place.client_id is not None:
            self.clients_view.select(place.client_id)
        if place.sessions_client_id is not None:
            self.sessions_view.set_client(place.sessions_client_id)
            if place.session_id is not None:
                self.sessions_view.table.select(place.session_id)
        self.notes_view.return_to(place.notes)
        view = self.views[place.view] if 0 <= place.view < len(self.views) else self.today_view
        self._show(view)
        if view is self.notes_view and self.notes_view.editor.note is not None:
            self.notes_view.editor.body.setFocus()
        elif view is self.today_view:
            self.today_view.setFocus()

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
