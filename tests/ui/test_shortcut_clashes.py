"""No two actions answer the same key at once, whichever view is in front: Qt fires neither
of two ambiguous shortcuts, so a clash would make a key silently do nothing. Every view's
keys are checked with the view in front (Contract, Boundaries and Timeline on the client
page included), with the window's menus and the keys the view claims for itself."""

from __future__ import annotations

from collections import defaultdict

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.views.registry import VIEWS

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def _live(action: QAction) -> bool:
    """Whether the action's keys can fire now: enabled, on a widget that is showing (its
    menu's window, or the view it belongs to for keys scoped to a widget)."""
    if not action.isEnabled() or not action.shortcuts():
        return False
    owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
    parent = action.parent()
    if isinstance(parent, QWidget):
        owners.append(parent)
    if action.shortcutContext() in WINDOW_WIDE:
        return any(o.window().isVisible() for o in owners)
    return any(o.isVisible() for o in owners)


def _clashes(main) -> dict[str, list[str]]:
    by_key: dict[str, set[str]] = defaultdict(set)
    for action in {id(a): a for a in main.findChildren(QAction)}.values():
        if _live(action):
            for key in action.shortcuts():
                by_key[key.toString()].add(action.text().replace("&", ""))
    return {key: sorted(names) for key, names in by_key.items() if len(names) > 1}


def test_no_key_is_claimed_twice_in_any_view(opened) -> None:
    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["c4"].id))
    checked = []
    for spec in VIEWS:
        main.go(spec.name)
        assert main.showing() == spec.name
        assert _clashes(main) == {}, spec.name
        checked.append(spec.name)
    assert {"Contract", "Boundaries", "Timeline", "Reliability"} <= set(checked)


def test_a_clash_is_found(opened) -> None:
    """The check itself: a key added later to a menu that an alliance key already holds."""
    from PySide6.QtGui import QKeySequence

    _controller, main, _seeded = opened
    extra = QAction("Water the plants", main)
    extra.setShortcut(QKeySequence("Ctrl+Shift+R"))  # Enter score…
    main.help_menu.addAction(extra)
    main.go("Today")
    (names,) = _clashes(main).values()
    assert "Water the plants" in names
    assert len(names) == 2
