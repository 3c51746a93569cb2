"""Typed storage errors a practitioner can act on: one sentence and a CLI exit code each."""

from __future__ import annotations

from counsel_desk.domain.errors import (
    EXIT_DAMAGED,
    EXIT_OTHER,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    CounselDeskError,
)
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_OTHER",
    "EXIT_USAGE",
    "EXIT_WRONG_SECRET",
    "Conflict",
    "CounselDeskError",
    "CryptoUnavailable",
    "DiskError",
    "DiskFull",
    "KeyFilesDisagree",
    "NoPermission",
    "NotFound",
    "ReadOnlyStorage",
    "StorageFailure",
    "VaultDamaged",
    "VaultExists",
    "VaultInUse",
    "VaultMissing",
    "VaultNewer",
    "WalDamaged",
    "WrongPassphrase",
    "WrongRecoveryKey",
]


class WrongPassphrase(CounselDeskError):
    exit_code = EXIT_WRONG_SECRET
    default_message = QT_TRANSLATE_NOOP(
        "errors", "That passphrase does not open this vault. Nothing was changed; try again."
    )


class KeyFilesDisagree(WrongPassphrase):
    """No key file opened, and the two copies differ: one of them may be damaged."""

    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "That passphrase does not open this vault, but its two key files (keys.json and "
        "keys.backup.json) do not match, so one of them may be damaged. Nothing was changed; "
        "try again, or use your recovery key.",
    )


class WrongRecoveryKey(CounselDeskError):
    exit_code = EXIT_WRONG_SECRET
    default_message = QT_TRANSLATE_NOOP(
        "errors", "That recovery key does not open this vault. Check it against your printed copy."
    )


# Damage never means "try again": the files must be kept as they are and a copy restored.
KEEP_AND_RESTORE = (
    "Nothing was changed: copy the whole vault folder somewhere safe first, then restore "
    "your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR)."
)


class VaultDamaged(CounselDeskError):
    exit_code = EXIT_DAMAGED
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault is damaged and cannot be opened safely. "
        "Nothing was changed: copy the whole vault folder somewhere safe first, then restore "
        "your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).",
    )


class WalDamaged(VaultDamaged):
    """Saved changes sit after a damaged part of ``vault.db-wal``: opening would drop them."""

    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault's journal of recent changes (vault.db-wal) is damaged, and changes that "
        "were saved after the damaged part would be lost if it were opened, so it was not "
        "opened. "
        "Nothing was changed: copy the whole vault folder somewhere safe first, then restore "
        "your latest backup into a new folder (counsel-desk restore FILE --vault NEWDIR).",
    )


class VaultMissing(CounselDeskError):
    # a folder given (or the default one) with no vault in it: a mistake in what was typed,
    # like any other input that is not there (exit 2), never damage
    exit_code = EXIT_USAGE
    default_message = QT_TRANSLATE_NOOP(
        "errors", "There is no vault here yet. Create one with `counsel-desk init`."
    )


class VaultExists(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors", "A vault already exists in that folder; choose another folder."
    )


class VaultNewer(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "This vault was written by a newer Counsel Desk. Install the newer version to open it; "
        "nothing was changed.",
    )


class VaultInUse(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault is already open in another Counsel Desk window or command. Close that one "
        "(or let it finish) first.",
    )


# Trouble with the disk is never damage: the vault is as it was, and restoring an older
# copy over it would lose work. Each kind says what to do about the disk.
class StorageFailure(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault could not be written. Your earlier data is untouched; check the disk and "
        "try again.",
    )


class DiskFull(StorageFailure):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The disk is full, so the change was not saved. Free some space and try again; "
        "your earlier data is untouched.",
    )


class ReadOnlyStorage(StorageFailure):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The vault's disk or folder is read-only, so Counsel Desk cannot write to it. Your "
        "data is untouched; make it writable (or copy the vault folder to a writable disk) "
        "and try again.",
    )


class NoPermission(StorageFailure):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "Your user account is not allowed to write to the vault's folder. Your data is "
        "untouched; check who owns the folder and its permissions, then try again.",
    )


class DiskError(StorageFailure):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The disk reported an error while reading or writing the vault. Your earlier data "
        "is untouched; check the disk and its connection before trying again.",
    )


class CryptoUnavailable(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "This system's cryptography library lacks Argon2id, which Counsel Desk requires. "
        "Update the `cryptography` package.",
    )


class NotFound(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP("errors", "That record no longer exists.")


class Conflict(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP("errors", "That would duplicate an existing record.")
