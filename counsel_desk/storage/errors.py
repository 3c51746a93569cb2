"""Typed storage errors a practitioner can act on: one sentence and a CLI exit code each."""

from __future__ import annotations

from counsel_desk.domain.errors import (
    EXIT_DAMAGED,
    EXIT_OTHER,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    CounselDeskError,
)

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_OTHER",
    "EXIT_USAGE",
    "EXIT_WRONG_SECRET",
    "Conflict",
    "CounselDeskError",
    "CryptoUnavailable",
    "DiskFull",
    "NotFound",
    "StorageFailure",
    "VaultDamaged",
    "VaultExists",
    "VaultInUse",
    "VaultMissing",
    "VaultNewer",
    "WrongPassphrase",
    "WrongRecoveryKey",
]


class WrongPassphrase(CounselDeskError):
    exit_code = EXIT_WRONG_SECRET
    default_message = "That passphrase does not open this vault. Nothing was changed; try again."


class WrongRecoveryKey(CounselDeskError):
    exit_code = EXIT_WRONG_SECRET
    default_message = (
        "That recovery key does not open this vault. Check it against your printed copy."
    )


class VaultDamaged(CounselDeskError):
    exit_code = EXIT_DAMAGED
    default_message = (
        "The vault is damaged and cannot be opened safely. Nothing was changed; "
        "restore it from your latest backup."
    )


class VaultMissing(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = "There is no vault here yet. Create one with `counsel-desk init`."


class VaultExists(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = "A vault already exists in that folder; choose another folder."


class VaultNewer(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = (
        "This vault was written by a newer Counsel Desk. Install the newer version to open it; "
        "nothing was changed."
    )


class VaultInUse(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = (
        "The vault is already open in another Counsel Desk window. Close that one first."
    )


class DiskFull(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = (
        "The disk is full, so the change was not saved. Free some space and try again; "
        "your earlier data is untouched."
    )


class StorageFailure(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = (
        "The vault could not be written. Your earlier data is untouched; check the disk and "
        "try again."
    )


class CryptoUnavailable(CounselDeskError):
    exit_code = EXIT_OTHER
    default_message = (
        "This system's cryptography library lacks Argon2id, which Counsel Desk requires. "
        "Update the `cryptography` package."
    )


class NotFound(CounselDeskError):
    default_message = "That record no longer exists."


class Conflict(CounselDeskError):
    default_message = "That would duplicate an existing record."
