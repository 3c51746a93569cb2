"""The vault folder: ``vault.db`` (SQLCipher 4) beside ``keys.json`` and ``keys.backup.json``.

Opening proves the secret against a key slot first (a failed tag = wrong secret, nothing is
touched) and the header's MAC, takes the folder lock, checks the write-ahead log before
SQLite sees it (a damaged one is never replayed into the database), then keys the database;
a database that will not read after a good slot is damage. After opening, the key files are
brought up to date: both copies rewritten if either is damaged, missing, out of date or in
the old format, and the key counter recorded in the database.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.secrets import format_recovery_key
from counsel_desk.hardening import zero
from counsel_desk.storage import keyfiles, upgrade_copies
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.backup import BackupJob
from counsel_desk.storage.db import Connection, DatabaseError, checkpoint, open_connection
from counsel_desk.storage.errors import (
    CounselDeskError,
    StorageFailure,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from counsel_desk.storage.files import (
    FolderLock,
    create_private_file,
    ensure_private_dir,
    translate_os_error,
)
from counsel_desk.storage.layout import (
    DB_NAME,
    KEYS_BACKUP_NAME,
    KEYS_NAME,
    LOCK_NAME,
    ROTATING_DB,
    ROTATING_KEYS,
    VaultState,
    vault_state,
)
from counsel_desk.storage.migrate import check_not_newer, current_version, migrate
from counsel_desk.storage.search import close_reader, open_with_reader
from counsel_desk.storage.unit_of_work import UnitOfWork
from counsel_desk.storage.vault_open import (
    CreationUndo,
    check_wal_before_open,
    unlock_with_passphrase,
    unlock_with_recovery,
)
from counsel_desk.storage.verify import (
    CheckResult,
    Snapshot,
    VerifyReport,
    check_snapshot,
    take_snapshot,
)

log = logging.getLogger(__name__)

__all__ = [
    "DB_NAME",
    "KEYS_BACKUP_NAME",
    "KEYS_NAME",
    "CheckResult",
    "Vault",
    "VaultState",
    "VerifyReport",
]

OLDER_KEY_FILES = QT_TRANSLATE_NOOP(
    "storage.vault",
    "The vault's key files were older than its database, as if restored from an earlier copy "
    "of the vault folder; the vault was opened with them and they have been brought up to "
    "date. If you did not restore them, check who else can reach this folder.",
)


class Vault:
    """An open vault. Use the class methods to create or open one; ``close`` when done.

    The data key is kept (in a bytearray, zeroed on close) while the vault is open, as
    SQLCipher keeps it for the connection anyway: it lets the app check the vault and set a
    new passphrase without asking for the old one twice.
    """

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        header: ks.KeyHeader,
        lock: FolderLock,
        data_key: bytearray,
        reader: Connection | None = None,
    ) -> None:
        self.folder = folder
        self.conn = conn
        self.reader = reader  # read-only, for search off the UI thread (storage/search.py)
        self.header = header
        self._lock = lock
        self._data_key = data_key
        self._work: UnitOfWork | None = None
        self._record_lock = False  # once fully open, closing is recorded in the audit trail
        # what opening repaired, for the practitioner, once (translated where shown)
        self.notices: list[Marked | Phrase] = []

    @property
    def work(self) -> UnitOfWork:
        """The unit of work on the vault's connection (a new one after a key rotation)."""
        if self._work is None or self._work.conn is not self.conn:
            self._work = UnitOfWork(self.conn)
        return self._work

    # --- creating and opening ----------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str | bytearray,
        *,
        kdf: ks.KdfParams | None = None,
        fill: Callable[[Connection], None] | None = None,
    ) -> tuple[Vault, str]:
        """A new vault; returns it open, with the recovery key's printed form (shown once).

        ``fill`` (an import) writes its records in the same transaction that makes the
        vault, before the vault's creation is recorded: if it raises, no vault is left."""
        folder = Path(folder)
        if vault_state(folder) is not VaultState.NONE or (folder / ROTATING_KEYS).exists():
            raise VaultExists(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "A vault already exists in {folder}; choose another folder."
                    ),
                    folder=folder,
                )
            )
        undo = CreationUndo(folder)
        try:
            ensure_private_dir(folder)
            create_private_file(folder / DB_NAME)
        except OSError as exc:
            undo()
            raise translate_os_error(exc) from exc
        lock = FolderLock(folder / LOCK_NAME)
        try:
            lock.acquire()
        except BaseException:
            undo()
            raise
        data_key = bytearray(os.urandom(ks.DATA_KEY_BYTES))
        recovery = os.urandom(32)
        conn = reader = None
        try:
            header = ks.new_header(ks.KeyHeader.new(), passphrase, recovery, data_key, kdf)
            conn, reader = open_with_reader(folder / DB_NAME, data_key)
            migrate(conn)
            with UnitOfWork(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", header.vault_id),
                        ("created", header.created),
                        ("key_counter", str(header.counter)),
                    ],
                )
                if fill is not None:
                    fill(conn)
                AuditLog(conn).record(AuditKind.VAULT_CREATED)
            keyfiles.write_key_files(folder, header)
        except BaseException:
            # A vault that was never handed out is removed again, so that a failure (no
            # Argon2id, a full disk) leaves no half-made vault to be taken for a damaged one.
            if conn is not None:
                close_reader(reader)
                conn.close()
            lock.release()
            undo()
            zero(data_key)
            raise
        vault = cls(folder, conn, header, lock, data_key, reader)
        vault._record_lock = True
        return vault, format_recovery_key(recovery)

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str | bytearray,
        *,
        new_passphrase: str | bytearray | None = None,
        kdf: ks.KdfParams | None = None,
    ) -> Vault:
        """Open with the passphrase; with ``new_passphrase``, set it straight after (its
        slot is made before anything is written, so a failure there changes nothing)."""
        folder = Path(folder)
        unlocked = unlock_with_passphrase(folder, passphrase)
        return cls._open_keyed(folder, unlocked, new_passphrase, kdf, AuditKind.PASSPHRASE_CHANGED)

    @classmethod
    def open_with_recovery(
        cls,
        folder: Path,
        recovery_text: str,
        *,
        new_passphrase: str | bytearray | None = None,
        kdf: ks.KdfParams | None = None,
    ) -> Vault:
        folder = Path(folder)
        unlocked = unlock_with_recovery(folder, recovery_text)
        return cls._open_keyed(folder, unlocked, new_passphrase, kdf, AuditKind.PASSPHRASE_RESET)

    @classmethod
    def _open_keyed(
        cls,
        folder: Path,
        unlocked: keyfiles.Unlocked,
        new_passphrase: str | bytearray | None,
        kdf: ks.KdfParams | None,
        new_passphrase_kind: AuditKind,
    ) -> Vault:
        lock = FolderLock(folder / LOCK_NAME)
        try:
            new_slot = None
            if new_passphrase is not None:
                new_slot = ks.passphrase_slot(
                    unlocked.header, new_passphrase, unlocked.data_key, kdf
                )
            if not (folder / DB_NAME).exists():
                raise VaultDamaged(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The vault's database ({db_name}) is missing from {folder}. Nothing "
                            "was changed: restore your latest backup into a new folder "
                            "(counsel-desk restore FILE --vault NEWDIR).",
                        ),
                        db_name=DB_NAME,
                        folder=folder,
                    )
                )
            lock.acquire()
            try:
                check_wal_before_open(folder)
                conn, reader = open_with_reader(folder / DB_NAME, unlocked.data_key)
            except BaseException:
                lock.release()
                raise
        except BaseException:
            zero(unlocked.data_key)
            raise
        vault = cls(folder, conn, unlocked.header, lock, unlocked.data_key, reader)
        try:
            vault._check_pairing()
            check_not_newer(conn)
            vault._settle_key_files(unlocked)
            applied = migrate(conn, folder / DB_NAME)
            if applied:  # checked at once; the copy before it is kept until it has proved sound
                vault.notices += upgrade_copies.after_upgrade(
                    conn, vault.work, folder, applied[0] - 1, applied[-1]
                )
            with vault.work:
                AuditLog(conn).record(AuditKind.UNLOCKED)
                if not applied:
                    upgrade_copies.count_open(conn)
            if new_slot is not None:
                vault._install_passphrase_slot(new_slot, new_passphrase_kind)
            vault._record_lock = True
            vault.notices += upgrade_copies.settle(conn, vault.work, folder, current_version(conn))
        except BaseException:
            vault.close()
            raise
        return vault

    def list_upgrade_copies(self) -> list[upgrade_copies.UpgradeCopy]:
        """The copies taken before upgrades that are still in the vault folder."""
        return upgrade_copies.list_copies(self.folder)

    def _check_pairing(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'"
            ).fetchone()
        except DatabaseError as exc:
            raise VaultDamaged() from exc
        if row is None or row[0] != self.header.vault_id:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The key file and the database belong to different vaults. Nothing was "
                    "changed: restore your latest backup into a new folder (counsel-desk "
                    "restore FILE --vault NEWDIR).",
                )
            )

    # --- keeping the key files right ---------------------------------------------------
    def _key_counter(self) -> int | None:
        row = self.conn.execute("SELECT value FROM vault_meta WHERE key = 'key_counter'").fetchone()
        return int(row[0]) if row else None

    def _record_key_counter(self, counter: int, kind: AuditKind | None = None) -> None:
        """The key counter in the database, and with ``kind`` the audit entry for the key
        change, in one unit of work."""
        with self.work:
            if kind is not None:
                AuditLog(self.conn).record(kind, key_counter=counter)
            self.conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES ('key_counter', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(counter),),
            )

    def _settle_key_files(self, unlocked: keyfiles.Unlocked) -> None:
        """Finish an interrupted rotation, upgrade a version 1 header, heal either copy,
        and record the key counter in the database (key files first, then the counter, so
        a crash in between never makes good key files look out of date)."""
        header = unlocked.header
        stored = self._key_counter()
        if stored is not None and header.counter < stored:
            log.info("key files (counter %d) older than the database (%d)", header.counter, stored)
            self.notices.append(OLDER_KEY_FILES)
            header = replace(header, counter=stored)
        header = header.sealed(self._data_key)
        if unlocked.name == ROTATING_KEYS:
            keyfiles.write_key_files(self.folder, header)
        else:
            self.notices += keyfiles.heal(self.folder, header, unlocked)
        for leftover in (ROTATING_KEYS, ROTATING_DB):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / leftover).unlink()
        if stored is None or stored < header.counter:
            self._record_key_counter(header.counter)
        self.header = header

    # --- key operations ----------------------------------------------------------------
    def check_passphrase(self, passphrase: str | bytearray) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens the header in use."""
        with ks.PassphraseOpener(passphrase) as opener:
            data_key = opener(self.header)
        if data_key is None:
            raise WrongPassphrase()
        zero(data_key)

    def set_passphrase(
        self,
        new: str | bytearray,
        *,
        kdf: ks.KdfParams | None = None,
        kind: AuditKind = AuditKind.PASSPHRASE_CHANGED,
    ) -> None:
        """Rewrap the data key under a new passphrase. The database pages are not touched;
        the key counter goes up, in both key files and then in the database, with the
        audit entry (``kind``) in the same transaction."""
        slot = ks.passphrase_slot(self.header, new, self._data_key, kdf)
        self._install_passphrase_slot(slot, kind)

    def _install_passphrase_slot(self, slot: ks.Slot, kind: AuditKind) -> None:
        updated = self.header.next(self.header.with_slot(slot).slots).sealed(self._data_key)
        keyfiles.write_key_files(self.folder, updated)
        self.header = updated
        self._record_key_counter(updated.counter, kind)

    def change_passphrase(
        self, old: str | bytearray, new: str | bytearray, *, kdf: ks.KdfParams | None = None
    ) -> None:
        self.check_passphrase(old)
        self.set_passphrase(new, kdf=kdf)

    def rotate_data_key(
        self,
        passphrase: str | bytearray,
        show_recovery_key: Callable[[str], None],
        *,
        kdf: ks.KdfParams | None = None,
    ) -> str:
        """Re-encrypt the whole database under a new data key; returns the new recovery key.

        The old recovery key stops working. The sequence survives a crash at any point:
        the new database is written beside the old and verified; the new recovery key is
        handed to ``show_recovery_key`` (if it raises, nothing is swapped); the new key
        header is written as ``keys.rotating.json``; then the database is swapped in and the
        header promoted. Opening finishes or discards an interrupted rotation.
        """
        from counsel_desk.storage.rotation import rotate

        self.check_passphrase(passphrase)
        new_key, recovery = rotate(self, passphrase, kdf, show_recovery_key)
        zero(self._data_key)
        self._data_key = new_key
        return recovery

    # --- backups -----------------------------------------------------------------------
    def backup_job(self) -> BackupJob:
        """A backup of this vault (``storage/backup.py``): a connection and a copy of the key
        of its own, so that it may run on a worker thread while the app goes on writing."""
        return BackupJob(self.folder, self._data_key, self.header)

    def read_connection(self) -> Connection:
        """A read-only connection of its own, for a long read on a worker thread (the open
        export) while the app goes on writing on ``conn``; the caller closes it."""
        if self.conn is None:
            raise StorageFailure(
                QT_TRANSLATE_NOOP("errors", "The vault is locked; unlock it and try again.")
            )
        return open_connection(self.folder / DB_NAME, self._data_key, read_only=True)

    # --- checking ----------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """A private copy to check. Call it on the thread that writes to the vault, so that
        no write happens while the files are copied; ``check_snapshot`` may then run on any
        thread."""
        return take_snapshot(self.folder)

    def check_snapshot(self, snapshot: Snapshot) -> VerifyReport:
        """The same checks as ``counsel-desk verify``, on ``snapshot``, which is discarded."""
        with snapshot:
            key = bytearray(self._data_key)
            try:
                return check_snapshot(snapshot, key, self.header)
            finally:
                zero(key)

    def check(self) -> VerifyReport:
        return self.check_snapshot(self.snapshot())

    def verify(self) -> list[CheckResult]:
        return self.check().checks

    # --- housekeeping ------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            if self._record_lock:
                self._record_locked()
        finally:  # whatever recording did, the vault closes and its key is wiped
            close_reader(self.reader)
            self.reader = None
            try:
                checkpoint(self.conn)
            except DatabaseError as exc:
                log.warning("checkpoint on close failed: %s", exc)
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            zero(self._data_key)
            self._lock.release()

    def _record_locked(self) -> None:
        """Record the lock in the audit trail; a vault that cannot be written still closes."""
        self._record_lock = False
        try:
            if self.conn.in_transaction:  # a use case left open is rolled back on close
                log.warning("closing the vault inside an open unit of work")
                return
            with self.work:
                AuditLog(self.conn).record(AuditKind.LOCKED)
        except (CounselDeskError, DatabaseError) as exc:  # a closed or unwritable database
            log.info("the lock could not be recorded: %s", exc)
