"""The notes view: rows that keep their two lines, Previous and Next that know the ends, a
new note that says why it cannot start, and Ctrl+W to put a note away."""

from __future__ import annotations

import pytest
from guikit import focus, unlock_ui
from notekit import button_for, seed, unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem
from testkit import PASSPHRASE

from counsel_desk.services.workspace import unlock
from counsel_desk.ui.dialogs.client import ClientDialog
from counsel_desk.ui.intents import OpenNote, OpenSession
from counsel_desk.ui.main_window import NO_SESSION_FOR_NOTE
from counsel_desk.ui.views.notes import CLOSED


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def test_rows_keep_two_lines_when_the_last_note_has_no_title(qtbot, make_controller, closed_vault):
    """The repro of issue 9: the list measures one row for all (uniform sizes; Qt takes the
    last row loaded), so an untitled oldest note made every row one line tall, hiding the
    titles and flags of all the others."""
    folder = closed_vault[0]
    ws = unlock(folder, PASSPHRASE)
    seeded = seed(ws)
    titled = ws.notes.create(seeded["later"].id, "builtin:free_text", title="The canal walk")
    ws.notes.set_flags(titled.id, risk=True)  # newest session: the first row
    ws.notes.create(seeded["ended"].id, "builtin:free_text")  # oldest, untitled: the last row
    ws.close()
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    main.follow(OpenNote(titled.id))
    view = main.view("Notes").list
    model = main.view("Notes").model
    assert model.display(model.record_at(0)).splitlines()[1] == "The canal walk · flagged: risk"
    assert model.display(model.record_at(1)).count("\n") == 0  # untitled: one line of text
    option = QStyleOptionViewItem()
    option.initFrom(view)
    two_lines = QStyledItemDelegate().sizeHint(option, model.index(0)).height()  # as measured
    assert two_lines > QStyledItemDelegate().sizeHint(option, model.index(1)).height()
    for row in range(model.rowCount()):
        assert view.visualRect(model.index(row)).height() >= two_lines


def test_previous_is_disabled_at_the_first_session_and_next_at_the_last(qtbot, opened):
    _controller, main, seeded = opened
    notes = main.view("Notes")
    main.follow(OpenSession(seeded["ended"].id))  # C-004's first session
    prev_button = button_for(notes, notes.prev_action)
    next_button = button_for(notes, notes.next_action)
    assert not prev_button.isEnabled()
    assert next_button.isEnabled()
    qtbot.keyClick(
        QApplication.focusWidget() or main, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier
    )
    assert notes.session.id == seeded["ended"].id  # nowhere to go
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert notes.session.id == seeded["later"].id
    assert prev_button.isEnabled()
    assert not next_button.isEnabled()  # the last session
    qtbot.mouseClick(prev_button, Qt.MouseButton.LeftButton)
    assert notes.session.id == seeded["ended"].id


def test_new_note_with_no_session_says_why_and_where_to_choose_one(qtbot, opened, alert_log):
    _controller, main, _seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Notes, empty
    assert main.view("Notes").session is None
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert alert_log.texts("info") == [NO_SESSION_FOR_NOTE.format(key="Ctrl+N")]
    assert "Sessions (Ctrl+3)" in alert_log.texts("info")[0]
    assert main.view("Notes").editor.note is None


def test_ctrl_n_is_a_new_note_except_in_clients_where_it_adds_a_client(qtbot, opened):
    controller, main, seeded = opened
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # on Today
    assert main.showing() == "Notes"
    assert main.view("Notes").editor.note.session_id == seeded["ended"].id
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.view("Clients").add_action.shortcut().toString() == "Ctrl+N"
    assert main.view("Notes").new_action.shortcut().toString() == "Ctrl+Shift+M"
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(ClientDialog) is not None)
    main.findChild(ClientDialog).reject()
    qtbot.keyClick(main, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    before = len(controller.workspace.notes.for_session(seeded["ended"].id))
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # another note
    assert len(controller.workspace.notes.for_session(seeded["ended"].id)) == before + 1


def test_ctrl_w_saves_and_closes_the_note_and_keeps_the_session(qtbot, opened):
    controller, main, seeded = opened
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)
    notes = main.view("Notes")
    note_id = notes.editor.note.id
    qtbot.keyClicks(notes.editor.body, "Closed with Ctrl+W.")
    qtbot.keyClick(notes.editor.body, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert notes.editor.note is None
    assert notes.right.currentWidget() is notes.empty
    assert notes.empty.text() == CLOSED.format(key="Ctrl+N")
    assert notes.session.id == seeded["ended"].id
    assert "Closed with Ctrl+W." in controller.workspace.notes.get(note_id).body
    assert not notes.close_action.isEnabled()
    assert notes.list.selectionModel().selectedIndexes() == []
