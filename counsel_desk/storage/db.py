"""The SQLCipher connection: keyed first, then pragmas set and checked. Sole sqlcipher3 user.

A raw 32-byte key handed to ``set_key`` would silently be taken as a passphrase (a different
database); ``open_connection`` therefore only accepts the 32-byte data key and builds the
``x'<hex>'`` raw-key form itself, in a bytearray zeroed straight after use.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from counsel_desk.storage.errors import DiskFull, StorageFailure, VaultDamaged
from counsel_desk.storage.keyslots import DATA_KEY_BYTES, zero

log = logging.getLogger(__name__)

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError

_HEX = b"0123456789abcdef"

# (pragma, value to set, value expected back)
PRAGMAS: tuple[tuple[str, str | None, object], ...] = (
    ("temp_store", "MEMORY", 2),  # FILE would write plaintext temp files
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("trusted_schema", "OFF", 0),
    ("secure_delete", "ON", 1),
)
if sys.platform == "darwin":  # plain fsync() leaves the drive cache unflushed on macOS
    PRAGMAS += (("fullfsync", "ON", 1), ("checkpoint_fullfsync", "ON", 1))


class PragmaCheckFailed(RuntimeError):
    """The connection's security settings are not what they must be. A bug, not user error."""


def _require_data_key(data_key: bytearray) -> None:
    if not isinstance(data_key, bytearray) or len(data_key) != DATA_KEY_BYTES:
        raise TypeError("the data key must be a 32-byte bytearray")


def raw_key_literal(data_key: bytearray) -> bytearray:
    """``x'<64 hex>'`` as a bytearray, built without intermediate immutable copies."""
    _require_data_key(data_key)
    out = bytearray(b"x'") + bytearray(DATA_KEY_BYTES * 2) + bytearray(b"'")
    for i, byte in enumerate(data_key):
        out[2 + 2 * i] = _HEX[byte >> 4]
        out[3 + 2 * i] = _HEX[byte & 15]
    return out


def set_raw_key(conn: Connection, data_key: bytearray) -> None:
    literal = raw_key_literal(data_key)
    try:
        conn.set_key(literal)
    finally:
        zero(literal)


def open_connection(path: Path, data_key: bytearray, *, read_only: bool = False) -> Connection:
    """Open, key and configure the vault database, or raise VaultDamaged.

    The caller has already proved the key right (the slot's tag verified), so any failure to
    read the schema here means the file is damaged or belongs to another vault.
    """
    _require_data_key(data_key)  # before connecting: a refused key creates no file
    if read_only:
        conn = sqlcipher3.connect(
            f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        set_raw_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        configure(conn, read_only=read_only)
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged() from exc
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: Connection, *, read_only: bool = False) -> None:
    for name, value, expected in PRAGMAS:
        if read_only and name == "journal_mode":
            continue
        if value is not None:
            conn.execute(f"PRAGMA {name} = {value}").fetchall()
        got = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if isinstance(got, str):
            got = got.lower()
        if got != expected:
            raise PragmaCheckFailed(f"PRAGMA {name} is {got!r}, expected {expected!r}")
    version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    if not str(version).startswith("4."):
        raise PragmaCheckFailed(f"SQLCipher 4 required, found {version}")


def checkpoint(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT; ROLLBACK on any error, with disk errors made readable."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate(exc) from exc
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate(exc) from exc


def translate(exc: Exception) -> Exception:
    """Map a driver error onto the typed errors the UI and CLI can phrase."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "database or disk is full" in text or code == 13:
        return DiskFull()
    if "malformed" in text or "not a database" in text or code in (11, 26):
        return VaultDamaged()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull()
    if "disk i/o" in text or "readonly" in text or "unable to open" in text:
        return StorageFailure()
    return exc
