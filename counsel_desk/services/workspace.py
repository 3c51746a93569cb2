"""Opening, creating and changing the keys of a vault; the Workspace is an unlocked vault
with its services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counsel_desk.services.exports import ExportService
from counsel_desk.services.notes import AttendanceService, NoteService
from counsel_desk.services.records import ClientService, PracticeService, SessionService
from counsel_desk.services.search import SearchService
from counsel_desk.services.templates import TemplateService
from counsel_desk.services.today import TodayService
from counsel_desk.storage.keyslots import KdfParams
from counsel_desk.storage.vault import CheckResult, Vault, VaultState, vault_state

__all__ = [
    "CheckResult",
    "VaultState",
    "Workspace",
    "change_passphrase",
    "create_vault",
    "reset_passphrase",
    "unlock",
    "unlock_with_recovery",
    "vault_state",
    "verify",
]


class Workspace:
    """An unlocked vault and the services over it. ``close`` locks it."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._bind_services()

    def _bind_services(self) -> None:
        """Build the services over the vault's current connection."""
        vault = self.vault
        self.practice = PracticeService(vault)
        self.clients = ClientService(vault)
        self.sessions = SessionService(vault)
        self.templates = TemplateService(vault)
        self.notes = NoteService(vault, self.templates)
        self.attendance = AttendanceService(vault)
        self.search = SearchService(vault)
        self.today = TodayService(vault)
        self.exports = ExportService(vault)

    @property
    def folder(self) -> Path:
        return self.vault.folder

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        Vault.change_passphrase(self.folder, old, new, kdf=kdf)
        self.vault.audit("passphrase_changed")

    def rotate_data_key(
        self,
        passphrase: str,
        show_recovery_key: Callable[[str], None],
        *,
        kdf: KdfParams | None = None,
    ) -> str:
        """Re-encrypt under a new data key. ``show_recovery_key`` is given the new recovery
        key before anything is swapped; if it raises, the vault stays as it was."""
        recovery = self.vault.rotate_data_key(passphrase, show_recovery_key, kdf=kdf)
        # The vault reopened on the re-encrypted file with a new connection.
        self._bind_services()
        return recovery

    def close(self) -> None:
        self.vault.close()


def create_vault(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[Workspace, str]:
    """A new vault, open; and its recovery key's printed form, to be shown once."""
    vault, recovery = Vault.create(Path(folder), passphrase, kdf=kdf)
    return Workspace(vault), recovery


def unlock(folder: Path, passphrase: str) -> Workspace:
    return Workspace(Vault.open(Path(folder), passphrase))


def unlock_with_recovery(
    folder: Path, recovery_key: str, new_passphrase: str, *, kdf: KdfParams | None = None
) -> Workspace:
    """Forgotten passphrase: set a new one with the recovery key, and open."""
    Vault.reset_passphrase(Path(folder), recovery_key, new_passphrase, kdf=kdf)
    vault = Vault.open_with_recovery(Path(folder), recovery_key)
    vault.audit("passphrase_reset")
    return Workspace(vault)


def change_passphrase(folder: Path, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
    Vault.change_passphrase(Path(folder), old, new, kdf=kdf)


def reset_passphrase(
    folder: Path, recovery_key: str, new: str, *, kdf: KdfParams | None = None
) -> None:
    Vault.reset_passphrase(Path(folder), recovery_key, new, kdf=kdf)


@dataclass(frozen=True)
class VerifyReport:
    checks: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def verify(folder: Path, passphrase: str) -> VerifyReport:
    vault = Vault.open(Path(folder), passphrase, inspect_only=True)
    try:
        return VerifyReport(vault.verify())
    finally:
        vault.close()
