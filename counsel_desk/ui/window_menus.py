"""The main window's menu bar: File, View (a place for every registered view, Back and
Forward), the menus the views offer (``View.menus``, merged by title in the order the views
are registered), and Help. Only what the bar needs; the actions belong to the views."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from counsel_desk import APP_NAME
from counsel_desk.ui.help import HelpWindow
from counsel_desk.ui.shortcuts import shortcut_tip
from counsel_desk.ui.views.base import MenuItems

# Back and Forward as browsers and file managers have them: Alt+Left and Alt+Right; on a
# Mac, where Option+Left moves a word in text, ⌘[ and ⌘]. Never the platform's Backspace.
if sys.platform == "darwin":
    BACK_KEYS, FORWARD_KEYS = ("Ctrl+[",), ("Ctrl+]",)
else:
    BACK_KEYS, FORWARD_KEYS = ("Alt+Left",), ("Alt+Right",)


def action(
    parent: QWidget, text: str, keys: Iterable[str | QKeySequence.StandardKey] = ()
) -> QAction:
    made = QAction(text, parent)
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences += QKeySequence.keyBindings(key)
        else:
            sequences.append(QKeySequence(key))
    made.setShortcuts(sequences)
    shortcut_tip(made)
    return made


def merged(offered: Iterable[tuple[str, MenuItems]]) -> dict[str, MenuItems]:
    """The views' menus by title, each title once, in the order first offered."""
    menus: dict[str, MenuItems] = {}
    for title, items in offered:
        menus.setdefault(title, []).extend(items)
    return menus


def fill(menu: QMenu, items: MenuItems) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)


def add_menu(bar: QMenuBar, title: str, items: MenuItems) -> QMenu:
    menu = bar.addMenu(title)
    fill(menu, items)
    return menu


def build_bar(window: Any) -> None:
    """The main window's menu bar, built once: File (its actions kept by role in
    ``window.actions_by_role`` for their icons), View, the menus the views offer, Records and
    Help. Texts are translated in the main window's context."""
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.actions_by_role = {}  # the main actions, for their icons
    for role, text, keys, signal in (
        (
            "lock",
            QCoreApplication.translate("MainWindow", "&Lock"),
            ("Ctrl+L",),
            window.lock_requested,
        ),
        (
            "hard lock",
            QCoreApplication.translate("MainWindow", "&Hard lock (lock and quit)"),
            ("Ctrl+Shift+L",),
            window.hard_lock_requested,
        ),
        (None, None, (), None),
        *((None, None, (), action) for action in window.files.menu_items()),
        (None, None, (), None),
        (
            "settings",
            QCoreApplication.translate("MainWindow", "&Settings…"),
            ("Ctrl+,",),
            window.settings_requested,
        ),
        (
            "new recovery key",
            QCoreApplication.translate("MainWindow", "Make a new &recovery key…"),
            (),
            window.new_recovery_key_requested,
        ),
        (None, None, (), None),
        (
            "quit",
            QCoreApplication.translate("MainWindow", "&Quit"),
            (QKeySequence.StandardKey.Quit,),
            window.quit_requested,
        ),
    ):
        if text is None:
            if signal is None:
                file.addSeparator()
            else:
                file.addAction(signal)  # an action made elsewhere (the open export)
            continue
        made = action(window, text, keys)
        made.triggered.connect(signal)
        file.addAction(made)
        window.actions_by_role[role] = made
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for spec in window.registry:
        go = action(window, f"&{QCoreApplication.translate('Views', spec.name)}", spec.keys)
        go.triggered.connect(lambda _c=False, name=spec.name: window.go(name))
        view.addAction(go)
    view.addSeparator()
    window.back_action = action(
        window, QCoreApplication.translate("MainWindow", "&Back"), BACK_KEYS
    )
    window.back_action.triggered.connect(lambda: window.step(-1))
    window.forward_action = action(
        window, QCoreApplication.translate("MainWindow", "&Forward"), FORWARD_KEYS
    )
    window.forward_action.triggered.connect(lambda: window.step(1))
    view.addActions([window.back_action, window.forward_action])
    offered = merged(item for v in window.views() for item in v.menus())
    if "&View" in offered:
        view.addSeparator()
        fill(view, offered.pop("&View"))
    for title, items in offered.items():  # titles marked QT_TRANSLATE_NOOP("Menus", …)
        add_menu(bar, QCoreApplication.translate("Menus", title), items)
    add_menu(bar, QCoreApplication.translate("MainWindow", "&Records"), window.keeping.menu_items())
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = action(
        window,
        QCoreApplication.translate("MainWindow", "{APP_NAME} &help").format(APP_NAME=APP_NAME),
        (QKeySequence.StandardKey.HelpContents,),
    )
    guide.triggered.connect(lambda: window.show_help(window.showing()))
    keys = action(window, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
    keys.triggered.connect(lambda: window.show_help(HelpWindow.SHORTCUTS))
    about = action(
        window,
        QCoreApplication.translate("MainWindow", "&About {APP_NAME}").format(APP_NAME=APP_NAME),
    )
    about.triggered.connect(window.show_about)
    window.check_action = action(
        window, QCoreApplication.translate("MainWindow", "&Check the vault…")
    )
    window.check_action.triggered.connect(window.check_vault)
    fill(window.help_menu, [guide, keys, None, window.check_action, None, about])
    window.actions_by_role.update(
        back=window.back_action,
        forward=window.forward_action,
        help=guide,
        check=window.check_action,
    )
