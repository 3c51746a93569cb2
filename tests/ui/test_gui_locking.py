"""Locking: idle, Ctrl+L and hard lock close the vault and leave no client data on screen."""

from __future__ import annotations

import datetime as dt

import shiboken6
from guikit import focus, screen_text, unlock_ui, window_titles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services import preferences
from counsel_desk.ui.dialogs.client import ClientDialog
from counsel_desk.ui.dialogs.session import next_weekday_slot
from counsel_desk.ui.dialogs.unlock import LOCKED_TITLE, UnlockWindow
from counsel_desk.ui.idle import IdleTimer
from counsel_desk.ui.intents import OpenClient

NAME = "Ottoline Brackenbury"
CODE = "QX-4821"


def unlock_with_a_client_on_screen(qtbot, controller):
    """Unlock, add a named client with a session, and show names, sessions and a dialog."""
    main = unlock_ui(qtbot, controller)
    ws = controller.workspace
    client = ws.clients.add(ClientDraft(code=CODE, identity=ClientIdentity(full_name=NAME)))
    ws.sessions.add(SessionDraft(client_id=client.id, start=next_weekday_slot(dt.datetime.now())))
    main.view("Clients").reload(client.id)
    main.set_show_names(True)
    main.follow(OpenClient(client.id))
    main.view("Clients").edit_client()
    qtbot.waitUntil(lambda: main.findChild(ClientDialog) is not None)
    text = screen_text()
    assert NAME in text
    assert CODE in text
    return main, ws


def assert_locked_and_clean(controller, main, ws) -> None:
    assert controller.state == "locked"
    assert not ws.is_open
    assert controller.workspace is None
    assert isinstance(controller.window, UnlockWindow)
    assert controller.window.windowTitle() == LOCKED_TITLE
    text = screen_text()  # runs the pending deletes first
    assert not shiboken6.isValid(main)
    assert text.count(NAME) == 0
    assert text.count(CODE) == 0
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [controller.window]


def test_idle_auto_lock_closes_the_vault_and_clears_every_view(
    qtbot, make_controller, closed_vault
):
    # Armed for a minute while the screen is set up (a busy machine can take longer than the
    # short interval to do it, locking too early), then shortened to what the test waits for.
    controller = make_controller(closed_vault[0], idle_ms=60_000)
    main, ws = unlock_with_a_client_on_screen(qtbot, controller)
    assert controller.idle.running
    controller.idle.set_interval_ms(400)
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=5_000)
    assert_locked_and_clean(controller, main, ws)
    assert not controller.idle.running

    unlock_ui(qtbot, controller)  # and it opens again, with its records
    assert controller.workspace.clients.count() == 1


def test_ctrl_l_locks(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main, ws = unlock_with_a_client_on_screen(qtbot, controller)
    main.findChild(ClientDialog).reject()
    focus(qtbot, main)
    qtbot.keyClick(
        main.view("Clients").table.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert_locked_and_clean(controller, main, ws)


def test_hard_lock_closes_the_vault_and_quits(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main, ws = unlock_with_a_client_on_screen(qtbot, controller)
    main.findChild(ClientDialog).reject()
    focus(qtbot, main)
    with qtbot.waitSignal(controller.quit_requested, timeout=2_000):
        qtbot.keyClick(
            main,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert controller.state == "closed"
    assert not ws.is_open
    assert NAME not in screen_text()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_user_input_postpones_the_idle_lock(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    idle = IdleTimer(300)
    fired: list[bool] = []
    idle.idle.connect(lambda: fired.append(True))
    idle.start()
    try:
        for _ in range(6):  # 600 ms of typing, a key every 100 ms
            qtbot.wait(100)
            qtbot.keyClick(field, Qt.Key.Key_A)
        assert not fired
        with qtbot.waitSignal(idle.idle, timeout=2_000):
            pass
    finally:
        idle.stop()


def test_idle_lock_off_when_zero(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0], idle_ms=0)
    unlock_ui(qtbot, controller)
    assert not controller.idle.running


def test_long_lock_quits_when_the_preference_asks(qtbot, make_controller, closed_vault):
    preferences.save(preferences.Preferences(hard_lock_after_minutes=30))
    controller = make_controller(closed_vault[0])
    unlock_ui(qtbot, controller)
    assert not controller.quit_timer.isActive()
    controller.lock()
    assert controller.quit_timer.isActive()
    assert controller.quit_timer.interval() == 30 * 60_000
    unlock_ui(qtbot, controller)
    assert not controller.quit_timer.isActive()


def test_window_titles_never_name_a_client(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    seen: list[str] = []
    main, _ws = unlock_with_a_client_on_screen(qtbot, controller)
    seen += window_titles()
    main.findChild(ClientDialog).reject()
    main.view("Sessions").add_session()
    seen += window_titles()
    controller.lock()
    seen += window_titles()
    assert "Counsel Desk" in seen
    assert LOCKED_TITLE in seen
    assert not [t for t in seen if NAME in t or CODE in t]
