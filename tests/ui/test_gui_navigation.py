"""Moving around by keyboard: Ctrl+1…5 for the views, Alt+Left and Alt+Right back and
forward through the places visited, with the note and cursor as they were left."""

from __future__ import annotations

import pytest
from guikit import focus, unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.ui.intents import OpenClient
from counsel_desk.ui.main_window import NO_SESSION_FOR_ATTENDANCE
from counsel_desk.ui.sidebar import CLIENT_PAGE

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    return controller, main, seeded


def key(qtbot, main, which: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key pressed wherever the keyboard is, as a person would."""
    qtbot.keyClick(QApplication.focusWidget() or main, which, modifier)


def back(qtbot, main) -> None:
    key(qtbot, main, Qt.Key.Key_Left, ALT)


def forward(qtbot, main) -> None:
    key(qtbot, main, Qt.Key.Key_Right, ALT)


def test_ctrl_and_a_digit_bring_each_view_forward(qtbot, opened):
    _controller, main, seeded = opened
    main.view("Clients").select(seeded["c4"].id)
    expected = {
        Qt.Key.Key_2: "Clients",
        Qt.Key.Key_3: "Sessions",
        Qt.Key.Key_4: "Notes",
        Qt.Key.Key_5: "Search",
        Qt.Key.Key_1: "Today",
    }
    for digit, name in expected.items():
        key(qtbot, main, digit, CTRL)
        assert main.showing() == name
        assert main.view(name).isVisible()
        target = CLIENT_PAGE if main.registry.on_client_page(name) else name
        assert main.sidebar.currentItem().data(Qt.ItemDataRole.UserRole + 1) == target
    (view_menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&View"]
    shown = {a.text().replace("&", ""): a.shortcut().toString() for a in view_menu.actions()}
    assert shown["Sessions"] == "Ctrl+3"
    assert shown["Back"] == "Alt+Left"
    assert shown["Forward"] == "Alt+Right"


def test_back_and_forward_return_to_each_place_and_the_note_as_it_was(qtbot, opened):
    _controller, main, seeded = opened
    assert not main.back_action.isEnabled()  # nowhere yet
    qtbot.mouseClick(main.view("Today").write_button, Qt.MouseButton.LeftButton)  # C-004
    editor = main.view("Notes").editor
    note_id = editor.note.id
    qtbot.keyClicks(editor.body, "Where I was.")
    cursor = editor.body.textCursor().position()
    key(qtbot, main, Qt.Key.Key_2, CTRL)
    main.view("Clients").select(seeded["c5"].id)  # another client: the page follows
    key(qtbot, main, Qt.Key.Key_3, CTRL)
    assert main.page.title.text() == "C-005"
    assert main.view("Notes").editor.note is None  # C-004's note was put away, saved
    assert "Where I was." in main.workspace.notes.get(note_id).body
    key(qtbot, main, Qt.Key.Key_5, CTRL)

    back(qtbot, main)
    assert (main.showing(), main.page.title.text()) == ("Sessions", "C-005")
    back(qtbot, main)
    assert main.showing() == "Clients"
    assert main.view("Clients").current_id() == seeded["c5"].id
    back(qtbot, main)
    assert (main.showing(), main.page.title.text()) == ("Notes", "C-004")
    assert main.view("Clients").current_id() == seeded["c4"].id  # Clients agrees
    assert editor.note.id == note_id
    assert editor.body.textCursor().position() == cursor
    assert "Where I was." in editor.body.toPlainText()
    back(qtbot, main)
    assert main.showing() == "Today"
    assert not main.back_action.isEnabled()
    back(qtbot, main)  # at the start: nothing happens
    assert main.showing() == "Today"

    forward(qtbot, main)
    forward(qtbot, main)
    assert main.showing() == "Clients"
    key(qtbot, main, Qt.Key.Key_1, CTRL)  # somewhere new: what lay ahead is dropped
    assert not main.forward_action.isEnabled()
    back(qtbot, main)
    assert main.showing() == "Clients"


def test_back_to_a_note_gone_since_shows_its_session_quietly(qtbot, opened, alert_log):
    """A place in the history whose note has gone (an erasure, say) opens what is left."""
    _controller, main, seeded = opened
    main.follow(OpenClient(seeded["c4"].id, "Notes"))
    notes = main.view("Notes")
    notes.open_session(seeded["later"].id)
    notes.new_note()
    note_id = notes.editor.note.id
    main.follow(OpenClient(seeded["c5"].id, "Notes"))  # C-004's note is put away
    assert notes.editor.note is None
    main.workspace.notes.delete(note_id)
    back(qtbot, main)
    assert (main.showing(), main.page.title.text()) == ("Notes", "C-004")
    assert notes.session.id == seeded["later"].id
    assert notes.editor.note is None
    assert alert_log.texts("error") == []


def test_the_history_comes_back_after_a_lock(qtbot, opened):
    controller, main, seeded = opened
    key(qtbot, main, Qt.Key.Key_2, CTRL)
    main.follow(OpenClient(seeded["c5"].id))
    controller.lock()
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    assert (main.showing(), main.page.title.text()) == ("Sessions", "C-005")
    back(qtbot, main)
    assert main.showing() == "Clients"
    back(qtbot, main)
    assert main.showing() == "Today"


def test_attendance_is_for_the_session_in_view(qtbot, opened, alert_log):
    """Ctrl+Shift+A on the Sessions tab is for the session selected there; on Today, for
    the one just ended; where there is none, it says so."""
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog

    _controller, main, seeded = opened
    shift = CTRL | Qt.KeyboardModifier.ShiftModifier
    main.follow(OpenClient(seeded["c4"].id))
    sessions = main.view("Sessions")
    sessions.table.select(seeded["later"].id)
    key(qtbot, main, Qt.Key.Key_A, shift)
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is not None)
    dialog = main.findChild(AttendanceDialog)
    assert dialog.session.id == seeded["later"].id
    assert main.showing() == "Sessions"  # the dialog opens over the view in front
    dialog.reject()
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is None)
    focus(qtbot, main)

    key(qtbot, main, Qt.Key.Key_1, CTRL)
    key(qtbot, main, Qt.Key.Key_A, shift)
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is not None)
    assert main.findChild(AttendanceDialog).session.id == seeded["ended"].id
    main.findChild(AttendanceDialog).reject()
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is None)
    focus(qtbot, main)

    key(qtbot, main, Qt.Key.Key_5, CTRL)  # Search has no session in view
    key(qtbot, main, Qt.Key.Key_A, shift)
    assert alert_log.texts("info") == [NO_SESSION_FOR_ATTENDANCE]
    assert main.findChild(AttendanceDialog) is None


def test_recording_attendance_from_today_refreshes_what_shows_it(qtbot, opened):
    from counsel_desk.ui.dialogs.attendance import AttendanceDialog

    _controller, main, seeded = opened
    today = main.view("Today")
    rows = [today.outstanding.item(i) for i in range(today.outstanding.count())]
    first = today.outstanding.group_rows["session"]  # under "Attendance to record"
    (row,) = [r for r in rows[first:] if r.text().startswith("C-005")]
    today.outstanding.setCurrentItem(row)
    qtbot.keyClick(today.outstanding, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is not None)
    assert main.showing() == "Today"
    qtbot.mouseClick(main.findChild(AttendanceDialog).save_button, Qt.MouseButton.LeftButton)
    lines = [
        line
        for head, group in today.outstanding.groups().items()
        if head.startswith("Attendance to record")
        for line in group
    ]
    assert not any(t.startswith("C-005") for t in lines)
    main.follow(OpenClient(seeded["c5"].id))
    status = main.view("Sessions").model.record_at(0).status
    assert status.value == "attended"
