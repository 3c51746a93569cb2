"""Help → Check the vault…, and what unlocking does with secrets and damage: the field is
emptied with its undo history, repairs are said once, a damaged log is refused."""

from __future__ import annotations

from guikit import unlock_ui
from PySide6.QtCore import Qt
from testkit import PASSPHRASE
from vaultkit import FRAME, PAGE, WAL_HEADER, changes, make_hot, state, wal_frames

from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.errors import WalDamaged, WrongPassphrase
from counsel_desk.storage.verify import SOUND


def _help_action(main, text: str):
    (help_menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&Help"]
    (action,) = [a for a in help_menu.actions() if a.text() == text]
    return action


def test_check_the_vault_says_it_is_sound_and_changes_nothing(
    qtbot, make_controller, closed_vault, alert_log
):
    folder, _ = closed_vault
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    before = state(folder)
    _help_action(main, "&Check the vault…").trigger()
    qtbot.waitUntil(lambda: bool(alert_log.shown), timeout=10_000)
    assert alert_log.shown == [("info", SOUND)]
    assert changes(folder, before) == []
    assert main.check_action.isEnabled()  # ready for another go


def test_check_the_vault_names_a_damaged_page(qtbot, make_controller, closed_vault, alert_log):
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        populate(ws, DemoSpec(clients=6, years=1.0, seed=2))
    finally:
        ws.close()
    controller = make_controller(folder)
    unlock_ui(qtbot, controller)
    wal = folder / "vault.db-wal"
    in_log = {page for page, _ in wal_frames(wal.read_bytes())} if wal.exists() else set()
    pages = (folder / "vault.db").stat().st_size // PAGE
    page = next(p for p in range(pages - 1, 2, -1) if p not in in_log)
    with (folder / "vault.db").open("r+b") as fh:  # the disk goes bad under the open app
        fh.seek((page - 1) * PAGE + 700)
        byte = fh.read(1)
        fh.seek((page - 1) * PAGE + 700)
        fh.write(bytes([byte[0] ^ 0x10]))
    controller.window.check_action.trigger()
    qtbot.waitUntil(lambda: bool(alert_log.shown), timeout=10_000)
    ((kind, text),) = alert_log.shown
    assert kind == "error"
    assert text.startswith(
        f"The vault is damaged (page authentication: HMAC verification failed for page {page})"
    )
    assert "copy the whole vault folder somewhere safe first" in text


def test_the_passphrase_field_is_emptied_with_its_undo_history(
    qtbot, make_controller, closed_vault
):
    folder, _ = closed_vault
    controller = make_controller(folder)
    window = controller.window
    qtbot.keyClicks(window.passphrase, "not the passphrase at all")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert window.passphrase.text() == ""  # at once, while the key is being derived
    qtbot.waitUntil(lambda: window.error.text() == WrongPassphrase().message, timeout=10_000)
    assert not window.passphrase.isUndoAvailable()
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.passphrase.text() == ""  # Ctrl+Z brings nothing back


def test_a_damaged_key_file_is_repaired_on_unlock_and_said_once(
    qtbot, make_controller, closed_vault, alert_log
):
    folder, _ = closed_vault
    good = (folder / "keys.json").read_bytes()
    (folder / "keys.backup.json").write_bytes(b"\x00not a key file")
    controller = make_controller(folder)
    unlock_ui(qtbot, controller)
    assert alert_log.texts("info") == [
        "The key file keys.backup.json was damaged (not JSON), so it was written again from "
        "keys.json."
    ]
    assert (folder / "keys.backup.json").read_bytes() == good
    controller.lock()
    unlock_ui(qtbot, controller)
    assert len(alert_log.texts("info")) == 1  # nothing more to say the second time


def test_a_damaged_log_is_refused_at_the_unlock_window(
    qtbot, make_controller, closed_vault, tmp_path
):
    folder, _ = closed_vault
    hot = tmp_path / "hot"
    make_hot(folder, hot, 3)
    wal = hot / "vault.db-wal"
    data = bytearray(wal.read_bytes())
    data[WAL_HEADER + FRAME + 99] ^= 0x08
    wal.write_bytes(bytes(data))
    before = state(hot)
    controller = make_controller(hot)
    window = controller.window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert window.error.text() == WalDamaged().message
    assert controller.state == "locked"
    assert changes(hot, before) == []
