"""Backups in the app, driven as a practitioner would: Records → Back up now with its
progress, while a note goes on being typed and autosaved; Today's reminder; the backup
folder in Settings; a backup before quitting; locking stops a backup; a restore drill."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from backupkit import set_backup_folder
from guikit import unlock_ui
from notekit import unlock_seeded
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testkit import PASSPHRASE

from counsel_desk.services import backups as backups_mod
from counsel_desk.services import preferences
from counsel_desk.services.backups import NO_FOLDER
from counsel_desk.services.workspace import unlock
from counsel_desk.ui.dialogs import backup_files
from counsel_desk.ui.dialogs.backup_progress import BackupProgressDialog
from counsel_desk.ui.dialogs.drill import DrillDialog


def _records_action(main, text: str):
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&Records"]
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _progress() -> BackupProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupProgressDialog)]
    return found[-1] if found else None


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    set_backup_folder(folder)
    return folder


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check in the fresh process starts 1.5 s late: time to type meanwhile."""
    real = backups_mod.verifier_command

    def slow(path: Path) -> list[str]:
        script = (
            "import subprocess, sys, time; time.sleep(1.5); "
            f"sys.exit(subprocess.run({real(path)!r}).returncode)"
        )
        return [sys.executable, "-c", script]

    monkeypatch.setattr(backups_mod, "verifier_command", slow)


def test_back_up_now_while_a_note_is_typed_and_autosaved(
    qtbot, make_controller, closed_vault, usb, slow_check
):
    controller, main, seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    today = main.view("Today")
    assert today.sections[0].isVisible()  # no backup yet: Today says so
    qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)
    editor = main.view("Notes").editor
    _records_action(main, "&Back up now…").trigger()
    dialog = _progress()
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.where.text() == f"Into {usb}"
    qtbot.waitUntil(lambda: "Checking the backup" in dialog.status.text(), timeout=10_000)
    # the app stays usable: typing goes on, and autosave keeps the text while the backup
    # is still being checked
    qtbot.keyClicks(editor.body, "Typed during the backup.")
    note_id = editor.note.id
    notes = main.workspace.notes

    def autosaved() -> bool:
        draft = notes.get_draft(note_id)
        return draft is not None and "Typed during the backup." in draft.body

    qtbot.waitUntil(autosaved, timeout=5_000)
    assert dialog.finished_ok is None  # still checking
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.status.text()
    assert dialog.status.text().startswith("Backed up and checked: counsel-desk-backup-")
    (made,) = usb.iterdir()
    assert made.name in dialog.status.text()
    main.go("Today")
    assert not today.sections[0].isVisible()  # the reminder went
    kinds = [e.kind.value for e in main.workspace.audit.recent(5)]
    assert "backup_made" in kinds
    del seeded, controller


def test_today_reminds_and_backs_up(qtbot, make_controller, closed_vault, usb):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    reminder = main.view("Today").sections[0]
    assert reminder.text.text().startswith("There is no verified backup of this vault yet.")
    qtbot.mouseClick(reminder.button, Qt.MouseButton.LeftButton)
    dialog = _progress()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not reminder.isVisible())
    del controller


def test_no_folder_chosen_says_where_to_choose_one(qtbot, make_controller, closed_vault, alert_log):
    _controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _records_action(main, "&Back up now…").trigger()
    assert alert_log.shown == [("error", NO_FOLDER)]
    assert _progress() is None or not _progress().isVisible()


def test_the_backup_folder_is_chosen_in_settings(
    qtbot, make_controller, closed_vault, tmp_path, monkeypatch
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    usb = tmp_path / "stick"
    usb.mkdir()
    monkeypatch.setattr(backup_files, "choose_folder", lambda parent, start: usb)
    dialog = controller.settings.open_dialog(main, lambda old, new: None)
    qtbot.mouseClick(dialog.backups.choose, Qt.MouseButton.LeftButton)
    assert dialog.backups.folder.text() == str(usb)
    qtbot.mouseClick(dialog.backups.on_quit, Qt.MouseButton.LeftButton)
    dialog.backups.keep.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    prefs = preferences.load()
    assert (prefs.backup_folder, prefs.backup_on_quit, prefs.backup_keep) == (str(usb), True, 4)


def test_quitting_backs_up_first_when_chosen(qtbot, make_controller, closed_vault, usb):
    set_backup_folder(usb, backup_on_quit=True)
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    quits = []
    controller.quit_requested.connect(lambda: quits.append(True))
    controller.quit()
    assert controller.state == "unlocked"  # not yet: the backup runs first
    qtbot.waitUntil(lambda: controller.state == "closed", timeout=20_000)
    assert quits == [True]
    assert len(list(usb.iterdir())) == 1
    del main


def test_a_failed_backup_before_quitting_asks(
    qtbot, make_controller, closed_vault, tmp_path, alert_log
):
    set_backup_folder(tmp_path / "unplugged", backup_on_quit=True)
    controller, _main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    alert_log.confirm_answer = False  # stay open
    controller.quit()
    qtbot.waitUntil(lambda: bool(alert_log.shown), timeout=10_000)
    ((kind, text),) = alert_log.shown
    assert kind == "confirm"
    assert text.startswith(
        f"The backup before quitting could not be made: The backup folder "
        f"({tmp_path / 'unplugged'}) is not there"
    )
    assert controller.state == "unlocked"
    alert_log.confirm_answer = True  # quit without a backup
    controller.quit()
    qtbot.waitUntil(lambda: controller.state == "closed", timeout=10_000)


def test_locking_stops_a_backup_and_leaves_nothing(
    qtbot, make_controller, closed_vault, usb, slow_check
):
    controller, main, _seeded = unlock_seeded(qtbot, make_controller, closed_vault[0])
    _records_action(main, "&Back up now…").trigger()
    dialog = _progress()
    qtbot.waitUntil(lambda: "Checking the backup" in dialog.status.text(), timeout=10_000)
    controller.lock()
    assert controller.state == "locked"
    assert list(usb.iterdir()) == []
    main = unlock_ui(qtbot, controller)
    assert main.workspace.backups.made() == []


def test_a_restore_drill_from_the_records_menu(qtbot, make_controller, closed_vault, usb):
    folder = closed_vault[0]
    ws = unlock(folder, PASSPHRASE)
    try:
        made = ws.backups.back_up().path
    finally:
        ws.close()
    _controller, main, _seeded = unlock_seeded(qtbot, make_controller, folder)
    _records_action(main, "Restore &drill…").trigger()
    (dialog,) = [w for w in main.findChildren(DrillDialog)]
    assert dialog.file.text() == str(made)
    qtbot.keyClicks(dialog.secret, "not the passphrase")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=10_000)
    assert dialog.error.label.text().startswith("That does not open this backup.")
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.summary.isVisible(), timeout=10_000)
    assert dialog.summary.text().startswith(f"The drill passed: the backup {made.name} opens")
    assert dialog.summary.text().endswith("The drill is recorded in the audit trail.")
    assert dialog.results.count() == 6  # the checks of storage/backup_check.py
    assert dialog.secret.text() == ""
    assert main.workspace.audit.recent(1)[0].kind.value == "restore_drill"
