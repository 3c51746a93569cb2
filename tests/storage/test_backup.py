"""Making a backup: one moment of the vault, copied page by page while the app goes on
writing; a file that appears whole or not at all; nothing left behind by a failure, a
cancel or (at the next backup) a killed process; the vault itself only read."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest
from backupkit import encodings, plant_client
from testkit import PASSPHRASE
from vaultkit import state

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage import backup as backup_mod
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.backup import (
    TEMP_PREFIX,
    BackupCancelled,
    BackupFailed,
    BackupFolderMissing,
    remove_stale_temps,
)
from counsel_desk.storage.backup_check import check_backup


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _counts(path: Path) -> dict[str, int]:
    with ks.PassphraseOpener(PASSPHRASE) as opener:
        report = check_backup(path, open_slot=opener)
    assert report.ok, report.checks
    assert report.contents is not None
    return report.contents.counts


def test_a_backup_holds_the_vault_and_no_readable_word(workspace: Workspace, usb: Path) -> None:
    planted = plant_client(workspace, "C-001")
    seen: list[tuple[int, int]] = []
    with workspace.vault.backup_job() as job:
        path = job.make(usb, progress=lambda done, total: seen.append((done, total)))
        live = job.live_contents()
    data = path.read_bytes()
    for word in (planted.word, planted.name, "Spoke about"):
        for form in encodings(word):
            assert form not in data
    assert _counts(path) == live.counts
    assert live.counts["notes"] == len(planted.notes)
    assert seen
    assert seen[-1][0] == seen[-1][1] > 0


def test_the_backup_is_one_moment_while_writes_go_on(workspace: Workspace, usb: Path) -> None:
    """Clients added on the app's connection between the backup's pages (as autosave would)
    are not in the backup, and the backup is whole (T20)."""
    for n in range(30):
        workspace.clients.add(ClientDraft(f"A-{n:03d}"))
    written = []

    def write_meanwhile(done: int, total: int) -> None:
        code = f"B-{len(written):03d}"
        workspace.clients.add(ClientDraft(code))
        written.append(code)

    backup_mod.STEP_PAGES, old = 1, backup_mod.STEP_PAGES  # a report (and a write) per page
    try:
        with workspace.vault.backup_job() as job:
            path = job.make(usb, progress=write_meanwhile)
            live = job.live_contents()
    finally:
        backup_mod.STEP_PAGES = old
    assert len(written) > 5
    assert _counts(path)["clients"] == live.counts["clients"] == 30
    assert workspace.clients.count() == 30 + len(written)


def test_the_vault_folder_is_only_read(workspace: Workspace, usb: Path) -> None:
    workspace.clients.add(ClientDraft("C-001"))
    workspace.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = state(workspace.folder)
    with workspace.vault.backup_job() as job:
        job.make(usb)
    after = state(workspace.folder)
    assert {k: v.sha256 for k, v in after.items() if k != "vault.db-shm"} == {
        k: v.sha256 for k, v in before.items() if k != "vault.db-shm"
    }


def test_a_failure_part_way_leaves_nothing(
    workspace: Workspace, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.clients.add(ClientDraft("C-001"))
    real = backup_mod.BackupJob._seal

    def failing(self, tmp, fd):
        os.write(fd, b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_mod.BackupJob, "_seal", failing)
    with workspace.vault.backup_job() as job, pytest.raises(BackupFailed) as caught:
        job.make(usb)
    assert caught.value.message.startswith(f"The disk of the backup folder ({usb}) is full")
    assert list(usb.iterdir()) == []
    monkeypatch.setattr(backup_mod.BackupJob, "_seal", real)
    with workspace.vault.backup_job() as job:
        assert job.make(usb).exists()


def test_a_cancelled_backup_leaves_nothing(workspace: Workspace, usb: Path) -> None:
    plant_client(workspace, "C-001", weeks=20)
    with workspace.vault.backup_job() as job:
        backup_mod.STEP_PAGES, old = 1, backup_mod.STEP_PAGES
        try:
            with pytest.raises(BackupCancelled):
                job.make(usb, progress=lambda done, total: job.cancel() if done > 2 else None)
        finally:
            backup_mod.STEP_PAGES = old
    assert list(usb.iterdir()) == []


def test_a_missing_folder_is_a_sentence(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.vault.backup_job() as job, pytest.raises(BackupFolderMissing) as caught:
        job.make(tmp_path / "unplugged")
    assert "is not there: if it is on a USB drive" in caught.value.message


def test_the_vault_folder_itself_and_an_existing_file_are_refused(
    workspace: Workspace, usb: Path
) -> None:
    with workspace.vault.backup_job() as job, pytest.raises(BackupFailed, match="outside"):
        job.make(workspace.folder)
    existing = usb / "mine.cdbackup"
    existing.write_bytes(b"keep me")
    with workspace.vault.backup_job() as job, pytest.raises(BackupFailed, match="already exists"):
        job.make(output=existing)
    assert existing.read_bytes() == b"keep me"


def test_two_backups_in_one_second_get_two_names(
    workspace: Workspace, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = dt.datetime(2025, 3, 4, 18, 30, 15).astimezone().astimezone(dt.UTC)
    monkeypatch.setattr(backup_mod, "now", lambda: at)
    names = []
    for _ in range(2):
        with workspace.vault.backup_job() as job:
            names.append(job.make(usb).name)
    assert names == [
        "counsel-desk-backup-2025-03-04-183015.cdbackup",
        "counsel-desk-backup-2025-03-04-183015-2.cdbackup",
    ]


def test_a_temporary_file_left_by_a_killed_backup_goes_at_the_next(
    workspace: Workspace, usb: Path
) -> None:
    stale = usb / f"{TEMP_PREFIX}0123456789ab.tmp"
    stale.write_bytes(b"half a backup")
    busy = usb / f"{TEMP_PREFIX}ba9876543210.tmp"
    busy.write_bytes(b"being written")
    import fcntl

    fd = os.open(busy, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with workspace.vault.backup_job() as job:
            made = job.make(usb)
        assert sorted(p.name for p in usb.iterdir()) == sorted([made.name, busy.name])
    finally:
        os.close(fd)
    assert remove_stale_temps(usb) == 1
    assert [p.name for p in usb.iterdir()] == [made.name]


def test_a_backup_on_a_worker_thread_while_the_app_writes(workspace: Workspace, usb: Path) -> None:
    client = workspace.clients.add(ClientDraft("C-001"))
    job = workspace.vault.backup_job()
    done: list[Path] = []
    worker = threading.Thread(target=lambda: done.append(job.make(usb)))
    worker.start()
    for n in range(20):
        workspace.sessions.add(
            SessionDraft(client.id, dt.datetime(2025, 1, 1, 9) + dt.timedelta(days=n))
        )
    worker.join()
    live = job.live_contents()
    job.close()
    assert _counts(done[0]) == live.counts
