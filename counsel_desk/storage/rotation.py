"""Rotating the data key: a full re-encryption into a fresh database, swapped in atomically."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import sqlcipher3

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.secrets import format_recovery_key
from counsel_desk.hardening import zero
from counsel_desk.storage import keyfiles
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import checkpoint, set_raw_key
from counsel_desk.storage.errors import StorageFailure
from counsel_desk.storage.files import (
    atomic_write,
    create_private_file,
    fsync_dir,
    translate_os_error,
)
from counsel_desk.storage.layout import DB_NAME, ROTATING_DB, ROTATING_KEYS
from counsel_desk.storage.search import close_reader, open_with_reader
from counsel_desk.storage.unit_of_work import UnitOfWork


class OpenVault(Protocol):
    """What rotation needs of an open vault (``storage/vault.py``'s ``Vault``), named here so
    that this module does not import the one that imports it."""

    folder: Path
    conn: sqlcipher3.Connection
    reader: sqlcipher3.Connection | None
    header: ks.KeyHeader


def _table_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def rotate(
    vault: OpenVault,
    passphrase: str | bytearray,
    kdf: ks.KdfParams | None,
    show_recovery_key: Callable[[str], None],
) -> tuple[bytearray, str]:
    """Returns the new data key (the vault keeps it) and the new recovery key's text. The
    caller has checked the passphrase against the header in use."""
    folder = vault.folder
    header = vault.header
    new_key = bytearray(os.urandom(ks.DATA_KEY_BYTES))
    recovery = os.urandom(32)
    rotating_db = folder / ROTATING_DB
    try:
        with contextlib.suppress(FileNotFoundError):
            rotating_db.unlink()
        try:
            create_private_file(rotating_db)
        except OSError as exc:
            raise translate_os_error(exc) from exc
        # The new header first: its counter goes into the new database with everything else.
        template = ks.KeyHeader(
            vault_id=header.vault_id, created=header.created, counter=header.counter + 1
        )
        new_header = ks.new_header(template, passphrase, recovery, new_key, kdf)
        # 1. Copy every page into a database keyed with the new key (online backup API).
        dest = sqlcipher3.connect(str(rotating_db), isolation_level=None)
        try:
            dest.execute("PRAGMA cipher_log_level = NONE")
            set_raw_key(dest, new_key)
            checkpoint(vault.conn)
            vault.conn.backup(dest)
            ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            same = _table_counts(dest) == _table_counts(vault.conn)
            if ok and same:
                # The new counter and the audit entry travel inside the new database, so the
                # rotation is recorded exactly when (and if) the new database is swapped in.
                with UnitOfWork(dest):
                    dest.execute(
                        "INSERT INTO vault_meta (key, value) VALUES ('key_counter', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (str(new_header.counter),),
                    )
                    AuditLog(dest).record(AuditKind.KEY_ROTATED, key_counter=new_header.counter)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        if not (ok and same):
            rotating_db.unlink()
            raise StorageFailure(
                QT_TRANSLATE_NOOP(
                    "errors", "The re-encrypted copy did not verify; the vault is unchanged."
                )
            )
        # 2. The practitioner sees the new recovery key before the old one stops working.
        recovery_text = format_recovery_key(recovery)
        try:
            show_recovery_key(recovery_text)
        except BaseException:
            rotating_db.unlink()
            raise
        # 3. The new header, beside the old one.
        atomic_write(folder / ROTATING_KEYS, new_header.to_bytes())
        # 4. Swap the database in; 5. promote the header.
        close_reader(vault.reader)  # it reads the old file: it must not outlive the swap
        vault.reader = None
        checkpoint(vault.conn)
        vault.conn.close()
        try:
            os.replace(rotating_db, folder / DB_NAME)
            fsync_dir(folder)
        except OSError as exc:
            raise translate_os_error(exc) from exc
        keyfiles.write_key_files(folder, new_header)
        (folder / ROTATING_KEYS).unlink()
        fsync_dir(folder)
        vault.conn, vault.reader = open_with_reader(folder / DB_NAME, new_key)
    except BaseException:
        zero(new_key)
        raise
    vault.header = new_header
    return new_key, recovery_text
