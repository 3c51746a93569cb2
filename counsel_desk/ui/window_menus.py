"""The main window's menu bar: File, View (a place for every registered view, Back and
Forward), the menus the views offer (``View.menus``, merged by title in the order the views
are registered), and Help. Only what the bar needs; the actions belong to the views."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

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
