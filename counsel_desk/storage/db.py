"""The SQLCipher connection: keyed first, then pragmas set and checked. Sole sqlcipher3 user.

A raw 32-byte key handed to ``set_key`` would silently be taken as a passphrase (a different
database); ``open_connection`` therefore only accepts the 32-byte data key and builds the
``x'<hex>'`` raw-key form itself, in a bytearray zeroed straight after use.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import sqlcipher3

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.errors import (
    CounselDeskError,
    DiskError,
    DiskFull,
    NoPermission,
    ReadOnlyStorage,
    VaultDamaged,
    VaultInUse,
)
from counsel_desk.storage.files import translate_os_error
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
    """Open, key and configure the vault database.

    The caller has already proved the key right (the slot's tag verified), so a database that
    will not read now is damaged or belongs to another vault (VaultDamaged); a disk that is
    full, read-only, refused or failing raises its own error instead, never "damaged".
    """
    _require_data_key(data_key)  # before connecting: a refused key creates no file
    try:
        if read_only:
            conn = sqlcipher3.connect(
                f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise _opening_error(exc) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        set_raw_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        configure(conn, read_only=read_only)
    except DatabaseError as exc:
        conn.close()
        raise _opening_error(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def open_copy_target(path: Path, data_key: bytearray) -> Connection:
    """A database file at ``path`` (already created, empty, 0600) keyed with ``data_key``,
    for SQLite's online backup API to fill page by page: never a database attached with an
    empty key, so it is encrypted like the vault. No journal and no syncing while it fills:
    it is a new file nobody reads until the caller has synced it whole."""
    _require_data_key(data_key)
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise translate(exc) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        set_raw_key(conn, data_key)
        conn.execute("PRAGMA journal_mode = OFF").fetchall()
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
    except DatabaseError as exc:
        conn.close()
        raise translate(exc) from exc
    return conn


def _opening_error(exc: DatabaseError) -> CounselDeskError:
    error = translate(exc)
    return error if isinstance(error, CounselDeskError) else VaultDamaged()


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
            raise PragmaCheckFailed(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "PRAGMA {name} is {got}, expected {expected}"),
                    name=name,
                    got=repr(got),
                    expected=repr(expected),
                )
            )
    version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    if not str(version).startswith("4."):
        raise PragmaCheckFailed(
            phrase(
                QT_TRANSLATE_NOOP("errors", "SQLCipher 4 required, found {version}"),
                version=version,
            )
        )


def checkpoint(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


# Primary SQLite result codes (sqlite.org/rescode.html); extended codes carry them in the
# low byte.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26


def translate(exc: Exception) -> Exception:
    """Map a driver error onto the typed errors the UI and CLI can phrase.

    A full, read-only, refused or failing disk is never called damage: that advice could
    make a practitioner restore an older backup over a good vault.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull()
    if primary == SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyStorage()
    if primary in (SQLITE_PERM, SQLITE_CANTOPEN) or "unable to open" in text:
        return NoPermission(
            QT_TRANSLATE_NOOP(
                "errors",
                "Counsel Desk could not open the vault's files: your user account may not be "
                "allowed to, or the disk is not available. Your data is untouched; check the "
                "folder's permissions and the disk, then try again.",
            )
        )
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return DiskError()
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUse()
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return VaultDamaged()
    if isinstance(exc, OSError):
        return translate_os_error(exc)
    return exc


def open_memory() -> Connection:
    """An empty database in memory (no file, no key): for reading the schema's tables
    before a vault exists (``open_format.schema_only``). The caller closes it."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
