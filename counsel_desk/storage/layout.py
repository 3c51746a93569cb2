"""The vault folder's file names and what state the folder is in. Cheap to import: the
unlock window needs it before any cryptography or database module is loaded."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
KEYS_BACKUP_NAME = "keys.backup.json"
LOCK_NAME = "vault.lock"
ROTATING_DB = "vault.rotating.db"
ROTATING_KEYS = "keys.rotating.json"


class VaultState(Enum):
    NONE = "none"  # nothing there: offer to create
    READY = "ready"  # a database and at least one key file
    INCOMPLETE = "incomplete"  # pieces missing: damaged, never silently re-created


def vault_state(folder: Path) -> VaultState:
    folder = Path(folder)
    db = (folder / DB_NAME).exists()
    keys = (folder / KEYS_NAME).exists() or (folder / KEYS_BACKUP_NAME).exists()
    if db and keys:
        return VaultState.READY
    if db or keys:
        return VaultState.INCOMPLETE
    return VaultState.NONE
