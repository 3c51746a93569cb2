"""Today: the home view after unlocking, and the shortest way into the note just due."""

from __future__ import annotations

import pytest
from guikit import focus, unlock_ui
from notekit import just_ended_start, seed, unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.dialogs.client import ClientDialog
from counsel_desk.ui.dialogs.session import SessionDialog
from counsel_desk.ui.views.today import NO_UPCOMING, NOTHING_OUTSTANDING


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    return unlock_seeded(qtbot, make_controller, closed_vault[0])


def test_today_is_home_and_lists_sessions_and_outstanding_work(opened):
    _controller, main, seeded = opened
    today = main.view("Today")
    assert main.showing() == "Today"
    assert today.today_model.rowCount() == 1
    assert today.today_model.record_at(0).session_id == seeded["ended"].id
    assert today.upcoming_model.rowCount() == 1
    assert today.just_ended.text().endswith(f"C-004 {seeded['ended'].start:%H:%M}")
    groups = today.outstanding.groups()
    assert any(t.startswith("C-005") for t in groups["Notes to write (2)"])
    assert any(t.startswith("C-005") for t in groups["Attendance to record (2)"])
    assert today.outstanding_empty.isHidden()


def test_empty_today_says_so_in_words(qtbot, make_controller, closed_vault):
    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    today = main.view("Today")
    assert today.today_empty.text() == "No sessions today."
    assert today.upcoming_empty.text() == NO_UPCOMING
    assert today.outstanding_empty.text() == NOTHING_OUTSTANDING
    assert today.write_button.isHidden()


def test_from_unlock_one_keypress_reaches_the_note_of_the_session_just_ended(qtbot, opened):
    """Unlocked and nothing else done: the app has put the focus on "Write note", so one
    key press (Enter, to whatever has the focus) opens the note, ready to type in."""
    _controller, main, seeded = opened
    focus(qtbot, main)  # the window is active; where the focus is inside it is the app's doing
    assert QApplication.focusWidget() is main.view("Today").write_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the one key press
    editor = main.view("Notes").editor
    assert main.showing() == "Notes"
    assert editor.note is not None
    assert editor.note.session_id == seeded["ended"].id
    assert QApplication.focusWidget() is editor.body
    assert editor.fields.template.currentText() == "Person-centred session note"
    qtbot.keyClicks(QApplication.focusWidget(), "She spoke about her sister.")
    assert "She spoke about her sister." in editor.body.toPlainText()
    # the template's first hint was selected, so typing replaced it
    assert editor.body.toPlainText().startswith("## What the client brought\n\nShe spoke")


def test_open_note_opens_the_finalised_note_instead_of_starting_another(
    qtbot, make_controller, closed_vault
):
    """The repro of issue 9: once a session's note was finalised, "Open note" made a new
    empty draft, which then nagged under Outstanding."""
    from guikit import PASSPHRASE

    from counsel_desk.services.workspace import unlock

    folder = closed_vault[0]
    ws = unlock(folder, PASSPHRASE)
    seeded = seed(ws)
    final = ws.notes.create(seeded["ended"].id, "builtin:free_text")
    ws.notes.finalise(final.id, body="She named the loss for the first time.")
    ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    today = main.view("Today")
    assert today.write_button.text() == "Open note"
    qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    assert editor.note.id == final.id
    assert "She named the loss" in editor.record.toPlainText()
    notes = controller.workspace.notes
    assert [n.id for n in notes.for_session(seeded["ended"].id)] == [final.id]
    assert notes.unfinished() == []


def test_a_new_vault_invites_the_first_client_then_the_first_session(
    qtbot, make_controller, closed_vault
):
    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    today = main.view("Today")
    assert today.welcome.isVisible()
    assert "adding your first client" in today.welcome_text.text()
    assert today.add_client_button.isVisible()
    assert not today.book_button.isVisible()
    qtbot.mouseClick(today.add_client_button, Qt.MouseButton.LeftButton)
    assert main.showing() == "Clients"
    qtbot.waitUntil(lambda: main.findChild(ClientDialog) is not None)
    dialog = main.findChild(ClientDialog)
    dialog.reject()

    ws = main.workspace
    client = ws.clients.add(ClientDraft(code="C-001"))
    main.view("Clients").reload(client.id)
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert today.welcome.isVisible()
    assert "book a session" in today.welcome_text.text()
    assert today.book_button.isVisible()
    assert not today.add_client_button.isVisible()
    qtbot.mouseClick(today.book_button, Qt.MouseButton.LeftButton)
    assert main.showing() == "Sessions"
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    main.findChild(SessionDialog).reject()

    ws.sessions.add(SessionDraft(client_id=client.id, start=just_ended_start()))
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not today.welcome.isVisible()


def test_ctrl_1_and_ctrl_t_return_to_today(qtbot, opened):
    _controller, main, _seeded = opened
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.showing() == "Clients"
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert main.showing() == "Today"
