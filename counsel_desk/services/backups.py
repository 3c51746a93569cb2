"""Backing up the open vault, and knowing when it was last done.

A backup runs in two halves. ``prepare`` (on the thread that writes) hands out a
``BackupRun``; its ``run`` may go on a worker thread: it writes the file from one moment of
the vault (``storage/backup.py``), then checks it **in a fresh process**
(``counsel-desk verify --backup FILE``, given the data key on its standard input, never on
its command line), which opens the copy, runs every check and counts and digests the
records, while this process digests the vault at the moment the backup copied. The two must
match. ``record`` (back on the thread that writes) keeps the backup in the vault's list,
writes ``backup_made`` in the audit trail, and keeps the newest N of this vault's backups in
that folder. A backup whose check fails is removed and said, never counted as a backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.backups import BackupState, next_daily, reminder, to_prune
from counsel_desk.domain.errors import EXIT_USAGE, CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.preferences import Preferences
from counsel_desk.hardening import zero
from counsel_desk.services import preferences
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.backup import (
    BackupCancelled,
    BackupFailed,
    BackupJob,
    list_backups,
    remove_files,
)
from counsel_desk.storage.backups import BackupRecord, BackupRepository
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.digest import Contents
from counsel_desk.storage.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "No backup folder is chosen yet. Choose one in Settings (File → Settings…), preferably "
    "on a USB drive or another disk, then back up.",
)
CHECK_FAILED = (
    "The backup was written, but the check in a separate process found it does not match "
    "the vault ({what}), so it was removed and does not count as a backup. The vault is "
    "untouched; try again, and if this happens again choose Help → Check the vault…."
)


class NoBackupFolder(CounselDeskError):
    exit_code = EXIT_USAGE
    default_message = NO_FOLDER


@dataclass(frozen=True)
class BackupOutcome:
    """A backup written and checked."""

    path: Path
    size: int
    made_at: str  # UTC
    db_sha256: str
    counts: dict[str, int]
    seconds: float
    check_seconds: float
    into_folder: bool  # made into the backup folder (pruned there), not to a chosen file

    @property
    def summary(self) -> Phrase:
        return phrase(
            QT_TRANSLATE_NOOP(
                "services.backups",
                "Backed up and checked: {name} ({size} MB) in {folder}, holding {clients} "
                "clients and {notes} notes.",
            ),
            name=self.path.name,
            size=f"{self.size / 1_000_000:.1f}",
            folder=str(self.path.parent),
            clients=f"{self.counts.get('clients', 0):,}",
            notes=f"{self.counts.get('notes', 0):,}",
        )


class FolderState(StrEnum):
    """Whether a folder can take backups, as the first-run set-up asks before keeping it."""

    USABLE = "usable"
    MISSING = "missing"
    NOT_A_FOLDER = "not_a_folder"
    READ_ONLY = "read_only"


def folder_state(folder: Path) -> FolderState:
    """Whether backups could be written into ``folder`` now: a file is made there and
    removed again (``os.access`` answers yes for root on a read-only or immutable disk)."""
    import tempfile

    folder = Path(folder).expanduser()
    if not folder.exists():
        return FolderState.MISSING
    if not folder.is_dir():
        return FolderState.NOT_A_FOLDER
    try:
        handle, name = tempfile.mkstemp(prefix=".counsel-desk-probe-", dir=folder)
    except OSError:
        return FolderState.READ_ONLY
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return FolderState.USABLE


def verifier_command(path: Path) -> list[str]:
    """``counsel-desk verify --backup PATH`` in a fresh process, for the checkout and for a
    bundle (where the executable is the app itself)."""
    args = ["verify", "--backup", str(path), "--data-key-stdin", "--json"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "counsel_desk", *args]


def _timeout(size: int) -> float:
    return 60.0 + size / 2_000_000  # a slow USB drive reads at a few MB/s


class BackupRun:
    """One backup, ready to run on any thread (``run``); ``cancel`` from any thread stops it
    and the check, leaving nothing behind."""

    def __init__(self, job: BackupJob, folder: Path | None, output: Path | None) -> None:
        self.job = job
        self.folder = folder
        self.output = output
        self._cancel = threading.Event()
        self._child: subprocess.Popen[bytes] | None = None

    def cancel(self) -> None:
        self._cancel.set()
        self.job.cancel()
        child = self._child
        if child is not None:
            with contextlib.suppress(OSError):
                child.kill()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, progress: Progress | None = None) -> BackupOutcome:
        started = time.perf_counter()
        try:
            path = self.job.make(self.folder, output=self.output, progress=progress)
            written = time.perf_counter()
            manifest = self.job.manifest
            assert manifest is not None
            try:
                ours, theirs = self._check(path, manifest.db_bytes)
            except BaseException:
                with contextlib.suppress(OSError):
                    path.unlink()
                raise
            if not ours.matches(theirs):
                with contextlib.suppress(OSError):
                    path.unlink()
                raise BackupFailed(CHECK_FAILED.format(what="; ".join(ours.differences(theirs))))
        finally:
            self.job.close()
        return BackupOutcome(
            path=path,
            size=path.stat().st_size,
            made_at=manifest.made_at,
            db_sha256=manifest.db_sha256,
            counts=ours.counts,
            seconds=written - started,
            check_seconds=time.perf_counter() - written,
            into_folder=self.output is None,
        )

    def _check(self, path: Path, size: int) -> tuple[Contents, Contents]:
        """The fresh process checks the copy while this one digests the vault's moment."""
        if self._cancel.is_set():
            raise BackupCancelled()
        key_hex = self.job.key_hex()
        try:
            child = subprocess.Popen(
                verifier_command(path),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            self._child = child
            assert child.stdin is not None
            try:
                os.write(child.stdin.fileno(), key_hex + b"\n")
            finally:
                child.stdin.close()
                child.stdin = None  # communicate() must not flush it again
        finally:
            zero(key_hex)
        try:
            ours = self.job.live_contents()
            out, err = child.communicate(timeout=_timeout(size))
        except BaseException:
            with contextlib.suppress(OSError):
                child.kill()
            child.wait()
            raise
        finally:
            self._child = None
        if self._cancel.is_set():
            raise BackupCancelled()
        return ours, _child_report(child.returncode, out, err)


def _child_report(code: int, out: bytes, err: bytes) -> Contents:
    try:
        doc = json.loads(out.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError, UnicodeDecodeError):
        message = err.decode("utf-8", "replace").strip().removeprefix("counsel-desk: ")
        log.warning("the backup check ended with %s: %s", code, message)
        raise BackupFailed(
            CHECK_FAILED.format(what=message or f"the check stopped with code {code}")
        ) from None
    if not doc.get("ok"):
        raise BackupFailed(CHECK_FAILED.format(what=doc.get("summary", "a check failed")))
    return Contents({str(k): int(v) for k, v in doc["counts"].items()}, str(doc["digest"]))


@dataclass
class Pruned:
    removed: list[Path] = field(default_factory=list)


class BackupService:
    def __init__(
        self, vault: Vault, load_preferences: Callable[[], Preferences] = preferences.load
    ) -> None:
        self._vault = vault
        self._work = vault.work
        self._repo = BackupRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._prefs = load_preferences
        self._running: set[BackupRun] = set()

    @property
    def vault_id(self) -> str:
        return self._vault.header.vault_id

    def keep(self) -> int:
        """How many of this vault's backups the backup folder keeps (Settings)."""
        return self._prefs().backup_keep

    def latest_file(self) -> Path | None:
        """This vault's newest backup still on disk: in the backup folder, or one it made
        elsewhere; None when there is none."""
        folder = self._prefs().backup_folder
        found = []
        if folder:
            found = [
                b.path
                for b in list_backups(Path(folder).expanduser())
                if b.vault_id == self.vault_id
            ]
        if found:
            return found[-1]
        made = [r.path for r in self._repo.still_listed() if r.path.exists()]
        return made[-1] if made else None

    # --- what Today shows --------------------------------------------------------------
    def last_verified(self) -> BackupRecord | None:
        return self._repo.last_verified()

    def made(self) -> list[BackupRecord]:
        return self._repo.all()

    def state(self) -> BackupState:
        prefs = self._prefs()
        last = self._repo.last_verified()
        folder = prefs.backup_folder
        return BackupState(
            folder=folder,
            folder_exists=bool(folder) and Path(folder).expanduser().is_dir(),
            last_verified=last.made_at if last else None,
            remind_days=prefs.backup_remind_days,
            has_records=self._clients.count() > 0,
        )

    def reminder(self, now: dt.datetime | None = None) -> Marked | Phrase | None:
        """The sentence for Today, or None when backups are in order."""
        return reminder(self.state(), now or dt.datetime.now(dt.UTC))

    def daily_due(self, now: dt.datetime | None = None) -> bool:
        """Whether a daily automatic backup should run now (chosen in Settings, a folder
        that is there, none in the last day)."""
        prefs = self._prefs()
        if not (prefs.backup_daily and prefs.backup_folder):
            return False
        if not Path(prefs.backup_folder).expanduser().is_dir():
            return False
        last = self._repo.last_verified()
        return next_daily(last.made_at if last else None, now or dt.datetime.now(dt.UTC))

    # --- making one --------------------------------------------------------------------
    def folder(self) -> Path:
        """The backup folder chosen in Settings; a sentence when none is."""
        chosen = self._prefs().backup_folder
        if not chosen:
            raise NoBackupFolder()
        return Path(chosen).expanduser()

    def prepare(self, output: Path | None = None) -> BackupRun:
        """A backup into the backup folder, or to ``output``; call ``run`` on any thread,
        then ``record`` with its outcome on this one."""
        folder = None if output is not None else self.folder()
        if output is not None:
            output = Path(output).expanduser().absolute()
        run = BackupRun(self._vault.backup_job(), folder, output)
        self._running.add(run)
        return run

    def finished(self, run: BackupRun) -> None:
        self._running.discard(run)

    def cancel_all(self) -> None:
        """Stop any backup still running (before the vault closes)."""
        for run in list(self._running):
            run.cancel()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def record(self, outcome: BackupOutcome) -> Pruned:
        """Keep the backup in the vault's list with its audit entry; then keep the newest N
        of this vault's backups in the backup folder."""
        with self._work:
            backup_id = self._repo.add(
                outcome.made_at, outcome.path, outcome.size, outcome.db_sha256, verified=True
            )
            self._audit.record(AuditKind.BACKUP_MADE, backup=backup_id, result="sound")
        if not outcome.into_folder:
            return Pruned()
        return self.prune(outcome.path.parent, self._prefs().backup_keep)

    def prune(self, folder: Path, keep: int) -> Pruned:
        """Remove this vault's backups in ``folder`` beyond the newest ``keep``."""
        old = to_prune(list_backups(folder), self._vault.header.vault_id, keep)
        return self._remove([b.path for b in old])

    def _remove(self, paths: list[Path], **detail: int) -> Pruned:
        if not paths:
            return Pruned()
        gone = remove_files(paths)
        if gone:
            with self._work:
                self._repo.mark_removed(gone)
                self._audit.record(AuditKind.BACKUPS_REMOVED, backups=len(gone), **detail)
        return Pruned(gone)

    def remove(self, paths: list[Path], **detail: int) -> Pruned:
        """Remove these backup files (erasure's "remove backups made before it")."""
        return self._remove(paths, **detail)

    def record_drill(self, sound: bool) -> None:
        """A restore drill of one of this vault's backups, in the audit trail."""
        with self._work:
            self._audit.record(AuditKind.RESTORE_DRILL, result="sound" if sound else "damaged")

    def back_up(
        self, output: Path | None = None, progress: Progress | None = None
    ) -> BackupOutcome:
        """All of it on this thread (the command line, tests): prepare, run, record."""
        run = self.prepare(output)
        try:
            outcome = run.run(progress)
        finally:
            self.finished(run)
        self.record(outcome)
        return outcome


__all__ = [
    "BackupCancelled",
    "BackupFailed",
    "BackupOutcome",
    "BackupRun",
    "BackupService",
    "CounselDeskError",
    "NoBackupFolder",
]
