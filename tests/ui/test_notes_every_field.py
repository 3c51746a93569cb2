"""Every field of a note is saved like its text, whichever way the practitioner leaves it.

Fields are filled as a user would, and left without moving the focus out of the last one:
Alt+Down, the Next button, Ctrl+W, Ctrl+L, the idle lock, quitting and SIGTERM take no
focus, so a field saved only when it loses focus would be lost. The repro of issue 9: tick
"Bring to supervision", type a question, press Ctrl+L, unlock: the question was gone.
"""

from __future__ import annotations

import os
import signal

import pytest
from guikit import focus, unlock_ui
from notekit import button_for, unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testkit import PASSPHRASE

from counsel_desk.services.workspace import unlock
from counsel_desk.ui import app as gui_app
from counsel_desk.ui.intents import OpenSession

SENTENCE = "Spoke about the walk by the canal and her father's silence."
TITLE = "The canal walk"
QUESTION = "Am I rescuing her when she goes quiet?"


@pytest.fixture
def writing(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    assert editor.note is not None
    main.seeded = seeded
    return controller, main, editor, closed_vault[0]


def fill(qtbot, editor, fields: tuple[str, ...]) -> None:
    """Set each named field by mouse and keyboard; the focus stays where typing leaves it."""
    f = editor.fields
    if "risk" in fields:
        qtbot.mouseClick(f.risk, Qt.MouseButton.LeftButton)
    if "supervision" in fields:
        qtbot.mouseClick(f.supervision, Qt.MouseButton.LeftButton)
    if "text" in fields:
        qtbot.keyClicks(editor.body, SENTENCE)
    if "title" in fields:
        qtbot.keyClicks(f.title, TITLE)
    if "tags" in fields:
        qtbot.keyClicks(f.tags, "Grief, #work")
    if "question" in fields:
        qtbot.keyClicks(f.question, QUESTION)


def leave(qtbot, controller, main, route: str) -> None:
    """Leave the note by ``route``, as the practitioner would."""
    notes = main.view("Notes")
    key_target = QApplication.focusWidget() or main
    if route == "alt+down":
        qtbot.keyClick(key_target, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    elif route == "alt+up":
        qtbot.keyClick(key_target, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif route == "next button":
        qtbot.mouseClick(button_for(notes, notes.next_action), Qt.MouseButton.LeftButton)
    elif route == "previous button":
        qtbot.mouseClick(button_for(notes, notes.prev_action), Qt.MouseButton.LeftButton)
    elif route == "ctrl+w":
        qtbot.keyClick(key_target, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    elif route == "ctrl+l":
        qtbot.keyClick(key_target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert controller.state == "locked"
    elif route == "idle lock":
        controller.idle.set_interval_ms(300)  # as if the practitioner had walked away
        qtbot.waitUntil(lambda: controller.state == "locked", timeout=5_000)
    elif route == "quit":  # the window's close button: Quit on every platform
        main.close()
        assert controller.state == "closed"
    elif route == "sigterm":
        restore = gui_app._quit_on_signals(controller.quit)  # as run_gui installs it
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            qtbot.waitUntil(lambda: controller.state == "closed", timeout=5_000)
        finally:
            restore()
    else:
        raise AssertionError(route)


def stored(controller, folder, note_id: int):
    """The note as the vault holds it now (opening the vault again if it was closed)."""
    if controller.workspace is not None:
        return controller.workspace.notes.get(note_id)
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.notes.pending_drafts() == []  # saved into the note, not left as a draft
        return ws.notes.get(note_id)
    finally:
        ws.close()


EVERY_FIELD = ("risk", "supervision", "text", "title", "tags", "question")
ROUTES = [
    "alt+down",
    "alt+up",
    "next button",
    "previous button",
    "ctrl+w",
    "ctrl+l",
    "idle lock",
    "quit",
    "sigterm",
]
BACKWARDS = ("alt+up", "previous button")  # these start from the client's later session


@pytest.mark.parametrize("route", ROUTES)
def test_every_field_is_kept_whichever_way_the_note_is_left(qtbot, writing, route):
    controller, main, editor, folder = writing
    if route in BACKWARDS:
        main.follow(OpenSession(main.seeded["later"].id, write=True))
    note_id = editor.note.id
    fill(qtbot, editor, EVERY_FIELD)  # the question last: the focus is still in it
    leave(qtbot, controller, main, route)
    note = stored(controller, folder, note_id)
    assert SENTENCE in note.body
    assert note.title == TITLE
    assert note.tags == ("grief", "work")
    assert note.risk_flag
    assert note.supervision_flag
    assert note.supervision_question == QUESTION


@pytest.mark.parametrize("field", EVERY_FIELD)
def test_each_field_alone_survives_ctrl_l_then_unlock(qtbot, writing, field):
    controller, main, editor, _folder = writing
    note_id = editor.note.id
    fill(qtbot, editor, ("supervision", field) if field == "question" else (field,))
    leave(qtbot, controller, main, "ctrl+l")
    main = unlock_ui(qtbot, controller)
    note = controller.workspace.notes.get(note_id)
    expected = {
        "risk": note.risk_flag,
        "supervision": note.supervision_flag,
        "text": SENTENCE in note.body,
        "title": note.title == TITLE,
        "tags": note.tags == ("grief", "work"),
        "question": note.supervision_question == QUESTION,
    }
    assert expected[field], note
    fields = main.view("Notes").editor.fields  # and the editor shows it again after unlocking
    assert main.view("Notes").editor.note.id == note_id
    shown = {
        "risk": fields.risk.isChecked(),
        "supervision": fields.supervision.isChecked(),
        "text": SENTENCE in main.view("Notes").editor.body.toPlainText(),
        "title": fields.title.text() == TITLE,
        "tags": fields.tags.text() == "grief, work",
        "question": fields.question.text() == QUESTION,
    }
    assert shown[field]


def test_a_tag_too_long_is_refused_with_its_reason_and_the_text_is_still_kept(qtbot, writing):
    controller, _main, editor, _folder = writing
    qtbot.keyClicks(editor.body, SENTENCE)
    qtbot.keyClicks(editor.fields.tags, "x" * 41)
    editor.commit()
    assert editor.status.text() == "A tag is at most 40 characters."
    assert editor.fields.tags.text() == "x" * 41  # what was typed stays, to be shortened
    note = controller.workspace.notes.get(editor.note.id)
    assert SENTENCE in note.body
    assert note.tags == ()
