"""Keyboard shortcuts shared by the views and the main window: tooltips that name an
action's key, a key that means different things in different views (Ctrl+N), and keys
written as this platform writes them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

ELSEWHERE: tuple[str, ...] = ()  # a scoped key held in every view no other one claims


def shortcut_tip(action: QAction) -> None:
    """Show an action's shortcut in its tooltip, as the menus do."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{action.text().replace('&', '')} ({key})" if key else action.text())


@dataclass
class ScopedKeys:
    """A shortcut an action holds only while certain views are in front (Ctrl+N: a new
    client in Clients, a new note elsewhere). ``views`` names them (``ELSEWHERE``: every
    view another scoped key does not claim); ``where`` says so on the shortcut sheet."""

    action: QAction
    keys: list[QKeySequence]
    views: tuple[str, ...]
    where: str
    base: list[QKeySequence] = field(init=False)  # the action's keys in every view

    def __post_init__(self) -> None:
        self.base = [k for k in self.action.shortcuts() if k not in self.keys]

    def apply(self, held: bool) -> None:
        self.action.setShortcuts((self.keys if held else []) + self.base)
        shortcut_tip(self.action)


def apply_scoped(scoped: Sequence[ScopedKeys], view: str) -> None:
    """Give each scoped key to the action that holds it while ``view`` is in front. A key
    held ``ELSEWHERE`` gives way only in the views that claim that same key."""
    for s in scoped:
        if s.views:
            s.apply(view in s.views)
            continue
        mine = {k.toString() for k in s.keys}
        claimed = {
            name
            for other in scoped
            if other is not s and mine & {k.toString() for k in other.keys}
            for name in other.views
        }
        s.apply(view not in claimed)


def key_text(keys: Sequence[QKeySequence]) -> str:
    """The keys as this platform writes them. The platform's own lists also name keys few
    keyboards have ("New", "Help"): the sheet leaves those out."""
    texts = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    between = QCoreApplication.translate("shortcuts", " or ")
    return between.join(t for t in texts if "+" in t or re.fullmatch(r"F\d+|.", t))
