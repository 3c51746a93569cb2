"""The main window composes the views; it holds none of their records and reaches into
none of their widgets.

It builds each view registered in ``ui/views/registry.py`` with the narrow services the
view names, puts it in the window or on the client page, lists the places in the sidebar
and the View menu (Ctrl+1…9), merges the menus the views offer, and follows the intents
they emit (``ui/intents.py``), keeping the places visited for Back and Forward
(Alt+Left, Alt+Right). ``place`` and ``return_to`` carry the place, the history and what
each view had open (ids only) across a lock; ``discard`` clears every view and deletes the
window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk import APP_NAME, __version__
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.preferences import Jurisdiction, Preferences
from counsel_desk.ui import alerts, icons, vault_check
from counsel_desk.ui import widgets as w
from counsel_desk.ui import window_menus as menus
from counsel_desk.ui.help import HelpWindow
from counsel_desk.ui.intents import (
    FinishSetup,
    NewNote,
    OpenClient,
    OpenSession,
    RecordAttendance,
    Show,
    ShowNames,
)
from counsel_desk.ui.navigation import (
    HOST_CLIENT,
    CurrentClient,
    History,
    Registry,
    ViewSpec,
    Visit,
)
from counsel_desk.ui.open_files import OpenFiles
from counsel_desk.ui.record_keeping import RecordKeeping
from counsel_desk.ui.shortcuts import apply_scoped
from counsel_desk.ui.sidebar import CLIENT_PAGE, NO_CLIENT, Sidebar
from counsel_desk.ui.views.client_page import ClientPage
from counsel_desk.ui.views.registry import VIEWS, provide
from counsel_desk.ui.window_frame import (
    DEMO_TITLE,
    as_screen,
    demo_banner,
    place_for,
    remember_place,
    screens_now,
    window_state,
)

if TYPE_CHECKING:
    from counsel_desk.services.workspace import Workspace
    from counsel_desk.ui.views.base import View

DEFAULT_SIZE = (1100, 720)
NO_SESSION_FOR_NOTE = QT_TRANSLATE_NOOP(
    "main_window",
    "A note belongs to a session, and no session is chosen here. Choose one on Today "
    "(Ctrl+1) or in Sessions (Ctrl+3), then press {key} again.",
)
NO_SESSION_FOR_ATTENDANCE = QT_TRANSLATE_NOOP(
    "main_window",
    "Attendance is recorded for a session, and no session is chosen here. Choose one on "
    "Today (Ctrl+1), in Sessions (Ctrl+3) or in Notes (Ctrl+4), then try again.",
)
NO_SESSION_FOR = QT_TRANSLATE_NOOP(
    "main_window",
    "{what}, and no session is chosen here. Choose one on Today (Ctrl+1), in Sessions "
    "(Ctrl+3) or in Notes (Ctrl+4), then try again.",
)


@dataclass(frozen=True)
class WindowPlace:
    """Where the practitioner was when the vault locked: ids and sizes, never text."""

    geometry: QByteArray
    history: History
    client_id: int | None = None
    views: dict[str, Any] = field(default_factory=dict)  # each view's own ``place()``


class MainWindow(w.Discardable, QMainWindow):
    lock_requested = Signal()
    hard_lock_requested = Signal()
    settings_requested = Signal()
    new_recovery_key_requested = Signal()
    setup_requested = Signal()  # the practice set-up (Today offers it while not done)
    quit_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        show_names: bool,
        jurisdiction: Jurisdiction = Jurisdiction.UK,
        parent: QWidget | None = None,
        views: Sequence[ViewSpec] = VIEWS,
        *,
        demo: bool = False,
    ):
        super().__init__(parent)
        self.demo = demo
        demo_title = QCoreApplication.translate("window_frame", DEMO_TITLE)
        self.setWindowTitle(f"{APP_NAME} — {demo_title}" if demo else APP_NAME)
        self.workspace = workspace
        self.show_names, self.jurisdiction = show_names, jurisdiction
        self.registry = Registry(views)
        self.current = CurrentClient(self)
        self.history = History()
        self.help_window: HelpWindow | None = None
        self._showing = ""
        self._views: dict[str, View] = {}
        self.page = ClientPage(workspace.client_header, self.current)
        self.page.tab_chosen.connect(lambda name: self.go(name, focus=False))
        self.stack = QStackedWidget()
        self.sidebar = Sidebar()
        self.sidebar.chosen.connect(self._sidebar_chosen)
        for spec in self.registry:
            self._add(spec, spec.factory(provide(workspace, self.current, spec.needs)))
        self.current.changed.connect(self._client_changed)
        self.scoped = [keys for view in self._views.values() for keys in view.scoped_keys()]
        self.keeping = RecordKeeping(
            self,
            workspace.backups,
            workspace.retention,
            workspace.erasure,
            lambda: self.current.id,
            self.flush_notes,
            subject_access=workspace.subject_access,
        )
        self.keeping.changed.connect(self.refresh_views)
        self.files = OpenFiles(
            self, lambda: workspace.open_export, self.flush_notes, lambda: workspace.is_open
        )
        self.keeping.erased.connect(self._client_erased)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.demo_banner = demo_banner() if demo else None
        if self.demo_banner is not None:
            column.addWidget(self.demo_banner)
        row = QHBoxLayout()
        row.setContentsMargins(w.SPACING, w.SPACING, w.MARGIN, w.SPACING)
        row.setSpacing(w.SPACING)  # the sidebar has its frame; its icons need the room
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self._menus()
        icons.decorate(self)
        self.set_show_names(show_names, force=True)
        self.set_jurisdiction(jurisdiction)
        self.go(self.registry.names()[0])  # Today, filled as it is shown
        self._size_for_screen()

    def _add(self, spec: ViewSpec, view: View) -> None:
        self._views[spec.name] = view
        view.intent.connect(self.follow)
        view.changed.connect(lambda: self._records_changed(view))
        shown = QCoreApplication.translate("Views", spec.name)  # the name stays the key
        tip = f"{shown} ({spec.keys[0]})" if spec.keys else shown
        if spec.host != HOST_CLIENT:
            self.stack.addWidget(view)
            self.sidebar.add_entry(shown, spec.name, tip)
            return
        if self.page.tabs.count() == 0:
            self.stack.addWidget(self.page)
            self.sidebar.add_entry(
                QCoreApplication.translate("sidebar", NO_CLIENT), CLIENT_PAGE, ""
            )
        self.page.add_tab(spec.name, view, tip)
        tabs = ", ".join(
            f"{QCoreApplication.translate('Views', name)} ({self.registry.spec(name).keys[0]})"
            for name in self.page.tab_names()
        )
        self.sidebar.item(self.sidebar.targets().index(CLIENT_PAGE)).setToolTip(
            self.tr("The open client's page: {tabs}").format(tabs=tabs)
        )

    def view(self, name: str) -> View:
        """The view registered as ``name``."""
        return self._views[name]

    def showing(self) -> str:
        """The name of the view in front (a tab's name on the client page)."""
        return self._showing

    def views(self) -> list[View]:
        """Every view, in the order they were registered."""
        return list(self._views.values())

    def _size_for_screen(self) -> None:
        """Where the window was in this set of screens, wholly on a screen; at first, the
        default size shrunk to the primary screen's free area (logical pixels, so high DPI
        is allowed for)."""
        primary = QGuiApplication.primaryScreen()
        if primary is None:
            self.resize(*DEFAULT_SIZE)
            return
        rect, maximised = place_for(
            window_state(),
            screens_now(),
            as_screen(primary),
            QSize(*DEFAULT_SIZE),
            self.minimumSizeHint(),
        )
        self.setGeometry(rect)
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def keep_place(self) -> None:
        """Remember where the window is, for this set of screens (on lock and quit)."""
        screen = self.screen()
        if screen is None:
            return
        maximised = self.isMaximized() or self.isFullScreen()
        rect = self.normalGeometry() if maximised else self.geometry()
        if rect.isEmpty():
            rect = self.geometry()
        remember_place(window_state(), screens_now(), screen.name(), rect, maximised)

    def _menus(self) -> None:
        menus.build_bar(self)

    # --- going places ------------------------------------------------------------------
    def go(self, name: str, *, focus: bool = True) -> None:
        """Bring the view ``name`` to the front, as its Ctrl+number does. ``focus``: the
        keyboard goes to it (not when it was chosen in the sidebar or the page's tabs, where
        the arrow keys move on to the next)."""
        self._leave()
        self._bring_forward(name, focus=focus)
        self._arrived()

    def step(self, delta: int) -> None:
        """Back (-1) or Forward (+1) through the places visited."""
        if not self.history.can_go(delta):
            return
        self._leave()
        visit = self.history.go(delta)
        assert visit is not None
        self.current.set(visit.client_id)
        self._bring_forward(visit.view)
        self._views[visit.view].return_to(visit.where)
        self._update_steps()

    def follow(self, intent: object) -> None:
        """Where a view asked to go (``ui/intents.py``)."""
        if isinstance(intent, Show):
            self.go(intent.view)
        elif isinstance(intent, ShowNames):
            self.set_show_names(intent.show)
        elif isinstance(intent, NewNote):
            self.new_note()
        elif isinstance(intent, FinishSetup):
            self.setup_requested.emit()
        elif isinstance(intent, OpenClient):
            self._leave()
            self.current.set(intent.client_id)
            self._bring_forward(intent.tab)
            self._arrived()
        elif isinstance(intent, RecordAttendance) and intent.session_id is None:
            session_id = self._views[self._showing].session_in_view()
            if session_id is None:
                alerts.info(
                    self, QCoreApplication.translate("main_window", NO_SESSION_FOR_ATTENDANCE)
                )
            else:
                self.follow(RecordAttendance(session_id))
        elif hasattr(intent, "for_session") and intent.session_id is None:
            # a dialog for "the session in view": the view in front says which, if any
            session_id = self._views[self._showing].session_in_view()
            if session_id is None:
                alerts.info(
                    self,
                    QCoreApplication.translate("main_window", NO_SESSION_FOR).format(
                        what=QCoreApplication.translate("intents", intent.for_session)
                    ),
                )
            else:
                self.follow(replace(intent, session_id=session_id))
        elif self.keeping.handles(intent):
            self.keeping.follow(intent)  # a dialog over the view in front
        elif (spec := self.registry.handler(intent)) is None:
            return
        elif not getattr(intent, "navigates", True):
            self._views[spec.name].follow(intent)  # a dialog over the view in front
        else:
            self._leave()
            self._bring_forward(spec.name)
            self._views[spec.name].follow(intent)
            self._arrived()

    def _leave(self) -> None:
        """The view in front is being left: keep where it was, and save what it holds."""
        if self._showing:
            view = self._views[self._showing]
            self.history.remember(view.place())
            view.store()

    def _bring_forward(self, name: str, *, focus: bool = True) -> None:
        view = self._views[name]
        if self.registry.on_client_page(name):
            self.page.show_tab(name)
            self.stack.setCurrentWidget(self.page)
            self.sidebar.show_current(CLIENT_PAGE)
        else:
            self.stack.setCurrentWidget(view)
            self.sidebar.show_current(name)
        self._showing = name
        apply_scoped(self.scoped, name)
        view.shown()
        if focus:
            view.take_focus()

    def _arrived(self) -> None:
        on_page = self.registry.on_client_page(self._showing)
        self.history.arrive(Visit(self._showing, self.current.id if on_page else None))
        self._update_steps()

    def _update_steps(self) -> None:
        self.back_action.setEnabled(self.history.can_go(-1))
        self.forward_action.setEnabled(self.history.can_go(1))

    def _sidebar_chosen(self, target: str) -> None:
        self.go(self.page.tab() if target == CLIENT_PAGE else target, focus=False)

    def _client_erased(self, client_id: int) -> None:
        """The client's records are gone: no page is open for them any more."""
        if self.current.id == client_id:
            self.current.forget()
            self.sidebar.set_client(None)

    def _client_changed(self, client_id: int) -> None:
        try:
            code = self.workspace.clients.get(client_id).code
        except CounselDeskError:
            code = None
        self.sidebar.set_client(code)

    def new_note(self) -> None:
        """New note (Ctrl+N): for the session the view in front has in view (on Today, the
        one just ended or under way); with none, say why and where to choose one."""
        session_id = self._views[self._showing].session_in_view()
        if session_id is not None:
            self.follow(OpenSession(session_id, write=True))
            return
        key = QKeySequence.keyBindings(QKeySequence.StandardKey.New)[0]
        alerts.info(
            self,
            QCoreApplication.translate("main_window", NO_SESSION_FOR_NOTE).format(
                key=key.toString(QKeySequence.SequenceFormat.NativeText)
            ),
        )

    # --- what changed ------------------------------------------------------------------
    def _records_changed(self, source: View) -> None:
        for view in self._views.values():
            if view is not source:
                view.refresh()
        self.page.refresh()

    def refresh_views(self) -> None:
        """Records changed under the views (drafts restored): show them as they now are."""
        for view in self._views.values():
            view.refresh()
        self.page.refresh()

    def set_show_names(self, show: bool, *, force: bool = False) -> None:
        if show == self.show_names and not force:
            return
        self.show_names = show
        for view in self._views.values():
            view.set_show_names(show)
        self.page.set_show_names(show)

    def set_jurisdiction(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        for view in self._views.values():
            view.set_jurisdiction(jurisdiction)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Show what changed in Settings: names, and the words of where one practises."""
        if prefs.jurisdiction != self.jurisdiction:
            self.set_jurisdiction(prefs.jurisdiction)
        self.set_show_names(prefs.show_names)

    def check_vault(self) -> None:
        ws = self.workspace
        vault_check.check_vault(self, self.check_action, ws.snapshot, ws.check, lambda: ws.is_open)

    def show_help(self, page: str) -> None:
        """F1: the help window, at the page for the view in front (or ``page``)."""
        if self.help_window is None:
            self.help_window = window = HelpWindow(self)
            window.finished.connect(lambda _r: setattr(self, "help_window", None))
            window.finished.connect(window.deleteLater)
        self.help_window.fill(self.menuBar(), self.scoped)
        self.help_window.show_page(page)
        self.help_window.show()
        self.help_window.raise_()

    def show_about(self) -> None:
        from PySide6 import __version__ as qt_version

        alerts.info(
            self,
            self.tr(
                "{APP_NAME} {__version__}\n\nAn offline, encrypted notebook for "
                "counsellors and psychotherapists.\n\nQt for Python {qt_version}"
            ).format(APP_NAME=APP_NAME, __version__=__version__, qt_version=qt_version),
        )

    # --- across a lock -----------------------------------------------------------------
    def flush_notes(self) -> None:
        """Save what is being written into the vault (before lock or quit)."""
        for view in self._views.values():
            view.store()

    def place(self) -> WindowPlace:
        self.history.remember(self._views[self._showing].place())
        return WindowPlace(
            geometry=self.saveGeometry(),
            history=History(list(self.history.visits), self.history.at),
            client_id=self.current.id,
            views={name: view.place() for name, view in self._views.items()},
        )

    def return_to(self, place: WindowPlace) -> None:
        """After unlocking: the same size, place, history and open records as before."""
        self.restoreGeometry(place.geometry)
        self.current.set(place.client_id)
        for name, where in place.views.items():
            if name in self._views:
                self._views[name].return_to(where)
        visits = [v for v in place.history.visits if v.view in self._views]
        if not visits:
            return
        self.history = History(visits, min(place.history.at, len(visits) - 1))
        visit = self.history.current
        assert visit is not None
        self.current.set(visit.client_id)
        self._bring_forward(visit.view)
        self._update_steps()

    def discard(self) -> None:
        """Clear every view, close every dialog, and delete the window (on lock or quit)."""
        self.keep_place()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        self.flush_notes()
        for view in self._views.values():
            view.clear()
        self.page.clear()
        self.sidebar.set_client(None)
        self.current.forget()
        self._close_for_good()

    def _close_asked(self) -> None:
        self.quit_requested.emit()
