"""Every open: keyed first, pragmas set and checked, raw-key footgun refused, private files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vault_kit import SQLITE_MAGIC, data_key

from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import create_vault, unlock
from counsel_desk.storage.db import DatabaseError, open_connection, raw_key_literal, set_raw_key
from counsel_desk.storage.files import restrict_umask


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("temp_store", 2),
        ("journal_mode", "wal"),
        ("synchronous", 2),
        ("foreign_keys", 1),
        ("trusted_schema", 0),
        ("secure_delete", 1),
    ],
)
def test_pragmas_on_a_created_and_a_reopened_vault(
    closed_vault: tuple[Path, str], pragma: str, expected: object
) -> None:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.vault.conn.execute(f"PRAGMA {pragma}").fetchone()[0] == expected
    finally:
        ws.close()


def test_sqlcipher_version_and_cipher_settings(workspace) -> None:
    conn = workspace.vault.conn
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    assert conn.execute("PRAGMA cipher_use_hmac").fetchone()[0] == "1"


def test_extensions_cannot_be_loaded(workspace) -> None:
    conn = workspace.vault.conn
    with pytest.raises(DatabaseError, match="not authorized"):
        conn.execute("SELECT load_extension('/nonexistent/libevil')").fetchall()


def test_database_file_has_no_plain_sqlite_header(workspace) -> None:
    populate(workspace, DemoSpec(clients=3, years=0.5, seed=2))
    workspace.close()
    data = (workspace.folder / "vault.db").read_bytes()
    assert len(data) > 4096
    assert data[:16] != SQLITE_MAGIC
    assert b"SQLite format 3" not in data
    assert b"CREATE TABLE" not in data


@pytest.mark.parametrize(
    "key",
    [bytes(32), bytearray(31), bytearray(33), bytearray(b"x'" + b"00" * 32 + b"'"), "00" * 32],
    ids=["bytes", "short", "long", "literal", "str"],
)
def test_raw_key_must_be_a_32_byte_bytearray(tmp_path: Path, key: object) -> None:
    with pytest.raises(TypeError, match="32-byte bytearray"):
        raw_key_literal(key)  # type: ignore[arg-type]
    path = tmp_path / "x.db"
    with pytest.raises(TypeError, match="32-byte bytearray"):
        open_connection(path, key)  # type: ignore[arg-type]
    assert not path.exists(), "a refused key must not create a database file"


def test_set_raw_key_refuses_raw_bytes(closed_vault: tuple[Path, str]) -> None:
    import sqlcipher3

    folder, _ = closed_vault
    key = data_key(folder)
    conn = sqlcipher3.connect(str(folder / "vault.db"), isolation_level=None)
    try:
        with pytest.raises(TypeError):
            set_raw_key(conn, bytes(key))  # type: ignore[arg-type]
        set_raw_key(conn, key)
        keys = conn.execute("SELECT key FROM vault_meta ORDER BY key").fetchall()
        assert [k[0] for k in keys] == ["audit_head", "created", "key_counter", "vault_id"]
    finally:
        conn.close()


def test_raw_key_literal_is_the_hex_form() -> None:
    key = bytearray(range(32))
    assert bytes(raw_key_literal(key)) == b"x'" + bytes(key).hex().encode() + b"'"


def test_files_are_private_even_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "vault"
        ws, _ = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
        try:
            populate(ws, DemoSpec(clients=2, years=0.2, seed=1))
            names = {p.name for p in folder.iterdir()}
            assert {"vault.db-wal", "vault.db-shm"} <= names
            _assert_private(folder)
            ws.change_passphrase(PASSPHRASE, "a different sentence 9", kdf=LIGHT_KDF)
            _assert_private(folder)
        finally:
            ws.close()
        _assert_private(folder)
    finally:
        os.umask(old)
    restrict_umask()


def _assert_private(folder: Path) -> None:
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    expected = {"vault.db", "keys.json", "keys.backup.json", "vault.lock"}
    present = {p.name for p in folder.iterdir()}
    assert expected <= present
    for path in folder.iterdir():
        assert path.is_file()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, f"{path.name} is not 0600"
