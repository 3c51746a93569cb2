"""Restoring a backup into a new folder with the passphrase or the recovery key that was
valid when it was made, and drills: every client and note comes back; nothing is ever
written over; a damaged backup or a wrong secret is a sentence and leaves nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from backupkit import plant_client
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import copy_vault

from counsel_desk.services import restore
from counsel_desk.services.workspace import (
    Workspace,
    create_vault,
    unlock,
    unlock_with_recovery,
)
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage.errors import WrongRecoveryKey

NEW = "a brand new passphrase 77"


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path, list]:
    """Three planted clients and a backup of them, made once per module (seconds)."""
    root = tmp_path_factory.mktemp("restore")
    ws, recovery = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        planted = [plant_client(ws, f"C-00{n}") for n in range(1, 4)]
        backup = ws.backups.back_up(root / "usb.cdbackup").path
    finally:
        ws.close()
    return root / "vault", recovery, backup, planted


@pytest.fixture
def made(made_once: tuple, tmp_path: Path) -> Iterator[tuple[Workspace, str, Path, list]]:
    """Each test's own copy of that vault, open, and of its backup."""
    folder, recovery, backup, planted = made_once
    ws = unlock(copy_vault(folder, tmp_path / "vault"), PASSPHRASE)
    copy = tmp_path / backup.name
    shutil.copy2(backup, copy)
    yield ws, recovery, copy, planted
    if ws.is_open:
        ws.close()


def _everything(ws: Workspace) -> dict[str, object]:
    clients = {c.code: c.identity.full_name for c in ws.clients.list()}
    notes = {}
    for client in ws.clients.list():
        for summary in ws.notes.for_client(client.id):
            note = ws.notes.get(summary.id)
            notes[note.id] = (note.body, [a.body for a in note.amendments], summary.tags)
    return {"clients": clients, "notes": notes}


def test_restore_with_the_passphrase_brings_back_every_client_and_note(
    made: tuple, tmp_path: Path
) -> None:
    ws, _recovery, backup, _planted = made
    expected = _everything(ws)
    ws.close()
    done = restore.restore(backup, tmp_path / "new", PASSPHRASE)
    assert done.report.ok
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == [
        "keys.backup.json",
        "keys.json",
        "vault.db",
        "vault.lock",
    ]
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in (tmp_path / "new").iterdir())
    back = unlock(tmp_path / "new", PASSPHRASE)
    try:
        assert _everything(back) == expected
        assert all(check.ok for check in back.vault.verify())
        kinds = [e.kind.value for e in back.audit.recent(2)]
        assert kinds == ["unlocked", "backup_restored"]
    finally:
        back.close()


def test_restore_with_the_recovery_key_only(made: tuple, tmp_path: Path) -> None:
    ws, recovery, backup, _planted = made
    expected = _everything(ws)
    ws.close()
    restore.restore(backup, tmp_path / "new", recovery)
    back = unlock_with_recovery(tmp_path / "new", recovery, NEW, kdf=LIGHT_KDF)
    try:
        assert _everything(back) == expected
    finally:
        back.close()


def test_the_secrets_valid_when_the_backup_was_made_open_it(made: tuple, tmp_path: Path) -> None:
    ws, recovery, backup, _planted = made
    ws.change_passphrase(PASSPHRASE, NEW, kdf=LIGHT_KDF)
    ws.close()
    with pytest.raises(bf.BackupWrongSecret):
        restore.restore(backup, tmp_path / "new", NEW)
    assert not (tmp_path / "new").exists()
    assert restore.run_drill(backup, PASSPHRASE).ok
    assert restore.run_drill(backup, recovery).ok
    typo = recovery[:-1] + ("A" if recovery[-1] != "A" else "B")
    with pytest.raises(WrongRecoveryKey, match="typo"):
        restore.run_drill(backup, typo)


def test_restore_never_writes_over_anything(made: tuple, tmp_path: Path) -> None:
    ws, _recovery, backup, _planted = made
    with pytest.raises(restore.RestoreRefused, match="is not empty"):
        restore.restore(backup, ws.folder, PASSPHRASE)
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "letter.txt").write_text("mine")
    with pytest.raises(restore.RestoreRefused, match="A restore never writes over anything"):
        restore.restore(backup, occupied, PASSPHRASE)
    assert [p.name for p in occupied.iterdir()] == ["letter.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert restore.restore(backup, empty, PASSPHRASE).report.ok


def test_a_damaged_backup_is_refused_and_leaves_nothing(made: tuple, tmp_path: Path) -> None:
    _ws, _recovery, backup, _planted = made
    data = bytearray(backup.read_bytes())
    data[5000] ^= 1
    backup.write_bytes(bytes(data))
    with pytest.raises(bf.BackupDamaged, match="a byte was changed or lost"):
        restore.restore(backup, tmp_path / "a" / "new", PASSPHRASE)
    assert not (tmp_path / "a").exists()


def test_a_drill_reports_what_the_backup_holds_and_is_recorded(made: tuple) -> None:
    ws, _recovery, backup, planted = made
    result = restore.run_drill(backup, PASSPHRASE)
    assert result.ok
    assert result.counts["clients"] == 3
    assert result.counts["notes"] == sum(len(p.notes) for p in planted)
    assert str(result.summary).startswith(f"The drill passed: the backup {backup.name} opens")
    assert "3 clients" in str(result.summary)
    ws.backups.record_drill(result.ok)
    entry = ws.audit.recent(1)[0]
    assert (entry.kind.value, entry.detail) == ("restore_drill", {"result": "sound"})


def test_a_drill_recorded_from_outside_the_app(made: tuple) -> None:
    ws, _recovery, backup, _planted = made
    folder = ws.folder
    ws.close()
    result = restore.run_drill(backup, PASSPHRASE)
    restore.record_drill_in(folder, PASSPHRASE, result)
    back = unlock(folder, PASSPHRASE)
    try:
        kinds = [e.kind.value for e in back.audit.recent(4)]
        assert "restore_drill" in kinds
    finally:
        back.close()


def test_a_drill_of_another_vaults_backup_is_not_recorded(made: tuple, tmp_path: Path) -> None:
    ws, _recovery, backup, _planted = made
    ws.close()
    other, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=LIGHT_KDF)
    other.close()
    result = restore.run_drill(backup, PASSPHRASE)
    with pytest.raises(restore.OtherVault):
        restore.record_drill_in(tmp_path / "other", PASSPHRASE, result)
