"""Recording attendance through the dialog, read back through the service."""

from __future__ import annotations

import datetime as dt

import pytest
from guikit import focus
from notekit import unlock_seeded
from PySide6.QtCore import QDateTime, Qt

from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui.dialogs.attendance import AttendanceDialog
from counsel_desk.ui.intents import OpenSession


@pytest.fixture
def dialog(qtbot, make_controller, closed_vault):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    focus(qtbot, main)
    main.follow(OpenSession(seeded["later"].id))
    qtbot.keyClick(
        main, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: main.findChild(AttendanceDialog) is not None)
    found = main.findChild(AttendanceDialog)
    found.controller, found.seeded = controller, seeded
    return found


def choose(qtbot, dialog, status: SessionStatus) -> None:
    dialog.status.setCurrentIndex(dialog.status.members.index(status))


def test_a_late_cancellation_with_12_hours_notice(qtbot, dialog):
    choose(qtbot, dialog, SessionStatus.CANCELLED_BY_CLIENT)
    assert dialog.notice.isVisible()
    assert not dialog.client_late.isVisible()
    dialog.notice.clear()
    qtbot.keyClicks(dialog.notice, "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    att = dialog.controller.workspace.attendance.get(dialog.seeded["later"].id)
    assert att.status is SessionStatus.CANCELLED_BY_CLIENT
    assert att.notice_hours == 12
    assert dialog.controller.workspace.notice.for_session(dialog.seeded["later"].id).short


def test_the_domain_sentence_explains_what_is_missing(qtbot, dialog):
    choose(qtbot, dialog, SessionStatus.ATTENDED)
    dialog.early.setValue(10)
    assert dialog.error.text() == ""
    assert dialog.save_button.isEnabled()
    dialog.client_late.setValue(45)
    assert dialog.error.text() == "Lateness and ending early add up to more than the session."
    assert not dialog.save_button.isEnabled()
    dialog.client_late.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    att = dialog.controller.workspace.attendance.get(dialog.seeded["later"].id)
    assert (att.client_late_minutes, att.ended_early_minutes) == (5, 10)


def test_rescheduling_books_and_links_the_new_session(qtbot, dialog):
    choose(qtbot, dialog, SessionStatus.RESCHEDULED)
    new_start = dialog.session.start + dt.timedelta(days=2, hours=1)
    dialog.new_start.setDateTime(QDateTime(new_start))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ws = dialog.controller.workspace
    att = ws.attendance.get(dialog.seeded["later"].id)
    assert att.status is SessionStatus.RESCHEDULED
    assert ws.sessions.get(att.rescheduled_to_session_id).start == new_start


def test_a_rescheduled_session_says_where_it_moved_and_keeps_the_link(qtbot, dialog):
    choose(qtbot, dialog, SessionStatus.RESCHEDULED)
    new_start = dialog.session.start + dt.timedelta(days=3)
    dialog.new_start.setDateTime(QDateTime(new_start))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ws = dialog.controller.workspace
    old = ws.sessions.get(dialog.seeded["later"].id)
    moved_id = ws.attendance.get(old.id).rescheduled_to_session_id

    again = AttendanceDialog(ws.attendance, old, "C-001")
    qtbot.addWidget(again)
    again.show()
    assert again.status.value() is SessionStatus.RESCHEDULED
    assert not again.new_start.isVisible()
    assert again.moved_label.isVisible()
    assert again.moved_label.text().startswith(f"{new_start:%a} {new_start.day} {new_start:%b %Y}")
    again.notice.clear()
    qtbot.keyClicks(again.notice, "48")
    assert again.error.text() == ""
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    att = ws.attendance.get(old.id)
    assert att.status is SessionStatus.RESCHEDULED
    assert att.rescheduled_to_session_id == moved_id
    assert att.notice_hours == 48
    assert len([s for s in ws.sessions.for_client(old.client_id) if s.start == new_start]) == 1
