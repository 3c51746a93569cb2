"""The main window: it fits the screen, and comes back as it was after a lock (its help, F1,
is tests/ui/test_help.py)."""

from __future__ import annotations

import pytest
from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


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
