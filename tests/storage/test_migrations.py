"""Numbered migrations: from every earlier version, atomic, a pre-migration copy, newer refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vault_kit import SQLITE_MAGIC, assert_unchanged, data_key, snapshot

from counsel_desk.services.workspace import verify
from counsel_desk.storage import migrate as migrate_mod
from counsel_desk.storage import vault as vault_mod
from counsel_desk.storage.db import open_connection
from counsel_desk.storage.errors import StorageFailure, VaultNewer
from counsel_desk.storage.migrate import Migration, available, current_version, latest_version
from counsel_desk.storage.vault import Vault

REAL_MIGRATIONS = available()


def _tables(vault: Vault) -> set[str]:
    rows = vault.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _create_at_version(folder: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as an older app would have created it: schema stopped at ``version``."""
    real = migrate_mod.migrate
    with monkeypatch.context() as m:
        m.setattr(
            vault_mod,
            "migrate",
            lambda conn, db_path=None, target=None: real(conn, db_path, target=version),
        )
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=LIGHT_KDF)
        assert current_version(vault.conn) == version
        vault.close()


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("vault.pre-v*.db"))


def test_migrations_are_numbered_from_one() -> None:
    assert [m.version for m in REAL_MIGRATIONS] == list(range(1, len(REAL_MIGRATIONS) + 1))
    assert latest_version() == len(REAL_MIGRATIONS) >= 1


def test_fresh_vault_is_at_the_latest_version(workspace) -> None:
    assert current_version(workspace.vault.conn) == latest_version()
    assert _copies(workspace.folder) == []


@pytest.mark.parametrize("from_version", range(1, latest_version() + 1))
def test_vault_from_every_version_opens_at_the_latest(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, from_version: int
) -> None:
    _create_at_version(vault_dir, from_version, monkeypatch)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert current_version(vault.conn) == latest_version()
    finally:
        vault.close()
    copies = _copies(vault_dir)
    if from_version == latest_version():
        assert copies == []
    else:
        assert len(copies) == 1
        assert copies[0].name.startswith(f"vault.pre-v{from_version + 1}-")
        _assert_encrypted_copy_at(copies[0], vault_dir, from_version)


def _assert_encrypted_copy_at(copy: Path, folder: Path, version: int) -> None:
    assert copy.read_bytes()[:16] != SQLITE_MAGIC
    assert copy.stat().st_mode & 0o777 == 0o600
    conn = open_connection(copy, data_key(folder), read_only=True)
    try:
        assert current_version(conn) == version
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def _with_extra(monkeypatch: pytest.MonkeyPatch, sql: str) -> int:
    extra = Migration(len(REAL_MIGRATIONS) + 1, f"{len(REAL_MIGRATIONS) + 1:04d}_extra.sql", sql)
    monkeypatch.setattr(migrate_mod, "available", lambda: [*REAL_MIGRATIONS, extra])
    return extra.version


def test_an_extra_migration_is_applied_with_a_copy_first(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    old = latest_version()
    new = _with_extra(
        monkeypatch, "CREATE TABLE extra_thing (id INTEGER PRIMARY KEY, label TEXT) STRICT;"
    )
    assert latest_version() == new
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert current_version(vault.conn) == new
        assert "extra_thing" in _tables(vault)
        assert all(c.ok for c in vault.verify())
    finally:
        vault.close()
    (copy,) = _copies(folder)
    assert copy.name.startswith(f"vault.pre-v{new}-")
    _assert_encrypted_copy_at(copy, folder, old)
    # Opening again migrates nothing and copies nothing more.
    Vault.open(folder, PASSPHRASE).close()
    assert _copies(folder) == [copy]


def test_a_failing_migration_changes_nothing(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    old = latest_version()
    with monkeypatch.context() as m:
        _with_extra(
            m,
            "CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;\n"
            "INSERT INTO half_done (id) VALUES (1);\n"
            "INSERT INTO no_such_table (id) VALUES (1);\n",
        )
        with pytest.raises(StorageFailure, match="could not be upgraded") as caught:
            Vault.open(folder, PASSPHRASE)
        assert "no_such_table" in str(caught.value.__cause__)
    assert latest_version() == old
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert current_version(vault.conn) == old
        assert "half_done" not in _tables(vault)
        assert all(c.ok for c in vault.verify())
    finally:
        vault.close()


def test_a_newer_vault_is_refused_untouched(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    vault = Vault.open(folder, PASSPHRASE)
    vault.conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    vault.close()
    before = snapshot(folder)
    with pytest.raises(VaultNewer, match="newer Counsel Desk"):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(VaultNewer):
        Vault.open_with_recovery(folder, recovery)
    with pytest.raises(VaultNewer):
        verify(folder, PASSPHRASE)
    assert_unchanged(folder, before)
    assert _user_version_raw(folder) == latest_version() + 1


def _user_version_raw(folder: Path) -> int:
    conn = open_connection(folder / "vault.db", data_key(folder), read_only=True)
    try:
        return current_version(conn)
    finally:
        conn.close()
