"""A click selects: selection by mouse, keyboard and programme agree in every table, and the
client chosen in Clients is the one Sessions shows."""

from __future__ import annotations

import datetime as dt

import pytest
from guikit import click_row, focus, unlock_ui
from PySide6.QtCore import QPoint, Qt

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.ui.intents import OpenClient


@pytest.fixture
def main(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    window = unlock_ui(qtbot, controller)
    ws = controller.workspace
    window.clients = [ws.clients.add(ClientDraft(code=f"C-00{n}")) for n in (1, 2, 3)]
    start = dt.datetime(2025, 6, 2, 10, 0)
    for n, client in enumerate(window.clients):
        for week in range(3):
            ws.sessions.add(
                SessionDraft(client_id=client.id, start=start + dt.timedelta(weeks=week, hours=n))
            )
    window.view("Clients").reload()
    window.workspace = ws
    window.go("Clients")
    focus(qtbot, window)
    return window


def test_clicking_a_client_selects_it_and_sessions_follow(qtbot, main):
    view = main.view("Clients")
    assert view.current_id() is None
    assert not view.edit_action.isEnabled()
    click_row(qtbot, view.table.view, view.model.row_of(main.clients[1].id))
    assert view.current_id() == main.clients[1].id
    assert view.edit_action.isEnabled()
    assert view.end_action.isEnabled()

    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Sessions
    sessions = main.view("Sessions")
    assert main.showing() == "Sessions"
    assert sessions.client_id() == main.clients[1].id
    assert {s.client_id for s in sessions.model._rows} == {main.clients[1].id}


def test_keyboard_then_mouse_then_keyboard_agree(qtbot, main):
    view = main.view("Clients")
    table = view.table.view
    view.select(main.clients[0].id)  # programmatic
    assert main.view("Sessions").client_id() == main.clients[0].id
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # keyboard
    assert view.current_id() == main.clients[1].id
    assert main.view("Sessions").client_id() == main.clients[1].id
    click_row(qtbot, table, view.model.row_of(main.clients[2].id))  # mouse
    assert view.current_id() == main.clients[2].id
    assert main.view("Sessions").client_id() == main.clients[2].id
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert view.current_id() == main.clients[1].id
    assert main.view("Sessions").client_id() == main.clients[1].id


def test_ctrl_click_on_the_selected_client_clears_the_choice(qtbot, main):
    view = main.view("Clients")
    row = view.model.row_of(main.clients[0].id)
    click_row(qtbot, view.table.view, row)
    assert view.edit_action.isEnabled()
    click_row(qtbot, view.table.view, row, Qt.KeyboardModifier.ControlModifier)
    assert view.current_id() is None
    assert not view.edit_action.isEnabled()
    assert not view.end_action.isEnabled()


def test_clicking_a_session_selects_it(qtbot, main):
    main.follow(OpenClient(main.clients[0].id))
    sessions = main.view("Sessions")
    assert not sessions.edit_action.isEnabled()
    (first, second, _third) = sorted(
        main.workspace.sessions.for_client(main.clients[0].id), key=lambda s: s.start
    )
    click_row(qtbot, sessions.table.view, sessions.model.row_of(second.id))
    assert sessions.current_id() == second.id
    assert sessions.edit_action.isEnabled()
    assert sessions.status.isEnabled()
    sessions.edit_action.trigger()
    from counsel_desk.ui.dialogs.session import SessionDialog

    qtbot.waitUntil(lambda: main.findChild(SessionDialog) is not None)
    dialog = main.findChild(SessionDialog)
    assert dialog.start.dateTime().toPython() == second.start  # the clicked one, not another
    dialog.reject()
    click_row(qtbot, sessions.table.view, sessions.model.row_of(first.id))
    assert sessions.current_id() == first.id


def test_sorting_keeps_the_chosen_client(qtbot, main):
    view = main.view("Clients")
    table = view.table.view
    click_row(qtbot, table, view.model.row_of(main.clients[0].id))
    header = table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + QPoint(header.sectionSize(0) // 2, header.height() // 2),
    )  # sort by code, now descending
    assert view.model.record_at(0).id == main.clients[2].id
    assert view.current_id() == main.clients[0].id
    assert view.edit_action.isEnabled()
    assert main.view("Sessions").client_id() == main.clients[0].id


def test_clicking_a_template_shows_it(qtbot, workspace):
    from counsel_desk.domain.notes import NoteKind
    from counsel_desk.ui.dialogs.templates import TemplatesDialog

    own = workspace.templates.add("Zeta notes", NoteKind.SESSION, "## Zeta\n")
    dialog = TemplatesDialog(workspace.templates)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = next(r for r in range(dialog.list.count()) if dialog.list.item(r).text() == own.name)
    click_row(qtbot, dialog.list, row)
    assert dialog.current_id() == own.id
    assert dialog.name.text() == "Zeta notes"
    assert dialog.save_button.isEnabled()
