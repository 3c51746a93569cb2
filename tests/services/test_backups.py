"""Backing up the open vault: checked in a fresh process against the vault's own moment,
kept in the vault's list with its audit entry, the newest N kept, and Today's reminder."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from backupkit import plant_client, set_backup_folder
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services import backups as backups_mod
from counsel_desk.services.backups import BackupFailed, NoBackupFolder
from counsel_desk.services.workspace import Workspace, create_vault
from counsel_desk.storage.backup import BackupCancelled
from counsel_desk.storage.digest import contents


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    set_backup_folder(folder, backup_keep=3)
    return folder


def test_a_backup_is_checked_in_a_fresh_process_and_recorded(
    workspace: Workspace, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant_client(workspace, "C-001")
    started: list[list[str]] = []
    real = backups_mod.subprocess.Popen

    def popen(args, **kwargs):
        started.append(list(args))
        return real(args, **kwargs)

    monkeypatch.setattr(backups_mod.subprocess, "Popen", popen)
    outcome = workspace.backups.back_up()
    (command,) = started
    assert command[-5:] == ["verify", "--backup", str(outcome.path), "--data-key-stdin", "--json"]
    key_hex = bytes(workspace.vault._data_key).hex()
    assert not any(key_hex in part for part in command)
    assert outcome.path.parent == usb
    assert outcome.counts["clients"] == 1
    assert str(outcome.summary).startswith(f"Backed up and checked: {outcome.path.name} (")
    (made,) = workspace.backups.made()
    assert made.path == outcome.path
    assert made.verified_at is not None
    entry = workspace.audit.recent(1)[0]
    assert (entry.kind.value, entry.detail) == (
        "backup_made",
        {"backup": made.id, "result": "sound"},
    )


def _fake_check(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    monkeypatch.setattr(
        backups_mod, "verifier_command", lambda path: [sys.executable, "-c", script]
    )


def test_a_backup_that_does_not_match_is_removed_and_not_counted(
    workspace: Workspace, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.clients.add(ClientDraft("C-001"))
    counts = {**contents(workspace.vault.conn).counts, "clients": 7}
    doc = {"ok": True, "summary": "", "counts": counts, "digest": "0" * 64}
    _fake_check(monkeypatch, f"import sys; sys.stdin.read(); print({json.dumps(json.dumps(doc))})")
    with pytest.raises(BackupFailed) as caught:
        workspace.backups.back_up()
    assert "does not match the vault (clients: 7 in the backup, 1 in the vault)" in (
        caught.value.message
    )
    assert list(usb.iterdir()) == []
    assert workspace.backups.made() == []


def test_a_check_that_cannot_run_is_said_and_the_file_removed(
    workspace: Workspace, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_check(
        monkeypatch,
        "import sys; sys.stderr.write('counsel-desk: the disk reported an error.'); sys.exit(1)",
    )
    with pytest.raises(BackupFailed, match="the disk reported an error"):
        workspace.backups.back_up()
    assert list(usb.iterdir()) == []


def test_the_newest_n_of_this_vault_are_kept(
    workspace: Workspace, usb: Path, tmp_path: Path
) -> None:
    other, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        theirs = other.backups.back_up().path
    finally:
        other.close()
    mine = [workspace.backups.back_up().path for _ in range(4)]
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [theirs.name, *[p.name for p in mine[1:]]]
    )
    records = workspace.backups.made()
    assert [r.removed_at is not None for r in records] == [True, False, False, False]
    entry = workspace.audit.recent(1)[0]
    assert (entry.kind.value, entry.detail) == ("backups_removed", {"backups": 1})


def test_no_folder_chosen_is_a_sentence(workspace: Workspace) -> None:
    with pytest.raises(NoBackupFolder, match="Choose one in Settings"):
        workspace.backups.back_up()
    assert NoBackupFolder.exit_code == 2


def test_a_cancelled_backup_leaves_nothing(workspace: Workspace, usb: Path) -> None:
    run = workspace.backups.prepare()
    run.cancel()
    with pytest.raises(BackupCancelled):
        run.run()
    workspace.backups.finished(run)
    assert list(usb.iterdir()) == []


def test_the_reminder_follows_the_backups(workspace: Workspace, usb: Path, tmp_path: Path) -> None:
    assert workspace.backups.reminder() is None  # an empty vault is not nagged
    workspace.clients.add(ClientDraft("C-001"))
    assert workspace.backups.reminder().startswith("There is no verified backup")
    workspace.backups.back_up()
    assert workspace.backups.reminder() is None
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=8)
    assert "Back up now" in str(workspace.backups.reminder(later))
    set_backup_folder(tmp_path / "unplugged")
    assert str(workspace.backups.reminder()).startswith(
        f"Your backup folder ({tmp_path / 'unplugged'}) is not there"
    )


def test_a_daily_backup_is_due_when_chosen_and_a_day_old(workspace: Workspace, usb: Path) -> None:
    assert not workspace.backups.daily_due()
    set_backup_folder(usb, backup_daily=True)
    assert workspace.backups.daily_due()
    workspace.backups.back_up()
    assert not workspace.backups.daily_due()
    assert workspace.backups.daily_due(dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1))
