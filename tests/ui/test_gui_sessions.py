"""A client's sessions: add (prefilled), edit, and change what became of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from guikit import unlock_ui
from PySide6.QtCore import Qt

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.series import Repeat, when
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.ui.dialogs.session import SessionDialog, next_weekday_slot
from counsel_desk.ui.intents import OpenClient


@pytest.fixture
def main(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = unlock_ui(qtbot, controller)
    ws = controller.workspace
    ws.practice.save(replace(ws.practice.get(), default_session_minutes=60))
    window.client = ws.clients.add(ClientDraft(code="C-001"))
    ws.clients.add(ClientDraft(code="C-002"))
    window.view("Clients").reload()
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
    main.view("Clients").select(main.client.id)
    qtbot.keyClick(main.view("Clients").table.view, Qt.Key.Key_Return)  # Enter opens sessions
    sessions = main.view("Sessions")
    assert main.showing() == "Sessions"
    assert sessions.client_id() == main.client.id
    assert sessions.table.empty_label.text() == "No sessions for C-001 yet."
    assert sessions.status.currentText() == ""  # not 'Scheduled', greyed, for no session

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

    sessions.table.view.clearSelection()  # no session chosen: no status shown, none to set
    assert sessions.current_id() is None
    assert not sessions.status.isEnabled()
    assert sessions.status.currentText() == ""


def test_edit_a_session(qtbot, main):
    sessions = main.view("Sessions")
    main.follow(OpenClient(main.client.id))
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


def test_another_client_is_chosen_in_clients_and_back_returns(qtbot, main):
    """The page shows one client; Clients (Ctrl+2) chooses another, Enter opens theirs."""
    from guikit import focus

    focus(qtbot, main)
    sessions = main.view("Sessions")
    main.follow(OpenClient(main.client.id))
    assert sessions.table.empty_label.text() == "No sessions for C-001 yet."
    assert sessions.status.currentText() == ""  # not 'Scheduled', greyed, for no session
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    table = main.view("Clients").table.view
    assert table.hasFocus()  # the arrow keys work at once
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert main.showing() == "Sessions"
    assert main.page.title.text() == "C-002"
    assert sessions.table.empty_label.text() == "No sessions for C-002 yet."
    qtbot.keyClick(main, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Clients
    qtbot.keyClick(main, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # C-001's page
    assert main.showing() == "Sessions"
    assert main.page.title.text() == "C-001"
    assert sessions.table.empty_label.text() == "No sessions for C-001 yet."
    assert sessions.status.currentText() == ""  # not 'Scheduled', greyed, for no session


def test_book_a_weekly_series_leaving_out_a_clash(qtbot, main, alert_log):
    ws = main.workspace
    other = ws.clients.list()[1]
    first = next_weekday_slot(dt.datetime.now())
    clash = ws.sessions.add(
        SessionDraft(client_id=other.id, start=first + dt.timedelta(weeks=2, minutes=20))
    )
    main.follow(OpenClient(main.client.id))
    sessions = main.view("Sessions")
    sessions.add_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    assert not dialog.weeks.isVisible()  # a single session until asked
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Every week
    assert dialog.repeat.currentText() == "Every week"
    assert dialog.weeks.isVisible()
    dialog.weeks.selectAll()
    qtbot.keyClicks(dialog.weeks, "4")
    last = first + dt.timedelta(weeks=3)
    assert dialog.series_label.text().startswith(f"4 sessions, the last on {when(last)}.")
    qtbot.keyClick(dialog.weeks, Qt.Key.Key_Return)  # Enter books it

    booked = sorted(s.start for s in ws.sessions.for_client(main.client.id))
    assert booked == [first + dt.timedelta(weeks=n) for n in (0, 1, 3)]
    assert alert_log.texts("info") == [
        "Booked 3 of 4 sessions. One was left out because another session is already booked "
        f"then: {when(first + dt.timedelta(weeks=2))} (you see C-002 at "
        f"{clash.start:%H:%M})."
    ]
    assert sessions.model.rowCount() == 3
    assert (
        sessions.current_id()
        == min(ws.sessions.for_client(main.client.id), key=lambda s: s.start).id
    )


def test_a_series_with_every_time_taken_stays_open_and_says_so(qtbot, main):
    ws = main.workspace
    other = ws.clients.list()[1]
    first = next_weekday_slot(dt.datetime.now())
    for week in (0, 2):
        ws.sessions.add(SessionDraft(client_id=other.id, start=first + dt.timedelta(weeks=week)))
    main.follow(OpenClient(main.client.id))
    main.view("Sessions").add_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    dialog.repeat.set_value(Repeat.FORTNIGHTLY)
    dialog.weeks.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Nothing was booked")
    assert ws.sessions.for_client(main.client.id) == []
    dialog.weeks.setValue(6)  # a third fortnight is free: the sentence goes
    assert dialog.error.text() == ""


def test_editing_a_session_offers_no_repeat(qtbot, main):
    ws = main.workspace
    ws.sessions.add(SessionDraft(client_id=main.client.id, start=dt.datetime(2030, 1, 7, 9)))
    main.follow(OpenClient(main.client.id))
    sessions = main.view("Sessions")
    sessions.reload()
    sessions.table.select(sessions.model.record_at(0).id)
    sessions.edit_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    assert not dialog.repeat.isVisible()
    assert not dialog.weeks.isVisible()
    dialog.reject()
