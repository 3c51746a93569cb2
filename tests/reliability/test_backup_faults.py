"""T17/T28 for backups and restores: a full disk, a backup folder that vanishes part-way (a
USB drive pulled out), a disk that reports an error. Each is one sentence; no data is lost;
no half-written file is left behind; the vault is untouched; a later backup works.

A full disk is a real 256 KiB tmpfs when run as root; for anyone else it is SQLite's own
page limit on the file being written (the backup) or the operating system's error raised
where the bytes go out (the restore), so the same assertions run in CI without root.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from backupkit import plant_client
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import copy_vault, state

from counsel_desk.services import restore
from counsel_desk.services.workspace import Workspace, create_vault, unlock
from counsel_desk.storage import backup as backup_mod
from counsel_desk.storage import backup_file as bf_mod
from counsel_desk.storage import db
from counsel_desk.storage.backup import BackupDiskFull, BackupFailed, BackupFolderMissing
from counsel_desk.storage.errors import DiskFull, StorageFailure

SIZE = 256 * 1024


@pytest.fixture(scope="module")
def big_closed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three clients with 40 weeks of records each, made once (planting takes seconds)."""
    folder = tmp_path_factory.mktemp("big") / "vault"
    ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        for n in range(1, 4):
            plant_client(ws, f"C-00{n}", weeks=40)
    finally:
        ws.close()
    return folder


@pytest.fixture
def big(big_closed: Path, tmp_path: Path) -> Iterator[Workspace]:
    """Each test's own copy of that vault, open; larger than the small disk."""
    ws = unlock(copy_vault(big_closed, tmp_path / "vault"), PASSPHRASE)
    assert (ws.folder / "vault.db").stat().st_size + (
        ws.folder / "vault.db-wal"
    ).stat().st_size > SIZE
    yield ws
    if ws.is_open:
        ws.close()


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() == 0:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(folder)], check=True
        )
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    real_target = backup_mod.open_copy_target

    def capped(path: Path, key: bytearray) -> db.Connection:
        conn = real_target(path, key)
        conn.execute(f"PRAGMA max_page_count = {SIZE // 4096}").fetchall()
        return conn

    monkeypatch.setattr(backup_mod, "open_copy_target", capped)
    written = {"bytes": 0}
    real_write = os.write

    def write(fd: int, data: memoryview) -> int:
        if written["bytes"] + len(data) > SIZE:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written["bytes"] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(bf_mod.os, "write", write)
    yield folder


def _unchanged(ws: Workspace) -> dict:
    ws.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return {k: v.sha256 for k, v in state(ws.folder).items() if k != "vault.db-shm"}


def test_a_backup_onto_a_full_disk(big: Workspace, small_disk: Path, tmp_path: Path) -> None:
    before = _unchanged(big)
    with pytest.raises(BackupDiskFull) as caught:
        big.backups.back_up(small_disk / "b.cdbackup")
    assert caught.value.message.startswith(f"The disk of the backup folder ({small_disk}) is full")
    assert "the part written was removed and the vault is untouched" in caught.value.message
    assert list(small_disk.iterdir()) == []
    assert big.backups.made() == []
    assert _unchanged(big) == before
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    assert big.backups.back_up(roomy / "b.cdbackup").path.exists()


def test_a_backup_folder_pulled_out_part_way(
    big: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup_mod, "STEP_PAGES", 8)
    before = _unchanged(big)

    def pull_out(done: int, total: int) -> None:
        if done >= 16 and usb.exists():
            shutil.rmtree(usb)

    with pytest.raises(BackupFolderMissing) as caught:
        big.backups.back_up(usb / "b.cdbackup", progress=pull_out)
    assert caught.value.message.startswith(f"The backup folder ({usb}) is not there")
    assert not usb.exists()
    assert big.backups.made() == []
    assert _unchanged(big) == before


def test_a_disk_error_while_writing_the_backup(
    big: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(backup_mod.os, "fsync", failing_fsync)
    with pytest.raises(BackupFailed, match="reported an error"):
        big.backups.back_up(usb / "b.cdbackup")
    assert list(usb.iterdir()) == []


def test_a_restore_onto_a_full_disk(big: Workspace, small_disk: Path, tmp_path: Path) -> None:
    backup = big.backups.back_up(tmp_path / "b.cdbackup").path
    big.close()
    with pytest.raises(DiskFull) as caught:
        restore.restore(backup, small_disk / "restored", PASSPHRASE)
    assert caught.value.message.startswith(
        f"The disk of {small_disk / 'restored'} is full, so the backup was not restored"
    )
    assert "damaged" not in caught.value.message
    assert list(small_disk.iterdir()) == []
    assert restore.run_drill(backup, PASSPHRASE).ok  # the backup itself is untouched


def test_a_restore_folder_that_vanishes(big: Workspace, tmp_path: Path, monkeypatch) -> None:
    backup = big.backups.back_up(tmp_path / "b.cdbackup").path
    big.close()
    target = tmp_path / "stick" / "restored"
    real_copy = bf_mod.copy_database

    def pulled(path: Path, manifest: object, into: Path) -> None:
        shutil.rmtree(tmp_path / "stick")
        real_copy(path, manifest, into)  # type: ignore[arg-type]

    monkeypatch.setattr("counsel_desk.storage.backup_check.bf.copy_database", pulled)
    with pytest.raises(StorageFailure) as caught:
        restore.restore(backup, target, PASSPHRASE)
    assert caught.value.message.startswith(
        f"The folder to restore into ({target}) is not there any more"
    )
    assert not (tmp_path / "stick").exists()
