"""Restoring a backup into a new folder, and restore drills.

A restore never overwrites anything: the folder must be new or empty. It is made private
(0700), locked, and the backup is checked with the secret valid when it was made
(``backup_check``) while its database is copied in; only a backup that passes every check
becomes a vault: its key files are written from the slots in the backup (both copies),
and ``backup_restored`` is recorded in its audit trail. Anything else removes everything
the restore made and says why. The backup file is only read.

A drill is a check into a private temporary folder, thrown away: it proves the backup
opens with the secret and is sound, and reports what it holds.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import EXIT_USAGE
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.hardening import zero
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage import keyfiles
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.backup_check import (
    BackupReport,
    SlotOpener,
    check_backup,
    open_backup_key,
)
from counsel_desk.storage.db import open_connection
from counsel_desk.storage.errors import CounselDeskError, DiskFull, StorageFailure
from counsel_desk.storage.files import FolderLock, ensure_private_dir, translate_os_error
from counsel_desk.storage.layout import DB_NAME, LOCK_NAME
from counsel_desk.storage.unit_of_work import UnitOfWork


class RestoreRefused(CounselDeskError):
    exit_code = EXIT_USAGE


@dataclass(frozen=True)
class Restored:
    folder: Path
    report: BackupReport


def _refuse_occupied(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise RestoreRefused(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{folder} is a file, not a folder. Choose a new folder to restore into.",
                ),
                folder=folder,
            )
        )
    if folder.is_dir() and any(folder.iterdir()):
        raise RestoreRefused(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{folder} is not empty. A restore never writes over anything: choose a new or "
                    "empty folder. Nothing was changed.",
                ),
                folder=folder,
            )
        )


class RestoreFailed(DiskFull):
    """A disk problem while restoring (full, or the folder gone): never damage."""


def _restore_error(exc: StorageFailure, folder: Path) -> StorageFailure:
    """The sentence for a disk problem while restoring into ``folder``."""
    if not folder.exists():
        return RestoreFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder to restore into ({folder}) is not there any more: if it is on a "
                    "USB drive or another disk, connect it and try again. Nothing was restored, "
                    "and the backup is untouched.",
                ),
                folder=folder,
            )
        )
    if isinstance(exc, DiskFull):
        return RestoreFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The disk of {folder} is full, so the backup was not restored; what was "
                    "written was removed, and the backup is untouched. Free some space there, or "
                    "choose another folder, and try again.",
                ),
                folder=folder,
            )
        )
    return exc


class _Undo:
    """What a failed restore made: its files, and the folders it created."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.new_dirs = [d for d in (folder, *folder.parents) if not d.exists()]

    def __call__(self) -> None:
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                with contextlib.suppress(OSError):
                    path.unlink()
        for directory in self.new_dirs:  # deepest first; only if empty
            with contextlib.suppress(OSError):
                directory.rmdir()


def restore_backup(path: Path, folder: Path, open_slot: SlotOpener) -> Restored:
    """Make a vault in ``folder`` (new or empty) from the backup at ``path``."""
    path, folder = Path(path), Path(folder)
    manifest = bf.read_manifest(path)  # a damaged file is refused before anything is made
    _refuse_occupied(folder)
    data_key = None
    undo = _Undo(folder)
    lock = FolderLock(folder / LOCK_NAME)
    try:
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            raise translate_os_error(exc) from exc
        lock.acquire()
        # The slot is opened once here; the check reuses the key it gave.
        data_key = open_backup_key(manifest, open_slot, path.name)
        report = check_backup(path, data_key=data_key, into=folder / DB_NAME)
        if not report.ok:
            raise bf.BackupDamaged(report.summary)
        keyfiles.write_key_files(folder, manifest.keys)
        conn = open_connection(folder / DB_NAME, data_key)
        try:
            with UnitOfWork(conn):
                AuditLog(conn).record(AuditKind.BACKUP_RESTORED, version=manifest.schema_version)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
        for name in os.listdir(folder):
            os.chmod(folder / name, 0o600)
    except BaseException as exc:
        error = _restore_error(exc, folder) if isinstance(exc, StorageFailure) else None
        lock.release()
        undo()
        if error is not None and error is not exc:
            raise error from exc
        raise
    finally:
        if data_key is not None:
            zero(data_key)
    lock.release()
    return Restored(folder, report)


def drill(path: Path, open_slot: SlotOpener) -> BackupReport:
    """Restore into a private temporary folder, check everything, count, throw it away."""
    return check_backup(Path(path), open_slot=open_slot)
