"""Changing and resetting the passphrase, rotating the data key, and interrupted rotations."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vault_kit import SQLITE_MAGIC, assert_unchanged, data_key, pages, snapshot
from vaultkit import copy_vault

from counsel_desk.domain.audit import AuditKind
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import Workspace, change_passphrase, reset_passphrase
from counsel_desk.storage import keyfiles
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.errors import StorageFailure, WrongPassphrase, WrongRecoveryKey
from counsel_desk.storage.vault import Vault


def _ignore_key(_recovery_key: str) -> None:
    """Stands in for showing the new recovery key."""


NEW = "a quite different sentence 7"
SPEC = DemoSpec(clients=6, years=1.0, seed=4)


@pytest.fixture(scope="module")
def filled_made(
    tmp_path_factory: pytest.TempPathFactory, closed_vault_made: tuple[Path, str]
) -> Path:
    """A closed vault holding demo clients and sessions, filled once per module."""
    folder = copy_vault(closed_vault_made[0], tmp_path_factory.mktemp("filled") / "vault")
    vault = Vault.open(folder, PASSPHRASE)
    try:
        populate(Workspace(vault), SPEC)
    finally:
        vault.close()
    return folder


@pytest.fixture
def filled_vault(filled_made: Path, closed_vault: tuple[Path, str]) -> tuple[Path, str]:
    """Each test's own copy of it, in the closed vault's folder: (folder, recovery key)."""
    folder, recovery = closed_vault
    shutil.rmtree(folder)
    return copy_vault(filled_made, folder), recovery


def _counts(vault: Vault) -> tuple[int, int, list[tuple]]:
    conn = vault.conn
    clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    sessions = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    names = conn.execute("SELECT client_id, full_name FROM client_identity ORDER BY 1").fetchall()
    return clients, sessions, names


def _read(folder: Path, passphrase: str = PASSPHRASE) -> tuple[int, int, list[tuple]]:
    vault = Vault.open(folder, passphrase)
    try:
        return _counts(vault)
    finally:
        vault.close()


def _header(folder: Path, name: str = "keys.json") -> ks.KeyHeader:
    return ks.KeyHeader.from_bytes((folder / name).read_bytes())


def _key_counter(folder: Path, passphrase: str = PASSPHRASE) -> int:
    vault = Vault.open(folder, passphrase)
    try:
        row = vault.conn.execute("SELECT value FROM vault_meta WHERE key = 'key_counter'")
        return int(row.fetchone()[0])
    finally:
        vault.close()


def test_change_passphrase(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    data_key_before = data_key(folder)
    counter = _header(folder).counter
    change_passphrase(folder, PASSPHRASE, NEW, kdf=LIGHT_KDF)
    after = snapshot(folder)
    assert data_key(folder, NEW) == data_key_before  # the data key was only rewrapped
    assert after["keys.json"].data == after["keys.backup.json"].data
    assert _header(folder).counter == counter + 1
    assert _key_counter(folder, NEW) == counter + 1  # and the database knows
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, NEW).close()
    Vault.open_with_recovery(folder, recovery).close()


def test_change_passphrase_with_the_wrong_old_one_changes_nothing(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        change_passphrase(folder, "not the passphrase at all", NEW, kdf=LIGHT_KDF)
    assert_unchanged(folder, before)


def test_reset_passphrase_with_the_recovery_key(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    key_before = data_key(folder)
    reset_passphrase(folder, recovery, NEW, kdf=LIGHT_KDF)
    assert data_key(folder, NEW) == key_before
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    Vault.open(folder, NEW).close()
    Vault.open_with_recovery(folder, recovery).close()  # the recovery key stays the same


def test_rotate_data_key(filled_vault: tuple[Path, str]) -> None:
    folder, recovery_old = filled_vault
    old_pages = pages(folder / "vault.db")
    old_header = _header(folder)
    vault = Vault.open(folder, PASSPHRASE)
    try:
        before = _counts(vault)
        assert before[0] == SPEC.clients
        assert before[1] > 0
        recovery_new = vault.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
        assert _counts(vault) == before  # the open vault keeps working on the new file
        with vault.work:  # the new connection writes, and the chain goes on across the swap
            AuditLog(vault.conn).record(AuditKind.VAULT_CHECKED, result="sound")
        kinds = [e.kind for e in AuditLog(vault.conn).recent(2)]
        assert kinds == ["vault_checked", "key_rotated"]
        assert AuditLog(vault.conn).check().ok
    finally:
        vault.close()
    assert recovery_new != recovery_old
    assert sorted(p.name for p in folder.iterdir()) == [
        "keys.backup.json",
        "keys.json",
        "vault.db",
        "vault.lock",
    ]
    new_header = _header(folder)
    assert new_header.vault_id == old_header.vault_id
    assert new_header.counter == old_header.counter + 1
    assert (folder / "keys.backup.json").read_bytes() == (folder / "keys.json").read_bytes()
    new_pages = pages(folder / "vault.db")
    assert new_pages[0][:16] != SQLITE_MAGIC
    shared = min(len(old_pages), len(new_pages))
    assert shared >= 10
    equal = [i + 1 for i in range(shared) if old_pages[i] == new_pages[i]]
    assert equal == [], f"pages {equal} were not re-encrypted"
    assert _read(folder) == before
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery(folder, recovery_old)
    Vault.open_with_recovery(folder, recovery_new).close()


def test_rotation_with_the_wrong_passphrase_changes_nothing(workspace: Workspace) -> None:
    folder = workspace.folder
    workspace.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = {n: s.data for n, s in snapshot(folder).items() if n != "vault.db-shm"}
    with pytest.raises(WrongPassphrase):
        workspace.rotate_data_key("not the passphrase at all", _ignore_key, kdf=LIGHT_KDF)
    after = {n: s.data for n, s in snapshot(folder).items() if n != "vault.db-shm"}
    assert after == before
    assert workspace.clients.count() == 0  # still open and usable


def test_crash_after_the_swap_finishes_on_open(
    filled_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = filled_vault
    real = keyfiles.write_key_files
    calls = []

    def crash_once(target: Path, header: ks.KeyHeader) -> None:
        calls.append(header)
        if len(calls) == 1:
            raise StorageFailure("simulated crash before keys.json was written")
        real(target, header)

    vault = Vault.open(folder, PASSPHRASE)
    before = _counts(vault)
    monkeypatch.setattr(keyfiles, "write_key_files", crash_once)
    with pytest.raises(StorageFailure, match="simulated crash"):
        vault.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
    vault.close()
    monkeypatch.setattr(keyfiles, "write_key_files", real)
    names = {p.name for p in folder.iterdir()}
    assert "keys.rotating.json" in names
    assert "vault.rotating.db" not in names
    rotating = (folder / "keys.rotating.json").read_bytes()
    assert (folder / "keys.json").read_bytes() != rotating  # still the old header

    assert _read(folder) == before
    names = {p.name for p in folder.iterdir()}
    assert "keys.rotating.json" not in names
    assert "vault.rotating.db" not in names
    assert (folder / "keys.json").read_bytes() == rotating
    assert (folder / "keys.backup.json").read_bytes() == rotating
    Vault.open(folder, PASSPHRASE).close()


def test_crash_before_the_swap_keeps_the_old_keys(
    filled_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, recovery_old = filled_vault
    vault = Vault.open(folder, PASSPHRASE)
    before = _counts(vault)
    real_replace = os.replace

    def no_swap(src, dst, *args, **kwargs):
        if Path(src).name == "vault.rotating.db":
            raise OSError(5, "Input/output error")
        return real_replace(src, dst, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(os, "replace", no_swap)
        with pytest.raises(StorageFailure):
            vault.rotate_data_key(PASSPHRASE, _ignore_key, kdf=LIGHT_KDF)
    vault.close()
    names = {p.name for p in folder.iterdir()}
    assert {"vault.rotating.db", "keys.rotating.json"} <= names

    assert _read(folder) == before
    names = {p.name for p in folder.iterdir()}
    assert "keys.rotating.json" not in names
    assert "vault.rotating.db" not in names
    Vault.open_with_recovery(folder, recovery_old).close()


def test_a_stray_rotating_database_is_removed_on_open(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    (folder / "vault.rotating.db").write_bytes(os.urandom(4096))
    Vault.open(folder, PASSPHRASE).close()
    assert not (folder / "vault.rotating.db").exists()
    Vault.open_with_recovery(folder, recovery).close()


def test_the_new_recovery_key_is_shown_before_the_old_one_stops_working(
    filled_vault: tuple[Path, str],
) -> None:
    folder, _ = filled_vault
    vault = Vault.open(folder, PASSPHRASE)
    seen: list[tuple[str, bool]] = []

    def show(key: str) -> None:
        # At this moment the database on disk must still open with the old recovery key.
        seen.append((key, (folder / "vault.rotating.db").exists()))

    recovery_new = vault.rotate_data_key(PASSPHRASE, show, kdf=LIGHT_KDF)
    vault.close()
    assert seen == [(recovery_new, True)]
    Vault.open_with_recovery(folder, recovery_new).close()


def test_a_refused_recovery_key_leaves_the_vault_as_it_was(
    filled_vault: tuple[Path, str],
) -> None:
    folder, recovery_old = filled_vault
    vault = Vault.open(folder, PASSPHRASE)
    before = _counts(vault)

    def refuse(_key: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        vault.rotate_data_key(PASSPHRASE, refuse, kdf=LIGHT_KDF)
    vault.close()
    assert not (folder / "vault.rotating.db").exists()
    assert not (folder / "keys.rotating.json").exists()
    assert _read(folder) == before
    Vault.open_with_recovery(folder, recovery_old).close()


def test_after_an_interrupted_rotation_the_old_recovery_key_is_wrong_not_damage(
    filled_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, recovery_old = filled_vault
    real = keyfiles.write_key_files

    def crash(target: Path, header: ks.KeyHeader) -> None:
        raise StorageFailure("simulated crash before keys.json was written")

    vault = Vault.open(folder, PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(keyfiles, "write_key_files", crash)
    with pytest.raises(StorageFailure):
        vault.rotate_data_key(PASSPHRASE, shown.append, kdf=LIGHT_KDF)
    vault.close()
    monkeypatch.setattr(keyfiles, "write_key_files", real)
    before = snapshot(folder)
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery(folder, recovery_old)
    assert_unchanged(folder, before)
    Vault.open_with_recovery(folder, shown[0]).close()
