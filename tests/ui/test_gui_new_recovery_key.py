"""File → Make a new recovery key… (and its button in Settings), driven as a practitioner
would: the passphrase, the re-encryption with the main window put away, the new key shown
as after creating a vault and closed only once stored; a wrong passphrase changes nothing;
a lock while the key is on screen closes it and says so after the next unlock."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import shiboken6
from guikit import focus, screen_text, unlock_ui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.errors import WrongRecoveryKey
from counsel_desk.storage.vault import Vault
from counsel_desk.ui.dialogs.new_recovery_key import ASK, NewRecoveryKeyDialog
from counsel_desk.ui.dialogs.settings import SettingsDialog
from counsel_desk.ui.main_window import MainWindow

NAME = "Perpetua Lindqvist"


def _seed(folder: Path) -> None:
    ws = unlock(folder, PASSPHRASE)
    try:
        ws.clients.add(ClientDraft(code="PL-1", identity=ClientIdentity(full_name=NAME)))
    finally:
        ws.close()


def _file_action(main: MainWindow, start: str):
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&File"]
    (action,) = [a for a in menu.actions() if a.text().startswith(start)]
    return action


def _dialog() -> NewRecoveryKeyDialog | None:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, NewRecoveryKeyDialog) and shiboken6.isValid(w) and w.isVisible()
    ]
    return found[-1] if found else None


def _open_from_menu(qtbot, make_controller, folder: Path):
    _seed(folder)
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    _file_action(main, "Make a new &recovery key").trigger()
    dialog = _dialog()
    assert dialog is not None
    return controller, main, dialog


def _submit(qtbot, dialog: NewRecoveryKeyDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter presses "Make a new key"


def _key_on_screen(dialog: NewRecoveryKeyDialog) -> str:
    return "-".join(dialog.key_label.text().split())


def _key_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("keys.json", "keys.backup.json")}


def test_a_wrong_passphrase_changes_nothing(qtbot, make_controller, closed_vault):
    folder, old_key = closed_vault
    controller, main, dialog = _open_from_menu(qtbot, make_controller, folder)
    keys_before = _key_files(folder)

    _submit(qtbot, dialog, "not the passphrase at all")
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)

    assert "does not open this vault" in dialog.error.text()
    assert dialog.pages.currentIndex() == ASK
    assert dialog.passphrase.text() == ""
    assert dialog.make_button.isEnabled()
    assert controller.window is main  # never put away
    assert controller.state == "unlocked"
    assert _key_files(folder) == keys_before
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert _dialog() is None
    controller.shutdown()
    vault = Vault.open_with_recovery(folder, old_key)  # the old recovery key still opens it
    vault.close()


def test_the_new_key_is_shown_once_and_replaces_the_old_one(qtbot, make_controller, closed_vault):
    folder, old_key = closed_vault
    controller, main, dialog = _open_from_menu(qtbot, make_controller, folder)

    _submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=20_000)

    new_key = _key_on_screen(dialog)
    assert new_key != old_key
    # the main window was put away and built again over the re-encrypted vault
    assert not shiboken6.isValid(main)
    assert isinstance(controller.window, MainWindow)
    assert controller.state == "unlocked"
    assert [c.code for c in controller.workspace.clients.list()] == ["PL-1"]
    controller.workspace.clients.add(ClientDraft(code="PL-2"))  # it writes on the new file
    # closed only once stored: Escape and Close do nothing before
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _dialog() is dialog
    qtbot.mouseClick(dialog.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert _dialog() is None
    assert new_key not in screen_text()
    controller.shutdown()

    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery(folder, old_key)
    vault = Vault.open_with_recovery(folder, new_key)
    try:
        codes = [r[0] for r in vault.conn.execute("SELECT code FROM clients ORDER BY code")]
        kinds = [r[0] for r in vault.conn.execute("SELECT kind FROM audit_log")]
    finally:
        vault.close()
    assert codes == ["PL-1", "PL-2"]
    assert "key_rotated" in kinds
    unlock(folder, PASSPHRASE).close()  # the passphrase is the same


def test_settings_offers_it_beside_the_passphrase(qtbot, make_controller, closed_vault):
    folder = closed_vault[0]
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    focus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.findChild(SettingsDialog) is not None)
    settings = main.findChild(SettingsDialog)
    qtbot.mouseClick(settings.new_key_button, Qt.MouseButton.LeftButton)
    assert not settings.isVisible()
    dialog = _dialog()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asking only: Escape cancels
    assert _dialog() is None
    assert controller.window is main


def test_a_lock_while_the_key_is_shown_closes_it_and_says_so_after_unlocking(
    qtbot, make_controller, closed_vault, alert_log
):
    folder = closed_vault[0]
    controller, _main, dialog = _open_from_menu(qtbot, make_controller, folder)
    _submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=20_000)
    new_key = _key_on_screen(dialog)

    controller.lock()  # as the idle timer does

    assert controller.state == "locked"
    assert _dialog() is None
    assert new_key.split("-")[1] not in screen_text()
    unlock_ui(qtbot, controller)
    (said,) = [t for t in alert_log.texts("info") if "recovery key" in t]
    assert "Make a new recovery key" in said
    assert new_key.split("-")[1] not in said
    controller.lock()
    unlock_ui(qtbot, controller)
    assert len([t for t in alert_log.texts("info") if "recovery key" in t]) == 1  # once


def test_a_failed_rotation_brings_the_records_back_and_keeps_the_old_key(
    qtbot, make_controller, closed_vault, monkeypatch
):
    from counsel_desk.storage import rotation

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rotation, "create_private_file", full_disk)
    folder, old_key = closed_vault
    controller, _main, dialog = _open_from_menu(qtbot, make_controller, folder)

    _submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)

    assert "full" in dialog.error.text()
    assert dialog.pages.currentIndex() == ASK
    assert isinstance(controller.window, MainWindow)
    assert controller.state == "unlocked"
    assert [c.code for c in controller.workspace.clients.list()] == ["PL-1"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _dialog() is None
    controller.shutdown()
    Vault.open_with_recovery(folder, old_key).close()


def test_nothing_touches_the_vault_while_it_is_re_encrypted(
    qtbot, make_controller, closed_vault, monkeypatch
):
    """The main window is put away during the work: a lock asked meanwhile (the idle timer
    is paused, but Ctrl+L or a hard lock could come) waits, and nothing reads the old
    connection while it is swapped."""
    import threading

    from counsel_desk.storage import rotation

    release = threading.Event()
    real_format = rotation.format_recovery_key

    def held(raw: bytes) -> str:
        release.wait(10)
        return real_format(raw)

    monkeypatch.setattr(rotation, "format_recovery_key", held)
    folder = closed_vault[0]
    controller, main, dialog = _open_from_menu(qtbot, make_controller, folder)
    _submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.state == "rekeying", timeout=10_000)

    assert controller.window is None
    assert not shiboken6.isValid(main) or not main.isVisible()
    assert not controller.idle.running
    assert NAME not in screen_text()  # the records are put away
    controller.lock()  # refused while the work runs: the vault must not close under it
    assert controller.state == "rekeying"
    release.set()
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=20_000)
    assert controller.state == "unlocked"
    assert isinstance(controller.window, MainWindow)
    assert [c.code for c in controller.workspace.clients.list()] == ["PL-1"]
