"""The main window: it fits the screen, comes back as it was after a lock, and has help (F1)
with a keyboard shortcut sheet made from its own actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from counsel_desk.ui.help import HOW_TO, HelpWindow, action_name
from counsel_desk.ui.views.registry import VIEWS


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def test_the_first_window_fits_the_screen(opened):
    """The offscreen screen is 800 × 800: the default 1100 × 720 window did not fit."""
    _controller, main, _seeded = opened
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(main.frameGeometry())
    assert main.width() >= 600  # shrunk to fit, not to nothing


def test_unlocking_returns_to_the_view_note_and_size_of_before_the_lock(qtbot, opened):
    controller, main, _seeded = opened
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    note_id = editor.note.id
    qtbot.keyClicks(editor.body, "Where was I?")
    cursor = editor.body.textCursor().position()
    main.resize(main.width(), 560)  # a height the practitioner chose
    size = (main.width(), main.height())
    qtbot.keyClick(editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.state == "locked"
    assert (controller.window.width(), controller.window.height()) != size  # the unlock window

    main = unlock_ui(qtbot, controller)
    assert main.showing() == "Notes"
    assert main.view("Notes").editor.note.id == note_id
    assert main.view("Notes").editor.body.textCursor().position() == cursor
    assert (main.width(), main.height()) == size


def test_unlocking_returns_to_the_clients_view_and_the_chosen_client(qtbot, opened):
    controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    main.view("Clients").select(seeded["c5"].id)
    controller.lock()
    main = unlock_ui(qtbot, controller)
    assert main.showing() == "Clients"
    assert main.view("Clients").current_id() == seeded["c5"].id


def test_f1_opens_help_at_the_view_in_front(qtbot, opened):
    _controller, main, _seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_F1)
    help_window = main.findChild(HelpWindow)
    assert help_window is not None
    assert help_window.isVisible()
    assert help_window.pages.currentItem().text() == "Sessions"
    assert "Add session" in help_window.text.toPlainText()
    assert {spec.name for spec in VIEWS} <= set(HOW_TO)  # every view has its page
    help_window.reject()  # closed, then asked for again from another view
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_F1)
    assert main.help_window.isVisible()
    assert main.help_window.pages.currentItem().text() == "Today"


def test_the_shortcut_sheet_is_made_from_the_actions_themselves(qtbot, opened):
    _controller, main, _seeded = opened
    help_action = next(a for a in main.help_menu.actions() if "Keyboard shortcuts" in a.text())
    help_action.trigger()
    sheet = main.help_window.text.toPlainText()
    assert main.help_window.pages.currentItem().text() == HelpWindow.SHORTCUTS
    menu_actions = [
        action
        for top in main.menuBar().actions()
        for action in _all_actions(top.menu())
        if action.shortcuts()
    ]
    assert len(menu_actions) > 20
    for action in menu_actions:
        assert action_name(action) in sheet, action.text()
    for key in ("Ctrl+L", "Alt+Up", "Ctrl+S", "F1", "Ctrl+W", "Ctrl+Shift+M", "Alt+Left", "Ctrl+4"):
        assert key in sheet
    assert "Ctrl+N (in Clients)" in sheet  # the one key that depends on the view
    assert "Ctrl+N (in every other view)" in sheet

    extra = QAction("Water the plants", main)  # a shortcut added later appears by itself
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    main.help_menu.addAction(extra)
    help_action.trigger()
    assert "Water the plants" in main.help_window.text.toPlainText()
    assert "Ctrl+Shift+K" in main.help_window.text.toPlainText()


def _all_actions(menu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _all_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_the_user_guide_lists_every_menu_shortcut(opened):
    """The guide's table is written by hand: this keeps it honest about the menus."""
    _controller, main, _seeded = opened
    guide = (Path(__file__).parents[2] / "docs" / "USER_GUIDE.md").read_text("utf-8")
    table = guide.split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    keys_column = "\n".join(line.split("|")[1] for line in table.splitlines() if "|" in line)

    def in_table(key: str) -> bool:
        return re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", keys_column) is not None

    missing = []
    for top in main.menuBar().actions():
        for action in _all_actions(top.menu()):
            texts = {k.toString() for k in action.shortcuts()}
            if texts and not any(in_table(t) for t in texts):
                missing.append(f"{action_name(action)} ({', '.join(sorted(texts))})")
    assert missing == []
