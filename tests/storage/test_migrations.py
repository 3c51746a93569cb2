"""Migrations: from every earlier version with data in it, atomic with their Python steps, a
pre-migration copy first, a newer vault refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from schema_kit import (
    OLD_PATH,
    OLD_PRINTER,
    audit_rows,
    build_at_version,
    check_after_upgrade,
    expected_chained_audit,
)
from testkit import PASSPHRASE
from vault_kit import SQLITE_MAGIC, assert_unchanged, data_key, snapshot

from counsel_desk.services.workspace import verify
from counsel_desk.storage import migrate as migrate_mod
from counsel_desk.storage.audit import walk_chain
from counsel_desk.storage.db import Connection, open_connection
from counsel_desk.storage.errors import StorageFailure, VaultNewer
from counsel_desk.storage.migrate import Migration, available, current_version, latest_version
from counsel_desk.storage.vault import Vault

REAL_MIGRATIONS = available()
EARLIER = range(1, latest_version())


def _tables(vault: Vault) -> set[str]:
    rows = vault.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("vault.pre-v*.db"))


def test_migrations_are_numbered_from_one() -> None:
    assert [m.version for m in REAL_MIGRATIONS] == list(range(1, len(REAL_MIGRATIONS) + 1))
    assert latest_version() == len(REAL_MIGRATIONS) >= 3
    chain = REAL_MIGRATIONS[2]
    assert chain.name == "0003_audit_chain.sql"
    assert chain.step is not None


def test_fresh_vault_is_at_the_latest_version(workspace) -> None:
    assert current_version(workspace.vault.conn) == latest_version()
    assert _copies(workspace.folder) == []


@pytest.mark.parametrize("from_version", EARLIER)
def test_a_vault_from_every_earlier_version_keeps_its_data(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, from_version: int
) -> None:
    build_at_version(vault_dir, from_version, monkeypatch)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        conn = vault.conn
        assert current_version(conn) == latest_version()
        check_after_upgrade(conn, from_version)
        # Every entry the older apps wrote is in the chain, as kinds and ids, in order (a
        # vault built at schema 3 or later chained its own entries as it went), followed by
        # this upgrade and this opening.
        rows = audit_rows(conn)
        expected = expected_chained_audit(from_version)
        assert rows[: len(expected)] == expected
        assert rows[-2:] == [
            ("vault_upgraded", {"from_version": from_version, "to_version": latest_version()}),
            ("unlocked", {}),
        ]
        assert walk_chain(conn).ok
        stored = "".join(str(r) for r in rows)
        for text in (OLD_PATH, "Isla", OLD_PRINTER, "Office", "C-0"):
            assert text not in stored
        assert all(c.ok for c in vault.verify()), vault.verify()
    finally:
        vault.close()
    (copy,) = _copies(vault_dir)
    assert copy.name.startswith(f"vault.pre-v{from_version + 1}-")
    _assert_encrypted_copy_at(copy, vault_dir, from_version)
    report = verify(vault_dir, PASSPHRASE)
    assert report.ok, report.checks


def test_a_vault_at_the_latest_version_migrates_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_at_version(vault_dir, latest_version(), monkeypatch)
    Vault.open(vault_dir, PASSPHRASE).close()
    assert _copies(vault_dir) == []


def _assert_encrypted_copy_at(copy: Path, folder: Path, version: int) -> None:
    """The copy is encrypted (with the data key of its time, which is still the vault's),
    private, sound, and holds the data as it was before the upgrade."""
    assert copy.read_bytes()[:16] != SQLITE_MAGIC
    assert copy.stat().st_mode & 0o777 == 0o600
    conn = open_connection(copy, data_key(folder), read_only=True)
    try:
        assert current_version(conn) == version
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        check_after_upgrade_at_own_version(conn, version)
    finally:
        conn.close()


def check_after_upgrade_at_own_version(conn: Connection, version: int) -> None:
    codes = [r[0] for r in conn.execute("SELECT code FROM clients ORDER BY code")]
    assert codes == ["C-001", "C-002"]
    if version < 3:  # the unchained log, with the old app's free text, only in the copy
        details = [r[0] for r in conn.execute("SELECT detail FROM audit_log")]
        assert "C-001" in details


def _with_extra(monkeypatch: pytest.MonkeyPatch, sql: str = "", step=None) -> int:
    version = len(REAL_MIGRATIONS) + 1
    extra = Migration(version, f"{version:04d}_extra.sql", sql, step)
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
    conn = open_connection(copy, data_key(folder), read_only=True)
    try:
        assert current_version(conn) == old
    finally:
        conn.close()
    # Opening again migrates nothing and copies nothing more.
    Vault.open(folder, PASSPHRASE).close()
    assert _copies(folder) == [copy]


def test_a_python_step_runs_between_its_sql_and_the_version_bump(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    seen: list[tuple[int, bool, bool]] = []

    def step(conn: Connection) -> None:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        seen.append((current_version(conn), "moved" in tables, conn.in_transaction))
        conn.executemany("INSERT INTO moved (n) VALUES (?)", [(n * n,) for n in range(5)])

    new = _with_extra(monkeypatch, "CREATE TABLE moved (n INTEGER NOT NULL) STRICT;", step)
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert seen == [(new - 1, True, True)]  # after the SQL, before the bump, in one go
        assert current_version(vault.conn) == new
        assert [r[0] for r in vault.conn.execute("SELECT n FROM moved")] == [0, 1, 4, 9, 16]
    finally:
        vault.close()


def test_a_python_step_alone_is_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    def step(conn: Connection) -> None: ...

    version = len(REAL_MIGRATIONS) + 1
    monkeypatch.setattr(migrate_mod, "PYTHON_STEPS", {**migrate_mod.PYTHON_STEPS, version: step})
    found = available()
    assert [m.version for m in found] == list(range(1, version + 1))
    assert (found[-1].name, found[-1].sql, found[-1].step) == (f"{version:04d}_step", "", step)


@pytest.mark.parametrize("failure", ["sql", "step", "step bug"])
def test_a_failing_migration_changes_nothing(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    folder, _ = closed_vault
    old = latest_version()
    sql = "CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;\n"
    sql += "INSERT INTO half_done (id) VALUES (1);\n"

    def step(conn: Connection) -> None:
        conn.execute("INSERT INTO half_done (id) VALUES (2)")
        if failure == "step bug":
            raise ValueError("a bug in the step")
        conn.execute("INSERT INTO no_such_table (id) VALUES (1)")

    if failure == "sql":
        sql += "INSERT INTO no_such_table (id) VALUES (1);\n"
    with monkeypatch.context() as m:
        _with_extra(m, sql, None if failure == "sql" else step)
        with pytest.raises(StorageFailure, match="could not be upgraded") as caught:
            Vault.open(folder, PASSPHRASE)
        cause = str(caught.value.__cause__)
        assert ("a bug" if failure == "step bug" else "no_such_table") in cause
    assert latest_version() == old
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert current_version(vault.conn) == old
        assert "half_done" not in _tables(vault)
        assert all(c.ok for c in vault.verify())
    finally:
        vault.close()


def test_the_chaining_step_refuses_nothing_it_cannot_read(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old entry whose detail fits no known shape keeps its kind and loses the text."""
    build_at_version(vault_dir, 2, monkeypatch)
    key = data_key(vault_dir)
    conn = open_connection(vault_dir / "vault.db", key)
    try:
        conn.execute(
            "INSERT INTO audit_log (at, event, detail) VALUES "
            "('2024-06-01T00:00:00Z', 'note_deleted', 'note seven, by Isla')"
        )
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        rows = audit_rows(vault.conn)
        assert ("note_deleted", {}) in rows
        assert "Isla" not in str(rows)
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
