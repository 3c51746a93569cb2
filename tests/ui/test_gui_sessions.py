"""A client's sessions: add (prefilled), edit, and change what became of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from guikit import unlock_ui
from PySide6.QtCore import Qt

from counsel_desk.domain.model import ClientDraft, SessionStatus
from counsel_desk.ui.dialogs.session import SessionDialog, next_weekday_slot


@pytest.fixture
def main(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = unlock_ui(qtbot, controller)
    ws = controller.workspace
    ws.practice.save(replace(ws.practice.get(), default_session_minutes=60))
    window.client = ws.clients.add(ClientDraft(code="C-001"))
    ws.clients.add(ClientDraft(code="C-002"))
    window.clients_view.reload()
    window.workspace = ws
    return window


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2025, 6, 2), dt.date(2025, 6, 3)),  # Monday → Tuesday
        (dt.date(2025, 6, 6), dt.date(2025, 6, 9)),  # Friday → Monday
        (dt.date(2025, 6, 7), dt.date(2025, 6, 9)),  # Saturday → Monday
    ],
)
def test_next_weekday_slot(today, expected):
    now = dt.datetime.combine(today, dt.time(15, 30))
    assert next_weekday_slot(now) == dt.datetime.combine(expected, dt.time(10))


def test_add_a_session_then_change_its_status(qtbot, main):
    main.clients_view.select(main.client.id)
    qtbot.keyClick(main.clients_view.table.view, Qt.Key.Key_Return)  # Enter opens sessions
    sessions = main.sessions_view
    assert main.stack.currentWidget() is sessions
    assert sessions.client_id() == main.client.id
    assert sessions.table.empty_label.text() == "No sessions for C-001 yet."

    qtbot.mouseClick(sessions.table.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    expected_start = next_weekday_slot(dt.datetime.now())
    assert dialog.start.dateTime().toPython() == expected_start
    assert dialog.minutes.value() == 60
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (session,) = main.workspace.sessions.for_client(main.client.id)
    assert session.start == expected_start
    assert session.planned_minutes == 60
    assert sessions.model.rowCount() == 1
    assert sessions.current_id() == session.id
    assert sessions.model.data(sessions.model.index(0, 3)) == "Scheduled"

    sessions.status.setFocus()
    qtbot.keyClick(sessions.status, Qt.Key.Key_Down)  # the status combo, by keyboard
    assert main.workspace.sessions.get(session.id).status is SessionStatus.ATTENDED
    assert sessions.model.data(sessions.model.index(0, 3)) == "Attended"

    sessions.status_actions[SessionStatus.DID_NOT_ATTEND].trigger()  # the context menu's
    assert main.workspace.sessions.get(session.id).status is SessionStatus.DID_NOT_ATTEND
    assert sessions.status.currentText() == "Did not attend"


def test_edit_a_session(qtbot, main):
    sessions = main.sessions_view
    main.show_sessions(main.client.id)
    sessions.add_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    qtbot.mouseClick(main.findChild(SessionDialog).save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is None)

    sessions.edit_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    assert dialog.windowTitle() == "Edit session"
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "90")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (session,) = main.workspace.sessions.for_client(main.client.id)
    assert session.planned_minutes == 90
    assert sessions.model.data(sessions.model.index(0, 1)) == "90 min"


def test_the_client_picker_switches_clients(qtbot, main):
    sessions = main.sessions_view
    assert sessions.picker.count() == 2
    main.show_sessions(main.client.id)
    sessions.picker.setCurrentIndex(sessions.picker.findText("C-002"))
    assert sessions.table.empty_label.text() == "No sessions for C-002 yet."
