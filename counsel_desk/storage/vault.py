"""The vault folder: ``vault.db`` (SQLCipher 4) beside ``keys.json`` and ``keys.backup.json``.

Opening proves the secret against a key slot first (a failed tag = wrong secret, nothing is
touched), then keys the database; a database that will not read after a good slot is damage.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.secrets import (
    RecoveryKeyFormatError,
    format_recovery_key,
    parse_recovery_key,
)
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.db import (
    Connection,
    DatabaseError,
    checkpoint,
    transaction,
)
from counsel_desk.storage.errors import (
    StorageFailure,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from counsel_desk.storage.files import (
    atomic_write,
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
from counsel_desk.storage.migrate import check_not_newer, migrate
from counsel_desk.storage.search import close_reader, open_with_reader

log = logging.getLogger(__name__)

__all__ = ["DB_NAME", "KEYS_BACKUP_NAME", "KEYS_NAME", "CheckResult", "Vault", "VaultState"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


class _FolderLock:
    """An advisory lock on ``vault.lock`` so that only one process writes the vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise translate_os_error(exc) from exc
        try:
            import fcntl
        except ImportError:  # Windows: sqlite's own locking still guards the database
            return
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self.fd)
            self.fd = None
            raise VaultInUse() from exc

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock
            self.fd = None


def _read_header(path: Path) -> ks.KeyHeader | None:
    try:
        return ks.KeyHeader.from_bytes(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ks.HeaderInvalid, OSError) as exc:
        log.warning("key file %s is unreadable: %s", path.name, exc)
        return None


def _candidate_headers(folder: Path) -> list[tuple[str, ks.KeyHeader]]:
    """Key headers to try, best first. Raises when there is no usable one."""
    found: list[tuple[str, ks.KeyHeader]] = []
    if (folder / ROTATING_KEYS).exists() and not (folder / ROTATING_DB).exists():
        # A key rotation swapped the database but stopped before writing keys.json: only
        # the new header fits the database now (the old ones would read as damage).
        rotating = _read_header(folder / ROTATING_KEYS)
        if rotating:
            return [(ROTATING_KEYS, rotating)]
    for name in (KEYS_NAME, KEYS_BACKUP_NAME):
        header = _read_header(folder / name)
        if header and all(header != h for _, h in found):
            found.append((name, header))
    if found:
        return found
    if vault_state(folder) is VaultState.NONE:
        raise VaultMissing(f"There is no vault in {folder}. Create one with `counsel-desk init`.")
    raise VaultDamaged(
        f"The vault's key file ({KEYS_NAME}) and its backup copy ({KEYS_BACKUP_NAME}) in {folder} "
        "are both missing or damaged, so the vault cannot be opened. Restore them from a backup."
    )


def _write_header(folder: Path, header: ks.KeyHeader) -> None:
    """Write keys.json, read it back, then its twin: one good copy always survives."""
    data = header.to_bytes()
    atomic_write(folder / KEYS_NAME, data)
    if _read_header(folder / KEYS_NAME) != header:
        raise StorageFailure(
            "The new key file did not read back correctly; the backup copy still holds the "
            "previous one. Check the disk and try again."
        )
    atomic_write(folder / KEYS_BACKUP_NAME, data)


def _unwrap_with_passphrase(
    candidates: list[tuple[str, ks.KeyHeader]], passphrase: str
) -> tuple[str, ks.KeyHeader, bytearray]:
    tried: dict[tuple[str, ks.KdfParams], bytearray] = {}
    try:
        for name, header in candidates:
            try:
                slot = header.slot(ks.PASSPHRASE_SLOT)
            except ks.HeaderInvalid:
                continue
            cache_key = (slot.kdf["salt"], slot.kdf_params())
            if cache_key not in tried:
                tried[cache_key] = ks.derive_passphrase_kek(
                    passphrase, slot.salt(), slot.kdf_params()
                )
            data_key = ks.unwrap(header, slot, tried[cache_key])
            if data_key is not None:
                return name, header, data_key
    finally:
        for kek in tried.values():
            ks.zero(kek)
    raise WrongPassphrase()


def _unwrap_with_recovery(
    candidates: list[tuple[str, ks.KeyHeader]], recovery_text: str
) -> tuple[str, ks.KeyHeader, bytearray]:
    try:
        recovery = parse_recovery_key(recovery_text)
    except RecoveryKeyFormatError as exc:
        raise WrongRecoveryKey(str(exc)) from exc
    for name, header in candidates:
        try:
            slot = header.slot(ks.RECOVERY_SLOT)
        except ks.HeaderInvalid:
            continue
        kek = ks.derive_recovery_kek(recovery, slot.salt())
        try:
            data_key = ks.unwrap(header, slot, kek)
        finally:
            ks.zero(kek)
        if data_key is not None:
            return name, header, data_key
    raise WrongRecoveryKey()


def _passphrase_slot(
    header: ks.KeyHeader, passphrase: str, data_key: bytearray, kdf: ks.KdfParams | None
) -> ks.Slot:
    params = kdf or ks.calibrate()
    spec = ks.passphrase_kdf(params)
    kek = ks.derive_passphrase_kek(passphrase, ks.Slot("", "", spec, b"", b"").salt(), params)
    try:
        return ks.wrap(header, ks.PASSPHRASE_SLOT, ks.PASSPHRASE_SLOT, spec, kek, data_key)
    finally:
        ks.zero(kek)


def _recovery_slot(header: ks.KeyHeader, recovery: bytes, data_key: bytearray) -> ks.Slot:
    spec = ks.recovery_kdf()
    kek = ks.derive_recovery_kek(recovery, ks.Slot("", "", spec, b"", b"").salt())
    try:
        return ks.wrap(header, ks.RECOVERY_SLOT, ks.RECOVERY_SLOT, spec, kek, data_key)
    finally:
        ks.zero(kek)


class _CreationUndo:
    """Removes what a failed ``Vault.create`` made: its files and the folders it created."""

    _FILES = (
        DB_NAME,
        f"{DB_NAME}-wal",
        f"{DB_NAME}-shm",
        f"{DB_NAME}-journal",
        KEYS_NAME,
        KEYS_BACKUP_NAME,
        f".{KEYS_NAME}.tmp",
        f".{KEYS_BACKUP_NAME}.tmp",
        LOCK_NAME,
    )

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.existing = set(os.listdir(folder)) if folder.is_dir() else set()
        self.new_dirs = [d for d in (folder, *folder.parents) if not d.exists()]

    def __call__(self) -> None:
        for name in self._FILES:
            if name not in self.existing:
                with contextlib.suppress(OSError):
                    (self.folder / name).unlink()
        for directory in self.new_dirs:  # deepest first; only if empty
            with contextlib.suppress(OSError):
                directory.rmdir()


class Vault:
    """An open vault. Use the class methods to create or open one; ``close`` when done."""

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        header: ks.KeyHeader,
        lock: _FolderLock,
        reader: Connection | None = None,
    ):
        self.folder = folder
        self.conn = conn
        self.reader = reader  # read-only, for search off the UI thread (storage/search.py)
        self.header = header
        self._lock = lock

    # --- creating and opening ----------------------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: ks.KdfParams | None = None
    ) -> tuple[Vault, str]:
        """A new vault; returns it open, with the recovery key's printed form (shown once)."""
        folder = Path(folder)
        if vault_state(folder) is not VaultState.NONE or (folder / ROTATING_KEYS).exists():
            raise VaultExists(f"A vault already exists in {folder}; choose another folder.")
        undo = _CreationUndo(folder)
        try:
            ensure_private_dir(folder)
            create_private_file(folder / DB_NAME)
        except OSError as exc:
            undo()
            raise translate_os_error(exc) from exc
        lock = _FolderLock(folder / LOCK_NAME)
        try:
            lock.acquire()
        except BaseException:
            undo()
            raise
        data_key = bytearray(os.urandom(ks.DATA_KEY_BYTES))
        recovery = os.urandom(32)
        conn = None
        try:
            header = ks.KeyHeader.new()
            header = header.with_slot(_passphrase_slot(header, passphrase, data_key, kdf))
            header = header.with_slot(_recovery_slot(header, recovery, data_key))
            conn, reader = open_with_reader(folder / DB_NAME, data_key)
            migrate(conn)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [("vault_id", header.vault_id), ("created", header.created)],
                )
            _write_header(folder, header)
        except BaseException:
            # A vault that was never handed out is removed again, so that a failure (no
            # Argon2id, a full disk) leaves no half-made vault to be taken for a damaged one.
            if conn is not None:
                close_reader(reader)
                conn.close()
            lock.release()
            undo()
            raise
        finally:
            ks.zero(data_key)
        vault = cls(folder, conn, header, lock, reader)
        vault.audit("vault_created")
        return vault, format_recovery_key(recovery)

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, inspect_only: bool = False) -> Vault:
        """Open with the passphrase. ``inspect_only`` (for verify) migrates and records nothing."""
        folder = Path(folder)
        candidates = _candidate_headers(folder)
        name, header, data_key = _unwrap_with_passphrase(candidates, passphrase)
        return cls._open_keyed(folder, name, header, data_key, inspect_only=inspect_only)

    @classmethod
    def open_with_recovery(cls, folder: Path, recovery_text: str) -> Vault:
        folder = Path(folder)
        candidates = _candidate_headers(folder)
        name, header, data_key = _unwrap_with_recovery(candidates, recovery_text)
        return cls._open_keyed(folder, name, header, data_key)

    @classmethod
    def _open_keyed(
        cls,
        folder: Path,
        header_name: str,
        header: ks.KeyHeader,
        data_key: bytearray,
        *,
        inspect_only: bool = False,
    ) -> Vault:
        try:
            if not (folder / DB_NAME).exists():
                raise VaultDamaged(
                    f"The vault's database ({DB_NAME}) is missing from {folder}. "
                    "Restore it from a backup; the key files were left as they are."
                )
            lock = _FolderLock(folder / LOCK_NAME)
            lock.acquire()
            try:
                conn, reader = open_with_reader(folder / DB_NAME, data_key)
            except BaseException:
                lock.release()
                raise
        finally:
            ks.zero(data_key)
        vault = cls(folder, conn, header, lock, reader)
        try:
            vault._check_pairing()
            check_not_newer(conn)
            if inspect_only:
                return vault
            vault._finish_interrupted_rotation(header_name)
            if header_name == KEYS_BACKUP_NAME:
                log.warning("keys.json was unusable; restored it from keys.backup.json")
                _write_header(folder, header)
            migrate(conn, folder / DB_NAME)
            vault.audit("vault_opened")
        except BaseException:
            vault.close()
            raise
        return vault

    def _check_pairing(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT value FROM vault_meta WHERE key = 'vault_id'"
            ).fetchone()
        except DatabaseError as exc:
            raise VaultDamaged() from exc
        if row is None or row[0] != self.header.vault_id:
            raise VaultDamaged(
                "The key file and the database belong to different vaults. "
                "Restore the matching pair from a backup; nothing was changed."
            )

    def _finish_interrupted_rotation(self, header_name: str) -> None:
        rotating_keys = self.folder / ROTATING_KEYS
        if header_name == ROTATING_KEYS:
            _write_header(self.folder, self.header)
        for leftover in (rotating_keys, self.folder / ROTATING_DB):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()

    # --- key operations ----------------------------------------------------------------
    @staticmethod
    def change_passphrase(
        folder: Path, old: str, new: str, *, kdf: ks.KdfParams | None = None
    ) -> None:
        """Rewrap the data key under a new passphrase. The database is not touched."""
        folder = Path(folder)
        _, header, data_key = _unwrap_with_passphrase(_candidate_headers(folder), old)
        _replace_passphrase_slot(folder, header, data_key, new, kdf)

    @staticmethod
    def reset_passphrase(
        folder: Path, recovery_text: str, new: str, *, kdf: ks.KdfParams | None = None
    ) -> None:
        """Set a new passphrase with the recovery key (for a forgotten passphrase)."""
        folder = Path(folder)
        _, header, data_key = _unwrap_with_recovery(_candidate_headers(folder), recovery_text)
        _replace_passphrase_slot(folder, header, data_key, new, kdf)

    def rotate_data_key(
        self,
        passphrase: str,
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

        self.header, recovery = rotate(self, passphrase, kdf, show_recovery_key)
        return recovery

    # --- verification ------------------------------------------------------------------
    def verify(self) -> list[CheckResult]:
        from counsel_desk.storage.verify import run_checks

        return run_checks(self)

    # --- housekeeping ------------------------------------------------------------------
    def audit(self, event: str, detail: str = "") -> None:
        """Record what happened (never what was written) in the vault's audit log."""
        from counsel_desk.storage.repositories import AuditRepository

        AuditRepository(self.conn).append(event, detail)

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def close(self) -> None:
        if self.conn is None:
            return
        close_reader(self.reader)
        self.reader = None
        try:
            checkpoint(self.conn)
        except DatabaseError as exc:
            log.warning("checkpoint on close failed: %s", exc)
        self.conn.close()
        self.conn = None  # type: ignore[assignment]
        self._lock.release()


def _replace_passphrase_slot(
    folder: Path, header: ks.KeyHeader, data_key: bytearray, new: str, kdf: ks.KdfParams | None
) -> None:
    try:
        slot = _passphrase_slot(header, new, data_key, kdf)
    finally:
        ks.zero(data_key)
    updated = ks.KeyHeader(
        vault_id=header.vault_id,
        created=header.created,
        counter=header.counter + 1,
        slots=header.with_slot(slot).slots,
    )
    _write_header(folder, updated)
