"""Before a vault is opened or made: proving a secret against the key slots, checking the
write-ahead log before SQLite may replay it, and undoing a creation that failed."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.secrets import RecoveryKeyFormatError, parse_recovery_key
from counsel_desk.storage import keyfiles
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.errors import (
    KeyFilesDisagree,
    WalDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from counsel_desk.storage.files import is_temp_name, translate_os_error
from counsel_desk.storage.layout import DB_NAME, KEYS_BACKUP_NAME, KEYS_NAME, LOCK_NAME
from counsel_desk.storage.wal import analyse, read_files

log = logging.getLogger(__name__)

RECOVERY_DISAGREE = QT_TRANSLATE_NOOP(
    "errors",
    "That recovery key does not open this vault, but its two key files (keys.json and "
    "keys.backup.json) do not match, so one of them may be damaged. Nothing was changed; "
    "check the key against your printed copy.",
)


def unlock_with_passphrase(folder: Path, passphrase: str | bytearray) -> keyfiles.Unlocked:
    with ks.PassphraseOpener(passphrase) as opener:
        return keyfiles.unlock(folder, opener, WrongPassphrase(), KeyFilesDisagree())


def unlock_with_recovery(folder: Path, recovery_text: str) -> keyfiles.Unlocked:
    try:
        recovery = parse_recovery_key(recovery_text)
    except RecoveryKeyFormatError as exc:
        raise WrongRecoveryKey(exc.args[0]) from exc
    return keyfiles.unlock(
        folder,
        ks.recovery_opener(recovery),
        WrongRecoveryKey(),
        WrongRecoveryKey(RECOVERY_DISAGREE),
    )


def check_wal_before_open(folder: Path) -> None:
    """Refuse to let SQLite replay a log whose saved changes would be dropped."""
    try:
        wal_bytes, shm_bytes = read_files(folder, DB_NAME)
    except OSError as exc:
        raise translate_os_error(exc) from exc
    report = analyse(wal_bytes, shm_bytes)
    if report.loses_saved_changes:
        log.info("refusing to open: %s", report.detail)
        raise WalDamaged()
    if report.committed or report.frames:
        log.info("write-ahead log before opening: %s", report.detail)


class CreationUndo:
    """Removes what a failed ``Vault.create`` made: its files and the folders it created."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.existing = set(os.listdir(folder)) if folder.is_dir() else set()
        self.new_dirs = [d for d in (folder, *folder.parents) if not d.exists()]

    def __call__(self) -> None:
        ours = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal", LOCK_NAME}
        ours |= {KEYS_NAME, KEYS_BACKUP_NAME}
        with contextlib.suppress(OSError):
            for name in set(os.listdir(self.folder)) - self.existing:
                if name in ours or is_temp_name(name):
                    with contextlib.suppress(OSError):
                        (self.folder / name).unlink()
        for directory in self.new_dirs:  # deepest first; only if empty
            with contextlib.suppress(OSError):
                directory.rmdir()
