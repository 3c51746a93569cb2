"""Settings: idle minutes and names by default, saved and applied at once; change passphrase."""

from __future__ import annotations

from guikit import focus, unlock_ui
from PySide6.QtCore import Qt
from testkit import PASSPHRASE

from counsel_desk.services import preferences
from counsel_desk.storage.errors import WrongPassphrase
from counsel_desk.ui.dialogs.passphrase import PassphraseDialog
from counsel_desk.ui.dialogs.settings import SettingsDialog

NEW_PASSPHRASE = "the kettle sings at noon 9"


def open_settings(qtbot, main) -> SettingsDialog:
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    return main.findChild(SettingsDialog)


def test_settings_persist_and_apply_at_once(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0], idle_ms=None)  # minutes from preferences
    main = unlock_ui(qtbot, controller)
    assert controller.idle.interval_ms == 5 * 60_000  # the default
    dialog = open_settings(qtbot, main)
    assert dialog.auto_lock.value() == 5
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "7")
    qtbot.mouseClick(dialog.show_names, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = preferences.load()
    assert saved.auto_lock_minutes == 7
    assert saved.show_names is True
    assert controller.idle.interval_ms == 7 * 60_000
    assert controller.idle.running
    assert main.clients_view.names_box.isChecked()

    dialog = open_settings(qtbot, main)
    assert dialog.auto_lock.value() == 7
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "0")
    assert dialog.auto_lock.value() == 0
    assert dialog.auto_lock.specialValueText() == "Off"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert preferences.load().auto_lock_minutes == 0
    assert not controller.idle.running


def test_cancel_keeps_the_settings(qtbot, make_controller, closed_vault):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    dialog = open_settings(qtbot, main)
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "9")
    dialog.reject()
    assert preferences.load().auto_lock_minutes == 5


def test_change_passphrase(qtbot, make_controller, closed_vault, alert_log):
    controller = make_controller(closed_vault[0])
    main = unlock_ui(qtbot, controller)
    settings = open_settings(qtbot, main)
    qtbot.mouseClick(settings.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(PassphraseDialog)

    qtbot.keyClicks(dialog.current, "not my passphrase")
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == WrongPassphrase().message
    assert dialog.current.text() == ""

    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alert_log.texts("info") != [], timeout=10_000)
    assert "passphrase has been changed" in alert_log.texts("info")[0]

    controller.lock()
    unlock_ui(qtbot, controller, NEW_PASSPHRASE)
