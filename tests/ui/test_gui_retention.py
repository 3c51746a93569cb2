"""Retention and erasure in the app: Today's "Due for review" list, keeping records longer
with a reason, erasing after seeing what goes and typing the code, the Records menu's
retention periods and erasure records, and removing the backups made before an erasure."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from backupkit import plant_client, set_backup_folder
from guikit import unlock_ui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from testkit import PASSPHRASE, private_home
from vaultkit import copy_vault

from counsel_desk.services.workspace import unlock
from counsel_desk.ui.dialogs.erase import ErasedDialog, EraseDialog
from counsel_desk.ui.dialogs.erasures import ErasureRecordsDialog
from counsel_desk.ui.dialogs.keep_longer import KeepLongerDialog
from counsel_desk.ui.dialogs.retention import RetentionDialog
from counsel_desk.ui.record_keeping import NO_CLIENT


def _records_action(main, text: str):
    (menu,) = [a.menu() for a in main.menuBar().actions() if a.text() == "&Records"]
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _open(main, kind: type[QDialog]) -> QDialog:
    found = [d for d in main.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def planted(closed_vault_made, tmp_path_factory) -> tuple[Path, dict]:
    """Two clients due for review and one in work, planted once per module (seconds)."""
    root = tmp_path_factory.mktemp("retention")
    folder = copy_vault(closed_vault_made[0], root / "vault")
    with private_home(root):
        ws = unlock(folder, PASSPHRASE)
        try:
            old = plant_client(ws, "C-090", start=dt.datetime(2012, 3, 5, 10))
            older = plant_client(ws, "C-091", start=dt.datetime(2011, 1, 3, 10))
            now = plant_client(ws, "C-001", start=dt.datetime.now() - dt.timedelta(days=30))
        finally:
            ws.close()
    return folder, {"old": old, "older": older, "now": now}


@pytest.fixture
def opened(qtbot, make_controller, closed_vault, planted, alert_log):
    """Each test's own copy of those clients' vault, unlocked through the unlock window."""
    folder = closed_vault[0]
    shutil.rmtree(folder)
    copy_vault(planted[0], folder)
    controller = make_controller(folder)
    main = unlock_ui(qtbot, controller)
    alert_log.shown.clear()  # the planted drafts were put back, and said so
    return controller, main, dict(planted[1])


def test_today_lists_who_is_due_and_keeps_them_longer(qtbot, opened):
    _controller, main, planted = opened
    review = main.view("Today").sections[1]
    assert review.isVisible()
    rows = [review.list.item(i).text() for i in range(review.list.count())]
    assert [r.split(" — ")[0] for r in rows] == ["C-091", "C-090"]
    assert rows[0].startswith("C-091 — records due since 24 Jan 2018.")
    review.list.setCurrentRow(1)
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)
    dialog = _open(main, KeepLongerDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.label.text().startswith("Write a short reason")
    qtbot.keyClicks(dialog.reason, "A complaint is being heard.")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.list.count() == 1)
    assert review.list.item(0).text().startswith("C-091")
    kept = main.workspace.retention.for_client(planted["old"].client_id)
    assert str(kept.summary).endswith("by your decision: A complaint is being heard.")


def test_erasing_from_today_after_seeing_what_goes(qtbot, opened, tmp_path):
    _controller, main, planted = opened
    gone = planted["older"]
    review = main.view("Today").sections[1]
    review.list.setCurrentRow(0)
    qtbot.mouseClick(review.erase_button, Qt.MouseButton.LeftButton)
    dialog = _open(main, EraseDialog)
    assert dialog.title.text() == "Erase all records of C-091"
    what = [dialog.what.item(i).text() for i in range(dialog.what.count())]
    assert "4 sessions" in what
    assert "1 process note" in what
    assert dialog.why.text().startswith("They may go now: the retention period ended. Kept until")
    assert "years after the last session" in dialog.why.text()
    assert not dialog.asked.isVisible()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.code, "c-091")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    done = _open(main, ErasedDialog)
    assert done.findChildren(type(done.copies))  # the list of copies exists, empty here
    assert not done.copies.isVisible()
    # the records are gone; the words are being cleared from the disk, said on screen,
    # and the dialog waits for it (Close greyed, Escape does nothing)
    assert main.workspace.search.search(gone.word) == []
    assert done.clearing_note.text() == "Clearing the erased words from the disk…"
    assert not done.close_button.isEnabled()
    qtbot.keyClick(done, Qt.Key.Key_Escape)
    assert done.isVisible()
    # a backup asked for meanwhile (the daily one, say) waits: it would hold the words
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(usb)
    backed_up: list[bool] = []
    main.keeping.back_up(quiet=True, then=lambda ok, _sentence: backed_up.append(ok))
    assert not main.keeping.busy
    qtbot.waitUntil(done.close_button.isEnabled, timeout=20_000)
    assert done.clearing_note.text() == "The erased words are cleared from the disk."
    conn = main.workspace.vault.conn
    assert conn.execute("SELECT scrubbed_at IS NOT NULL FROM erasures").fetchall() == [(1,)]
    assert (main.workspace.folder / "vault.db-wal").stat().st_size == 0
    qtbot.waitUntil(lambda: backed_up == [True], timeout=30_000)  # then it is made
    qtbot.mouseClick(done.close_button, Qt.MouseButton.LeftButton)
    assert [c.code for c in main.workspace.clients.list()] == ["C-001", "C-090"]
    assert main.workspace.search.search(gone.word) == []
    qtbot.waitUntil(lambda: review.list.count() == 1)
    assert review.list.item(0).text().startswith("C-090")


def test_erasing_the_open_client_before_the_date_needs_their_request(qtbot, opened, alert_log):
    _controller, main, planted = opened
    _records_action(main, "&Erase a client's records…").trigger()
    assert alert_log.shown == [("info", NO_CLIENT)]
    main.current.set(planted["now"].client_id)
    _records_action(main, "&Erase a client's records…").trigger()
    dialog = _open(main, EraseDialog)
    assert dialog.asked.isVisible()
    assert dialog.why.text().startswith("These records are kept until ")
    assert "Erase them earlier only if the client asked you to." in dialog.why.text()
    qtbot.keyClicks(dialog.code, "C-001")
    assert not dialog.erase_button.isEnabled()
    radio = dialog.process_only  # its round button, at the left: the row is wider than its words
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.title.text() == "Erase process notes of C-001"
    assert dialog.what.item(0).text() == "1 process note"
    qtbot.mouseClick(
        dialog.asked, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.asked.height() // 2)
    )
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    done = _open(main, ErasedDialog)
    qtbot.waitUntil(done.close_button.isEnabled, timeout=20_000)  # the words cleared
    done.accept()
    notes = main.workspace.notes.for_client(planted["now"].client_id)
    assert notes
    assert all(n.kind.value == "session" for n in notes)
    assert main.current.id == planted["now"].client_id  # the client stays: only notes went


def test_retention_periods_from_the_records_menu(qtbot, opened):
    _controller, main, _planted = opened
    review = main.view("Today").sections[1]
    _records_action(main, "&Retention periods…").trigger()
    dialog = _open(main, RetentionDialog)
    assert dialog.adult.value() == 7
    dialog.adult.setValue(30)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert main.workspace.retention.policy().adult_years == 30
    main.go("Today")
    qtbot.waitUntil(lambda: not review.isVisible())


def test_backups_made_before_an_erasure_are_removed_after_a_new_one(
    qtbot, opened, tmp_path: Path, alert_log
):
    _controller, main, planted = opened
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(usb)
    before = main.workspace.backups.back_up().path
    main.workspace.erasure.erase(planted["older"].client_id)
    _records_action(main, "Erasure &records…").trigger()
    dialog = _open(main, ErasureRecordsDialog)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("C-091: all records erased on")
    assert before.name in dialog.detail.text()
    # said once: which backup, that it was made before, how it goes (not "these records" twice)
    assert dialog.detail.text().count(before.name) == 1
    assert dialog.detail.text().count("before this erasure") == 1
    assert "these records" not in dialog.detail.text()
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(alert_log.shown), timeout=20_000)
    ((kind, text),) = alert_log.shown
    assert (kind, text.split(" (")[0]) == ("info", "Removed the backups made before the erasure")
    assert not before.exists()
    assert len(list(usb.iterdir())) == 1
    qtbot.waitUntil(lambda: "None of the copies" in dialog.detail.text())


def test_the_erasure_record_names_each_copy_once(qtbot):
    from counsel_desk.domain.erasure import Copy, ErasureRecord, Scope

    backups = tuple(
        Copy("backup", f"counsel-desk-backup-2031-01-0{d}-100000.cdbackup", "/media/usb", "x")
        for d in (1, 2)
    )
    upgrade = Copy("upgrade_copy", "vault.before-upgrade", "/home/sam/vault", "x")
    copies = (*backups, upgrade)
    record = ErasureRecord(
        1, dt.datetime(2031, 1, 2, tzinfo=dt.UTC), "C-090", Scope.CLIENT, "adult",
        {"sessions": 3}, copies, None, copies,
    )  # fmt: skip
    dialog = ErasureRecordsDialog()
    qtbot.addWidget(dialog)
    dialog.fill([record], 10)
    text = dialog.detail.text()
    for copy in copies:
        assert text.count(copy.name) == 1
    assert text.count("Still held by") == 2  # the backups, then the upgrade's copy
    assert text.startswith("Still held by 2 backups made before this erasure: ")
    assert "(you keep the newest 10)" in text
