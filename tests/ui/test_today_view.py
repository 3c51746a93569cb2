"""Today: the home view after unlocking, and the shortest way into the note just due."""

from __future__ import annotations

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsel_desk.ui.views.today import NO_UPCOMING, NOTHING_OUTSTANDING


@pytest.fixture
def opened(qtbot, make_controller, closed_vault):
    return unlock_seeded(qtbot, make_controller, closed_vault[0])


def test_today_is_home_and_lists_sessions_and_outstanding_work(opened):
    _controller, main, seeded = opened
    today = main.today_view
    assert main.stack.currentWidget() is today
    assert today.today_model.rowCount() == 1
    assert today.today_model.record_at(0).session_id == seeded["ended"].id
    assert today.upcoming_model.rowCount() == 1
    assert today.just_ended.text().endswith(f"C-004 {seeded['ended'].start:%H:%M}")
    texts = [today.outstanding.item(i).text() for i in range(today.outstanding.count())]
    assert any(t.startswith("No note yet — C-005") for t in texts)
    assert any(t.startswith("Attendance not recorded — C-005") for t in texts)
    assert today.outstanding_empty.isHidden()


def test_empty_today_says_so_in_words(qtbot, make_controller, closed_vault):
    from guikit import unlock_ui

    main = unlock_ui(qtbot, make_controller(closed_vault[0]))
    today = main.today_view
    assert today.today_empty.text() == "No sessions today."
    assert today.upcoming_empty.text() == NO_UPCOMING
    assert today.outstanding_empty.text() == NOTHING_OUTSTANDING
    assert today.write_button.isHidden()


def test_from_unlock_one_keypress_reaches_the_note_of_the_session_just_ended(qtbot, opened):
    _controller, main, seeded = opened
    focus(qtbot, main)
    actions = 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # "Write note" is the default
    actions += 1
    editor = main.notes_view.editor
    assert actions <= 3
    assert main.stack.currentWidget() is main.notes_view
    assert editor.note is not None
    assert editor.note.session_id == seeded["ended"].id
    assert QApplication.focusWidget() is editor.body
    assert editor.fields.template.currentText() == "Person-centred session note"
    qtbot.keyClicks(QApplication.focusWidget(), "She spoke about her sister.")
    assert "She spoke about her sister." in editor.body.toPlainText()
    # the template's first hint was selected, so typing replaced it
    assert editor.body.toPlainText().startswith("## What the client brought\n\nShe spoke")


def test_ctrl_1_and_ctrl_t_return_to_today(qtbot, opened):
    _controller, main, _seeded = opened
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.stack.currentWidget() is main.clients_view
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert main.stack.currentWidget() is main.today_view
