"""Checking a backup file, and restoring one: the same steps, kept or thrown away.

A check reads the file's manifest (a file cut short or of another kind is refused at once),
opens a key slot in it with the secret (or, straight after a backup, proves with the data
key that the slots and manifest in the file are the vault's own, unchanged), copies the
database out (its SHA-256 checked on the way) into a private temporary folder (0700, files
0600), and runs SQLite's checks on the copy: every page's authentication
(``cipher_integrity_check``), ``integrity_check`` (tables, indexes, and since SQLite 3.44
the search index against the notes too), ``foreign_key_check``, and that the database
belongs to the vault the manifest names. It then counts the records and takes their digest
(``digest.py``). The backup file is only
read. A restore is the same with the copy made into the new vault folder and kept.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.hardening import zero
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage.db import Connection, DatabaseError, open_connection
from counsel_desk.storage.digest import Contents, contents
from counsel_desk.storage.errors import VaultDamaged
from counsel_desk.storage.keyheader import KeyHeader
from counsel_desk.storage.layout import DB_NAME
from counsel_desk.storage.verify import CheckResult

SlotOpener = Callable[[KeyHeader], bytearray | None]

FILE = "backup file"
KEYS = "key slots"
DATABASE = "database"
PAGES = "page authentication"
INTEGRITY = "database integrity"
FOREIGN_KEYS = "foreign keys"
BACKUP_SOUND = QT_TRANSLATE_NOOP(
    "storage.backup_check", "The backup {name} is sound: it opens, and every check passed."
)
CACHE_KIB = 64 * 1024


@dataclass
class BackupReport:
    """What checking a backup found; ``contents`` when the database could be read."""

    name: str
    manifest: bf.Manifest
    checks: list[CheckResult] = field(default_factory=list)
    contents: Contents | None = None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks) and self.contents is not None

    @property
    def summary(self) -> str | Phrase:
        failed = [c for c in self.checks if not c.ok]
        if failed:
            return bf.damaged(self.name, f"{failed[0].name}: {failed[0].detail}").said
        return phrase(BACKUP_SOUND, name=self.name)


def open_backup_key(manifest: bf.Manifest, open_slot: SlotOpener, name: str) -> bytearray:
    """The data key from a slot in the backup; a wrong secret or a changed manifest is a
    sentence."""
    data_key = open_slot(manifest.keys)
    if data_key is None:
        raise bf.BackupWrongSecret()
    if not (manifest.keys.authentic(data_key) and manifest.authentic(data_key)):
        zero(data_key)
        raise bf.damaged(name, bf.SLOTS_CHANGED)
    return data_key


def check_backup(
    path: Path,
    *,
    open_slot: SlotOpener | None = None,
    data_key: bytearray | None = None,
    into: Path | None = None,
) -> BackupReport:
    """Check the backup at ``path`` with a secret (``open_slot``) or the data key; with
    ``into``, the database is copied there (a new file) and kept, else into a private
    temporary folder removed afterwards."""
    path = Path(path)
    manifest = bf.read_manifest(path)
    if data_key is not None:
        key = bytearray(data_key)
        if not (manifest.keys.authentic(key) and manifest.authentic(key)):
            zero(key)
            raise bf.damaged(path.name, bf.SLOTS_CHANGED)
    elif open_slot is not None:
        key = open_backup_key(manifest, open_slot, path.name)
    else:
        raise ValueError("a secret or the data key is needed")
    report = BackupReport(path.name, manifest)
    report.checks.append(CheckResult(KEYS, True, "the slots in the file open it"))
    temp = None
    try:
        if into is None:
            temp = Path(tempfile.mkdtemp(prefix="counsel-desk-backup-check-"))
            target = temp / DB_NAME
        else:
            target = Path(into)
        bf.copy_database(path, manifest, target)
        report.checks.insert(
            0, CheckResult(FILE, True, f"whole ({manifest.db_bytes:,} bytes as written)")
        )
        _database_checks(target, key, manifest, report)
    finally:
        zero(key)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    return report


def _database_checks(db: Path, key: bytearray, manifest: bf.Manifest, report: BackupReport) -> None:
    try:
        conn = open_connection(db, key)
    except VaultDamaged:
        report.checks.append(CheckResult(DATABASE, False, "it does not open with its own key"))
        return
    try:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        except DatabaseError as exc:
            report.checks.append(CheckResult(DATABASE, False, f"unreadable: {exc}"))
            return
        if row is None or row[0] != manifest.vault_id:
            report.checks.append(
                CheckResult(DATABASE, False, "it belongs to another vault than its key slots")
            )
            return
        report.checks.append(CheckResult(DATABASE, True, "opens with the key from its slots"))
        for name, sql, good in (
            (PAGES, "PRAGMA cipher_integrity_check", []),
            (INTEGRITY, "PRAGMA integrity_check", [("ok",)]),  # the search index too
            (FOREIGN_KEYS, "PRAGMA foreign_key_check", []),
        ):
            if not _run(conn, report, name, sql, good):
                return
        try:
            report.contents = contents(conn)
        except (DatabaseError, VaultDamaged) as exc:
            report.checks.append(CheckResult(DATABASE, False, f"a table is unreadable: {exc}"))
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.close()


def _run(conn: Connection, report: BackupReport, name: str, sql: str, good: object) -> bool:
    try:
        rows = conn.execute(sql).fetchall()
    except DatabaseError as exc:
        report.checks.append(CheckResult(name, False, str(exc)))
        return False
    ok = rows == good
    detail = "ok" if ok else "; ".join(" ".join(map(str, r)) for r in rows[:5])
    report.checks.append(CheckResult(name, ok, detail))
    return ok
