"""Making a backup: one encrypted file, written whole or not at all, from one moment of the
vault, while the app goes on writing.

A backup reads the vault through a connection of its own inside one read transaction (in WAL
mode, a fixed moment: autosave and every other write go on meanwhile) and copies every page
with SQLite's online backup API into a new file keyed with the vault's data key — never a
copy of the live file, never a database attached with an empty key. The file is a hidden
temporary one in the backup folder (``.counsel-desk-backup-<random>.tmp``, 0600, locked
while written); the manifest and footer are appended (``backup_file.py``), the file is
synced, renamed to its dated name and the folder synced. A failure or a cancel removes the
temporary file; a process killed half-way leaves it, and the next backup into that folder
removes it (it is no longer locked). The vault's own files are only read.

The same read transaction then gives the vault's counts and digest at that moment
(``live_contents``), for the check in a fresh process to compare with the copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from counsel_desk import __version__
from counsel_desk.domain.backups import (
    SUFFIX,
    BackupFile,
    backup_file_name,
    is_backup_name,
    name_order,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.hardening import zero
from counsel_desk.storage import backup_file as bf
from counsel_desk.storage.db import (
    Connection,
    DatabaseError,
    open_connection,
    open_copy_target,
    translate,
)
from counsel_desk.storage.digest import Contents, contents
from counsel_desk.storage.errors import CounselDeskError, DiskFull, StorageFailure
from counsel_desk.storage.files import FILE_MODE, fsync_dir
from counsel_desk.storage.keyheader import KeyHeader
from counsel_desk.storage.layout import DB_NAME
from counsel_desk.storage.unit_of_work import ReadSnapshot

log = logging.getLogger(__name__)

TEMP_PREFIX = ".counsel-desk-backup-"
TEMP_SUFFIX = ".tmp"
STEP_PAGES = 1024  # 4 MiB per step: a progress report, and a chance to cancel, each
CACHE_KIB = 64 * 1024  # the reader's page cache, so the digest after the copy rarely decrypts
UTC = "%Y-%m-%dT%H:%M:%SZ"
Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class BackupFailed(StorageFailure):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The backup could not be written; nothing was left half-written, and the vault is "
        "untouched. Check the backup folder's disk and try again.",
    )


class BackupFolderMissing(BackupFailed):
    pass


class BackupDiskFull(BackupFailed, DiskFull):
    pass


class BackupCancelled(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The backup was stopped; nothing was left half-written."
    )


def folder_missing(folder: Path) -> BackupFolderMissing:
    return BackupFolderMissing(
        phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup folder ({folder}) is not there: if it is on a USB drive or another "
                "disk, connect it and try again, or choose another folder in Settings. No backup "
                "was made, and the vault is untouched.",
            ),
            folder=folder,
        )
    )


def _error(exc: BaseException, folder: Path) -> CounselDeskError:
    """The sentence for a failure while writing into ``folder``."""
    if isinstance(exc, CounselDeskError) and not isinstance(exc, StorageFailure):
        return exc
    code = exc.errno if isinstance(exc, OSError) else None
    if code == errno.ENOENT or not folder.is_dir():
        return folder_missing(folder)
    if isinstance(exc, DiskFull) or code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BackupDiskFull(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The disk of the backup folder ({folder}) is full, so no backup was made; the "
                    "part written was removed and the vault is untouched. Free some space there, "
                    "or choose another folder, and try again.",
                ),
                folder=folder,
            )
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Counsel Desk may not write in the backup folder ({folder}). No backup was "
                    "made and the vault is untouched; choose a folder you can write to.",
                ),
                folder=folder,
            )
        )
    if code == errno.EIO:
        return BackupFailed(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The disk of the backup folder ({folder}) reported an error (was it "
                    "disconnected?). No backup was made, and the vault is untouched; check the "
                    "disk and try again.",
                ),
                folder=folder,
            )
        )
    return BackupFailed()


def now() -> dt.datetime:
    """The moment a backup is sealed: its manifest's time (UTC) and its name's (local)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def remove_stale_temps(folder: Path) -> int:
    """Temporary files a killed backup left in ``folder`` (none is being written: each is
    locked while it is). Returns how many were removed."""
    try:
        import fcntl
    except ImportError:  # Windows: left for the practitioner (they are hidden, and named)
        return 0
    removed = 0
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            name = path.name
            if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # another backup is writing it
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
            finally:
                os.close(fd)
    return removed


class BackupJob:
    """One backup of an open vault. ``make`` writes the file; ``live_contents`` reads the
    vault's counts and digest at the same moment; ``close`` ends the read transaction.
    ``cancel`` (from any thread) stops ``make`` at its next step."""

    def __init__(self, vault_folder: Path, data_key: bytearray, header: KeyHeader) -> None:
        self.vault_folder = Path(vault_folder)
        self._key = bytearray(data_key)  # its own copy, zeroed on close
        self.header = header
        self._cancelled = threading.Event()
        self._source: Connection | None = None
        self._snapshot: ReadSnapshot | None = None
        self.schema_version = 0
        self.path: Path | None = None
        self.manifest: bf.Manifest | None = None
        self._made = now()

    def cancel(self) -> None:
        self._cancelled.set()

    def key_hex(self) -> bytearray:
        """The data key as hex, for the check in a fresh process (its standard input); the
        caller zeroes it."""
        out = bytearray(len(self._key) * 2)
        digits = b"0123456789abcdef"
        for i, byte in enumerate(self._key):
            out[2 * i], out[2 * i + 1] = digits[byte >> 4], digits[byte & 15]
        return out

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # --- the moment ----------------------------------------------------------------------
    def _open_source(self) -> Connection:
        """A read transaction on the vault: the moment the backup copies."""
        conn = open_connection(self.vault_folder / DB_NAME, self._key, read_only=True)
        try:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._snapshot = ReadSnapshot(conn)
            self._snapshot.__enter__()
            self.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except BaseException:
            conn.close()
            raise
        return conn

    def make(
        self,
        folder: Path | None = None,
        *,
        output: Path | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Write the backup into ``folder`` under its dated name, or to ``output``; returns
        the path. Raises a typed error with a sentence; leaves no partial file."""
        target_dir = Path(output).parent if output is not None else Path(folder or ".")
        if not target_dir.is_dir():
            raise folder_missing(target_dir)
        if output is not None and Path(output).exists():
            raise BackupFailed(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{output} already exists; choose another name. Nothing was written.",
                    ),
                    output=output,
                )
            )
        if target_dir.resolve() == self.vault_folder.resolve():
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose a backup folder outside the vault's own folder, preferably on another "
                    "disk (a USB drive, say). Nothing was written.",
                )
            )
        remove_stale_temps(target_dir)
        self._source = self._open_source()
        tmp, fd = self._temp(target_dir)
        try:
            self._copy_pages(tmp, progress)
            manifest = self._seal(tmp, fd)
            final = Path(output) if output is not None else self._final_name(target_dir)
            _place(tmp, final)
            fsync_dir(target_dir)
        except BaseException as exc:
            os.close(fd)
            with contextlib.suppress(OSError):
                tmp.unlink()
            if isinstance(exc, (OSError, StorageFailure, DatabaseError)):
                if isinstance(exc, DatabaseError):
                    exc = translate(exc)
                raise _error(exc, target_dir) from exc
            raise
        os.close(fd)
        self.path, self.manifest = final, manifest
        return final

    def _temp(self, folder: Path) -> tuple[Path, int]:
        for _ in range(100):
            tmp = folder / f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}"
            try:
                fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
            except FileExistsError:
                continue
            except OSError as exc:
                raise _error(exc, folder) from exc
            with contextlib.suppress(ImportError):
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return tmp, fd
        raise BackupFailed()

    def _copy_pages(self, tmp: Path, progress: Progress | None) -> None:
        assert self._source is not None
        dest = open_copy_target(tmp, self._key)

        def step(_status: int, remaining: int, total: int) -> None:
            if self._cancelled.is_set():
                raise BackupCancelled()
            if progress is not None:
                progress(total - remaining, total)

        try:
            self._source.backup(dest, pages=STEP_PAGES, progress=step)
        except DatabaseError as exc:
            if self._cancelled.is_set():
                raise BackupCancelled() from exc
            raise
        finally:
            dest.close()
        if self._cancelled.is_set():
            raise BackupCancelled()

    def _seal(self, tmp: Path, fd: int) -> bf.Manifest:
        size = os.fstat(fd).st_size
        digest = hashlib.sha256()
        os.lseek(fd, 0, os.SEEK_SET)
        left = size
        while left:
            chunk = os.read(fd, min(bf.CHUNK, left))
            if not chunk:
                raise BackupFailed()
            digest.update(chunk)
            left -= len(chunk)
        self._made = now()
        manifest = bf.Manifest(
            made_at=self._made.strftime(UTC),
            vault_id=self.header.vault_id,
            schema_version=self.schema_version,
            app_version=__version__,
            db_bytes=size,
            db_sha256=digest.hexdigest(),
            keys=self.header,
        ).sealed(self._key)
        body = manifest.to_bytes()
        view = memoryview(body + bf.footer(size, len(body)))
        os.lseek(fd, 0, os.SEEK_END)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        return manifest

    def _final_name(self, folder: Path) -> Path:
        taken = {p.name for p in folder.iterdir() if p.name.endswith(SUFFIX)}
        local = self._made.astimezone().replace(tzinfo=None)
        return folder / backup_file_name(local, taken)

    # --- the vault at that moment, and the end ----------------------------------------
    def live_contents(self) -> Contents:
        """The vault's counts and digest at the moment the backup copied (the same read
        transaction). Call after ``make``."""
        if self._source is None:
            raise RuntimeError("make() first")
        return contents(self._source)

    def close(self) -> None:
        if self._source is not None:
            if self._snapshot is not None:
                self._snapshot.__exit__(None, None, None)
                self._snapshot = None
            self._source.close()
            self._source = None
        zero(self._key)

    def __enter__(self) -> BackupJob:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _place(tmp: Path, final: Path) -> None:
    """``tmp`` becomes ``final`` without overwriting anything: a hard link where the disk
    has them (then the temporary name goes), else a rename after checking the name is free
    (FAT and exFAT USB drives have no links)."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise BackupFailed(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{final} already exists; choose another name."),
                final=final,
            )
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if final.exists():
            raise BackupFailed(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "{final} already exists; choose another name."),
                    final=final,
                )
            ) from None
        os.rename(tmp, final)
        return
    tmp.unlink()


def list_backups(folder: Path) -> list[BackupFile]:
    """The backup files in ``folder`` that read as whole backups (their trailer only), oldest
    first; anything else is left out (and never touched)."""
    found = []
    try:
        paths = sorted(Path(folder).iterdir())
    except OSError:
        return []
    for path in paths:
        if not (is_backup_name(path.name) and path.is_file()):
            continue
        try:
            manifest = bf.read_manifest(path)
            size = path.stat().st_size
        except (CounselDeskError, OSError):
            continue
        made = dt.datetime.strptime(manifest.made_at, UTC).replace(tzinfo=dt.UTC)
        found.append(BackupFile(path, made, size, manifest.vault_id))
    return sorted(found, key=lambda b: (b.made_at, name_order(b.name)))


def remove_files(paths: list[Path]) -> list[Path]:
    """Remove backup files; returns those removed (a missing one counts as removed)."""
    gone = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("could not remove %s: %s", path.name, exc)
            continue
        gone.append(path)
    for folder in {p.parent for p in gone}:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return gone
