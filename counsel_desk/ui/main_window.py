"""The main window composes the views: navigation on the left, a stack of views, the menus.

It holds no data of its own. ``discard`` clears every view and deletes the window (on lock).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QStandardPaths, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from counsel_desk import APP_NAME, __version__
from counsel_desk.ui import alerts
from counsel_desk.ui import widgets as w
from counsel_desk.ui.views.clients import ClientsView
from counsel_desk.ui.views.sessions import SessionsView

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace

DEFAULT_SIZE = (1100, 720)


def window_state() -> QSettings:
    """Window geometry only (never client data), beside the preferences file."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(base) / "counsel-desk" / "window.ini"), QSettings.Format.IniFormat)


def _action(parent: QWidget, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class MainWindow(QMainWindow):
    lock_requested = Signal()
    hard_lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, workspace: Workspace, show_names: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self._discarding = False
        self.clients_view = ClientsView(workspace.clients, show_names)
        self.sessions_view = SessionsView(
            workspace.sessions, workspace.clients, workspace.practice, show_names
        )
        self.views: list[QWidget] = [self.clients_view, self.sessions_view]
        self.nav = QListWidget()
        self.nav.addItems(["Clients", "Sessions"])
        self.nav.setAccessibleName("Views")
        metrics = self.fontMetrics()
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(QSize(0, metrics.height() * 2))
        self.nav.setFixedWidth(metrics.horizontalAdvance("Sessions") * 3)
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
        self.clients_view.table.view.setFocus()

    def _wire(self) -> None:
        clients, sessions = self.clients_view, self.sessions_view
        clients.clients_changed.connect(sessions.reload_clients)
        clients.current_client_changed.connect(sessions.set_client)
        clients.show_names_changed.connect(sessions.set_show_names)
        clients.open_sessions.connect(self.show_sessions)
        sessions.set_client(clients.current_id() or 0)

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
        for row, (text, key) in enumerate((("&Clients", "Ctrl+1"), ("&Sessions", "Ctrl+2"))):
            action = _action(self, text, key)
            action.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
            view.addAction(action)
        cv, sv = self.clients_view, self.sessions_view
        clients = bar.addMenu("&Clients")
        clients.addActions([cv.add_action, cv.edit_action, cv.end_action])
        clients.addSeparator()
        clients.addAction(cv.names_action)
        sessions = bar.addMenu("&Sessions")
        sessions.addActions([sv.add_action, sv.edit_action])
        status = sessions.addMenu("Set s&tatus")
        status.addActions(list(sv.status_actions.values()))
        about = _action(self, f"&About {APP_NAME}")
        about.triggered.connect(self._about)
        bar.addMenu("&Help").addAction(about)

    def show_sessions(self, client_id: int) -> None:
        self.sessions_view.set_client(client_id)
        self.nav.setCurrentRow(self.views.index(self.sessions_view))

    def set_show_names(self, show: bool) -> None:
        self.clients_view.set_show_names(show)

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
        for view in self.views:
            view.clear()
        self._discarding = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding:
            event.accept()
            return
        event.ignore()
        self.quit_requested.emit()
