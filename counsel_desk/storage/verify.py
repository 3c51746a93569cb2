"""Checking a vault without changing a byte of it.

Nothing in the vault folder is opened for writing, created or removed, whatever is found:

- the key files and ``vault.db-wal``/``-shm`` are read where they are; the log is checked
  frame by frame in Python (``wal``), before SQLite sees it;
- ``vault.db`` and the log bytes just read are copied into a private temporary folder
  (0700, files 0600; never ``-shm``, which SQLite rebuilds), and SQLite's checks run on the
  copy: it replays the log, is checkpointed, and then every page's authentication
  (``cipher_integrity_check``), the b-tree integrity, the foreign keys, the schema
  version and the audit trail's hash chain are checked. The copy holds only encrypted pages
  and is removed afterwards, also on error.

Measured alternatives (docs/ARCHITECTURE.md): ``mode=ro`` rewrites ``-shm`` (and creates it
when absent); ``immutable=1`` ignores the log, so committed changes in it go unchecked;
``mode=ro&readonly_shm=1`` changes nothing but cannot open without ``-shm`` and, after a
damaged frame, shows the older data and calls it sound.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from counsel_desk.domain.errors import EXIT_DAMAGED, EXIT_OK
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.storage import keyfiles
from counsel_desk.storage.audit import walk_chain
from counsel_desk.storage.db import Connection, DatabaseError, checkpoint, open_connection
from counsel_desk.storage.errors import (
    DiskError,
    DiskFull,
    NoPermission,
    StorageFailure,
    VaultDamaged,
    VaultNewer,
)
from counsel_desk.storage.files import FILE_MODE, translate_os_error
from counsel_desk.storage.keyheader import KeyHeader
from counsel_desk.storage.layout import DB_NAME
from counsel_desk.storage.migrate import current_version, latest_version
from counsel_desk.storage.wal import WalReport, WalVerdict, analyse, read_files

KEY_FILES = "key files"
WAL = "write-ahead log"
DATABASE = "database"
PAGES = "page authentication"
INTEGRITY = "database integrity"
FOREIGN_KEYS = "foreign keys"
SCHEMA = "schema version"
AUDIT = "audit trail"
CHECKS = (KEY_FILES, WAL, DATABASE, PAGES, INTEGRITY, FOREIGN_KEYS, SCHEMA, AUDIT)
CHAINED_FROM = 3  # the schema version that chained the audit trail

SOUND = QT_TRANSLATE_NOOP("storage.verify", "The vault is sound.")
TORN = QT_TRANSLATE_NOOP(
    "storage.verify",
    "Everything saved is sound, except the last change made before Counsel Desk stopped: it "
    "is incomplete (as a crash or power cut leaves it) and will be dropped when the vault is "
    "next opened. Nothing was changed.",
)
KEYS_ONLY = QT_TRANSLATE_NOOP(
    "storage.verify",
    "The vault itself is sound, but {problem}. Nothing was changed; unlocking the vault once "
    "in Counsel Desk writes the key files again from the good copy.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "storage.verify",
    "The vault is damaged ({what}). Nothing was changed: copy the whole vault folder "
    "somewhere safe first, then restore your latest backup into a new folder "
    "(counsel-desk restore FILE --vault NEWDIR).",
)
AUDIT_ALTERED = QT_TRANSLATE_NOOP(
    "storage.verify",
    "The vault's records are sound, but its audit trail was changed outside Counsel Desk "
    "({what}). Nothing was changed: keep a copy of the whole vault folder as it is, as a "
    "record of what was found, and ask who else can reach it.",
)
WAL_LOSES_CHANGES = QT_TRANSLATE_NOOP(
    "storage.verify",
    "The vault's journal of recent changes (vault.db-wal) is damaged, and changes that were "
    "saved after the damaged part would be lost if it were opened. Nothing was changed: copy "
    "the whole vault folder somewhere safe first, then restore your latest backup into a new "
    "folder (counsel-desk restore FILE --vault NEWDIR).",
)
SLOW_COPY_BYTES = 64 * 1024 * 1024  # above this, the CLI says that it is copying first


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    said: Marked | Phrase | None = None  # the detail marked for translation, where it is


@dataclass(frozen=True)
class VerifyReport:
    checks: list[CheckResult]
    wal: WalReport
    copied_bytes: int = 0
    copy_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def failed(self, *names: str) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok and (not names or c.name in names)]

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_DAMAGED

    @property
    def summary(self) -> Marked | Phrase:
        """One sentence: what was found, and what to do."""
        if self.wal.loses_saved_changes:
            return WAL_LOSES_CHANGES
        damage = [c for c in self.failed() if c.name not in (KEY_FILES, AUDIT)]
        if damage:
            return phrase(DAMAGED, what=f"{damage[0].name}: {damage[0].detail}")
        audit = self.failed(AUDIT)
        if audit:
            return phrase(AUDIT_ALTERED, what=audit[0].detail)
        keys = self.failed(KEY_FILES)
        if keys:
            return phrase(KEYS_ONLY, problem=keys[0].said or keys[0].detail)
        return TORN if self.wal.verdict is WalVerdict.TORN else SOUND


@dataclass
class Snapshot:
    """A private copy of ``vault.db`` and its log, with the log's analysis."""

    folder: Path | None  # None when the vault has no vault.db to copy
    wal: WalReport
    copied_bytes: int = 0
    seconds: float = 0.0
    keys: list[keyfiles.KeyFile] = field(default_factory=list)

    @property
    def db(self) -> Path | None:
        return self.folder / DB_NAME if self.folder else None

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


def copy_size(vault_folder: Path) -> int:
    """Bytes a snapshot copies (vault.db and its log)."""
    total = 0
    for name in (DB_NAME, f"{DB_NAME}-wal"):
        with contextlib.suppress(OSError):
            total += (vault_folder / name).stat().st_size
    return total


def take_snapshot(vault_folder: Path) -> Snapshot:
    """Read the key files and the log, and copy vault.db and the log's bytes, in one go.

    The caller makes sure nobody writes meanwhile: ``verify`` holds the folder lock shared
    (no writer can open the vault), and the app calls this on the thread that writes.
    """
    started = time.perf_counter()
    keys = keyfiles.read_twins(vault_folder)
    try:
        wal_bytes, shm_bytes = read_files(vault_folder, DB_NAME)
    except OSError as exc:
        raise _reading_error(exc) from exc
    report = analyse(wal_bytes, shm_bytes)
    source = vault_folder / DB_NAME
    if not source.exists():
        return Snapshot(None, report, keys=keys)
    temp_root = Path(tempfile.gettempdir())
    size = copy_size(vault_folder)
    try:
        free = shutil.disk_usage(temp_root).free
    except OSError:
        free = None
    if free is not None and free < size + 2 * 1024 * 1024:
        raise DiskFull(phrase(_NO_ROOM, temp=temp_root, size=_megabytes(size)))
    try:
        folder = Path(tempfile.mkdtemp(prefix="counsel-desk-check-"))  # 0700
    except OSError as exc:
        raise _temp_error(exc, temp_root, size) from exc
    snapshot = Snapshot(folder, report, keys=keys)
    try:
        _copy(source, folder / DB_NAME)
        if wal_bytes:
            _write_new(folder / f"{DB_NAME}-wal", wal_bytes)
    except StorageFailure:
        snapshot.discard()
        raise
    except OSError as exc:
        snapshot.discard()
        raise _temp_error(exc, temp_root, size) from exc
    snapshot.copied_bytes = size
    snapshot.seconds = time.perf_counter() - started
    return snapshot


_NO_ROOM = QT_TRANSLATE_NOOP(
    "errors",
    "There is not enough free space in the temporary folder ({temp}) for the private copy "
    "that checking needs ({size}). Nothing in the vault was changed; free some space there, "
    "or set TMPDIR to a folder with more room, and try again.",
)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _temp_error(exc: OSError, temp: Path, size: int) -> StorageFailure:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(phrase(_NO_ROOM, temp=temp, size=_megabytes(size)))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NoPermission(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Counsel Desk could not write the private copy that checking needs in the "
                    "temporary folder ({temp}). Nothing in the vault was changed; set TMPDIR to a "
                    "folder you can write to, and try again.",
                ),
                temp=temp,
            )
        )
    return translate_os_error(exc)


def _reading_error(exc: OSError) -> StorageFailure:
    if exc.errno == errno.EIO:
        return DiskError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk reported an error while reading the vault, so it could not be checked. "
                "Nothing was changed; check the disk and its connection, then try again.",
            )
        )
    return translate_os_error(exc)


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _copy(source: Path, target: Path) -> None:
    try:
        src = os.open(source, os.O_RDONLY)
    except OSError as exc:
        raise _reading_error(exc) from exc
    try:
        dst = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(src, "rb", closefd=False) as reader:
                while chunk := _read(reader):
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(dst, view) :]
        finally:
            os.close(dst)
    finally:
        os.close(src)


def _read(reader: object) -> bytes:
    try:
        return reader.read(1 << 20)  # type: ignore[attr-defined]
    except OSError as exc:
        raise _reading_error(exc) from exc


# --- the checks ---------------------------------------------------------------------------
def check_snapshot(snapshot: Snapshot, data_key: bytearray, header: KeyHeader) -> VerifyReport:
    """Every check, on the private copy; ``header`` is the key header the secret opened."""
    checks: list[CheckResult] = []
    wal_ok = not snapshot.wal.loses_saved_changes
    checks.append(CheckResult(WAL, wal_ok, snapshot.wal.detail))
    db_counter: int | None = None
    if snapshot.db is None:
        checks.append(CheckResult(DATABASE, False, f"{DB_NAME} is missing"))
    else:
        db_counter = _database_checks(snapshot.db, data_key, header, checks)
    checks.insert(0, _key_file_check(snapshot.keys, header, data_key, db_counter))
    return VerifyReport(checks, snapshot.wal, snapshot.copied_bytes, snapshot.seconds)


def _database_checks(
    db: Path, data_key: bytearray, header: KeyHeader, checks: list[CheckResult]
) -> int | None:
    try:
        conn = open_connection(db, data_key)
    except VaultDamaged:
        checks.append(
            CheckResult(
                DATABASE,
                False,
                f"{DB_NAME} does not open with this vault's key: its first page is damaged, "
                "or it belongs to another vault",
            )
        )
        return None
    try:
        try:
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            counter_row = conn.execute(
                "SELECT value FROM vault_meta WHERE key = 'key_counter'"
            ).fetchone()
        except DatabaseError as exc:
            checks.append(CheckResult(DATABASE, False, f"its vault record is unreadable: {exc}"))
            return None
        if row is None or row[0] != header.vault_id:
            checks.append(
                CheckResult(DATABASE, False, "the key files and vault.db belong to other vaults")
            )
            return None
        checks.append(CheckResult(DATABASE, True, "opens with this vault's key"))
        try:
            checkpoint(conn)  # the copy's log into the copy: cipher_integrity_check reads pages
        except DatabaseError as exc:
            checks.append(CheckResult(PAGES, False, f"the log could not be replayed: {exc}"))
            return None
        _run(conn, checks, PAGES, "PRAGMA cipher_integrity_check", [])
        _run(conn, checks, INTEGRITY, "PRAGMA integrity_check", [("ok",)])
        _run(conn, checks, FOREIGN_KEYS, "PRAGMA foreign_key_check", [])
        try:
            version, latest = current_version(conn), latest_version()
        except DatabaseError as exc:
            checks.append(CheckResult(SCHEMA, False, str(exc)))
            return int(counter_row[0]) if counter_row else None
        if version > latest:
            raise VaultNewer()
        if version == latest:
            checks.append(CheckResult(SCHEMA, True, f"version {version}, the latest"))
        else:  # an older app's vault: sound, and upgraded when next unlocked
            checks.append(
                CheckResult(
                    SCHEMA, True, f"version {version}; upgraded to {latest} when next unlocked"
                )
            )
        checks.append(_audit_check(conn, version))
        return int(counter_row[0]) if counter_row else None
    finally:
        conn.close()


def _audit_check(conn: Connection, version: int) -> CheckResult:
    if version < CHAINED_FROM:
        return CheckResult(AUDIT, True, "not chained yet: chained when the vault is next unlocked")
    try:
        chain = walk_chain(conn)
    except (DatabaseError, StorageFailure, VaultDamaged) as exc:
        return CheckResult(AUDIT, False, f"unreadable: {exc}")
    if not chain.ok:
        return CheckResult(AUDIT, False, chain.problem or "")
    return CheckResult(AUDIT, True, f"{chain.entries:,} entries, each following from the last")


def _run(conn: object, checks: list[CheckResult], name: str, sql: str, good: object) -> None:
    try:
        rows = conn.execute(sql).fetchall()  # type: ignore[attr-defined]
    except DatabaseError as exc:
        checks.append(CheckResult(name, False, str(exc)))
        return
    ok = rows == good
    detail = "ok" if ok else "; ".join(" ".join(map(str, r)) for r in rows[:5])
    checks.append(CheckResult(name, ok, detail))


def _key_file_check(
    files: list[keyfiles.KeyFile], header: KeyHeader, data_key: bytearray, db_counter: int | None
) -> CheckResult:
    found: list[Marked | Phrase] = list(keyfiles.problems(files, header, data_key))
    if db_counter is not None and header.counter < db_counter:
        found.append(
            QT_TRANSLATE_NOOP(
                "storage.verify",
                "the key files are older than vault.db (restored from an earlier copy?)",
            )
        )
    if found:
        said = found[-1]
        for earlier in reversed(found[:-1]):
            said = phrase(
                QT_TRANSLATE_NOOP("storage.verify", "{one}; {other}"), one=earlier, other=said
            )
        return CheckResult(KEY_FILES, False, "; ".join(map(str, found)), said)
    if header.is_legacy:
        return CheckResult(KEY_FILES, True, "both copies agree (format 1, upgraded on unlock)")
    return CheckResult(KEY_FILES, True, "both copies agree and are intact")


def verify_folder(folder: Path, passphrase: str | bytearray) -> VerifyReport:
    """The ``verify`` command: prove the passphrase, then check a private copy.

    The folder lock is held shared (opened read-only, never created), so no writer can
    start meanwhile, and a vault that is open elsewhere is refused rather than copied while
    it changes.
    """
    from counsel_desk.storage import keyslots as ks
    from counsel_desk.storage.errors import KeyFilesDisagree, WrongPassphrase
    from counsel_desk.storage.files import FolderLock
    from counsel_desk.storage.layout import LOCK_NAME

    folder = Path(folder)
    lock = FolderLock(folder / LOCK_NAME)
    lock.acquire(shared=True)
    try:
        with ks.PassphraseOpener(passphrase) as opener:
            unlocked = keyfiles.unlock(folder, opener, WrongPassphrase(), KeyFilesDisagree())
        try:
            with take_snapshot(folder) as snapshot:
                return check_snapshot(snapshot, unlocked.data_key, unlocked.header)
        finally:
            ks.zero(unlocked.data_key)
    finally:
        lock.release()
