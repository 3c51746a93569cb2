"""Opening, creating and changing the keys of a vault; the Workspace is an unlocked vault
with its services."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import Marked, Phrase
from counsel_desk.services.alliance_inputs import AllianceInputs, Providers, default_providers
from counsel_desk.services.attendance import AttendanceService
from counsel_desk.services.audit import AuditService
from counsel_desk.services.backups import BackupService
from counsel_desk.services.boundaries import BoundaryService
from counsel_desk.services.breaks import BreakService
from counsel_desk.services.client_header import ClientHeaderService
from counsel_desk.services.clients import ClientService
from counsel_desk.services.contracts import ContractService
from counsel_desk.services.erasure import ErasureService
from counsel_desk.services.executor import ExecutorService
from counsel_desk.services.exports import ExportService
from counsel_desk.services.flags import FlagService
from counsel_desk.services.measures import MeasureService
from counsel_desk.services.notes import NoteService
from counsel_desk.services.notice import NoticeService
from counsel_desk.services.open_export import OpenExportService
from counsel_desk.services.practice import PracticeService
from counsel_desk.services.redaction import RedactionService
from counsel_desk.services.reflections import ReflectionService
from counsel_desk.services.reliability import ReliabilityService
from counsel_desk.services.retention import RetentionService
from counsel_desk.services.risks import RiskService
from counsel_desk.services.ruptures import RuptureService
from counsel_desk.services.search import SearchService
from counsel_desk.services.sessions import SessionService
from counsel_desk.services.subject_access import SubjectAccessService
from counsel_desk.services.summary import SummaryService
from counsel_desk.services.supervision import SupervisionService
from counsel_desk.services.templates import TemplateService
from counsel_desk.services.timeline import TimelineService
from counsel_desk.services.today import TodayService
from counsel_desk.storage.keyslots import KdfParams
from counsel_desk.storage.upgrade_copies import UpgradeCopy
from counsel_desk.storage.vault import CheckResult, Vault, VaultState, VerifyReport, vault_state
from counsel_desk.storage.verify import SLOW_COPY_BYTES, Snapshot, copy_size, verify_folder

Secret = str | bytearray

log = logging.getLogger(__name__)

__all__ = [
    "SLOW_COPY_BYTES",
    "CheckResult",
    "KdfParams",
    "Snapshot",
    "UpgradeCopy",
    "VaultState",
    "VerifyReport",
    "Workspace",
    "change_passphrase",
    "copy_size",
    "create_vault",
    "reset_passphrase",
    "unlock",
    "unlock_with_recovery",
    "vault_state",
    "verify",
]


class Workspace:
    """An unlocked vault and the services over it. ``close`` locks it."""

    def __init__(
        self, vault: Vault, providers: Callable[[Workspace], Providers] | None = None
    ) -> None:
        self.vault = vault
        self._providers = providers or (lambda ws: default_providers(ws.vault, ws.notice))
        self._bind_services()
        self._finish_erasures()

    def _finish_erasures(self) -> None:
        """An erasure stopped between its commit and the rewrite that leaves no trace of
        it (a crash): the rewrite now. A failure (a full disk) is logged and tried again
        at the next unlock; the records themselves are already gone."""
        try:
            self.erasure.finish_pending()
        except CounselDeskError as exc:
            log.warning("the rewrite after an erasure did not complete: %s", exc.message)

    def _bind_services(self) -> None:
        """Build the services over the vault's current connection."""
        vault = self.vault
        self.practice = PracticeService(vault)
        self.sessions = SessionService(vault)
        self.clients = ClientService(vault, self.sessions)
        self.templates = TemplateService(vault)
        self.notes = NoteService(vault, self.templates)
        self.attendance = AttendanceService(vault)
        self.search = SearchService(vault)
        self.today = TodayService(vault)
        self.exports = ExportService(vault)
        self.open_export = OpenExportService(vault)
        self.audit = AuditService(vault)
        self.backups = BackupService(vault)
        self.retention = RetentionService(vault)
        self.erasure = ErasureService(vault, self.backups, self.retention)
        self.notice = NoticeService(vault)
        self.contracts = ContractService(vault, self.notice)
        self.boundaries = BoundaryService(vault)
        self.risks = RiskService(vault, self.notice)
        self.breaks = BreakService(vault)
        self.executor = ExecutorService(vault)
        # The alliance reads the records other features keep through one adapter, whose
        # providers are made here from the services above (again after a key rotation):
        # contracts, practice breaks, boundary events and risk entries plug in here.
        self.alliance_inputs = AllianceInputs(vault, self._providers(self))
        self.measures = MeasureService(vault)
        self.reflections = ReflectionService(vault)
        self.ruptures = RuptureService(vault)
        self.flags = FlagService(vault, self.measures, self.alliance_inputs, self.ruptures)
        self.client_header = ClientHeaderService(vault, self.flags)
        self.timeline = TimelineService(vault, self.measures, self.alliance_inputs, self.flags)
        self.reliability = ReliabilityService(self.alliance_inputs)
        self.supervision = SupervisionService(vault)
        self.redaction = RedactionService(vault)
        self.summary = SummaryService(vault, self.notice, self.redaction, self.timeline, self.flags)
        self.subject_access = SubjectAccessService(vault, self.contracts)

    @property
    def folder(self) -> Path:
        return self.vault.folder

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def change_passphrase(self, old: Secret, new: Secret, *, kdf: KdfParams | None = None) -> None:
        """Check ``old`` against the key header this workspace holds, then set ``new``; the
        held header is the new one afterwards, so a later rotation asks for ``new``."""
        self.vault.change_passphrase(old, new, kdf=kdf)

    def check_passphrase(self, passphrase: Secret) -> None:
        """Raise ``WrongPassphrase`` unless ``passphrase`` opens the key header in use. Reads
        only the header (no database): it may run on a worker thread."""
        self.vault.check_passphrase(passphrase)

    def take_notices(self) -> list[Marked | Phrase]:
        """What opening repaired (a key file written again), to be said once."""
        notices, self.vault.notices = self.vault.notices, []
        return notices

    def upgrade_copies(self) -> list[UpgradeCopy]:
        """The encrypted copies taken before upgrades still in the vault folder (each is
        removed once the upgraded vault has proved sound: ``storage/upgrade_copies.py``)."""
        return self.vault.list_upgrade_copies()

    def snapshot(self) -> Snapshot:
        """A private copy for ``check``; take it on the thread that writes (the UI thread)."""
        return self.vault.snapshot()

    def check(self, snapshot: Snapshot) -> VerifyReport:
        """``counsel-desk verify``'s checks on ``snapshot``; may run on a worker thread."""
        return self.vault.check_snapshot(snapshot)

    def rotate_data_key(
        self,
        passphrase: Secret,
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
        self.backups.cancel_all()
        self.vault.close()


def create_vault(
    folder: Path, passphrase: Secret, *, kdf: KdfParams | None = None
) -> tuple[Workspace, str]:
    """A new vault, open; and its recovery key's printed form, to be shown once."""
    vault, recovery = Vault.create(Path(folder), passphrase, kdf=kdf)
    return Workspace(vault), recovery


def unlock(folder: Path, passphrase: Secret) -> Workspace:
    return Workspace(Vault.open(Path(folder), passphrase))


def unlock_with_recovery(
    folder: Path, recovery_key: str, new_passphrase: Secret, *, kdf: KdfParams | None = None
) -> Workspace:
    """Forgotten passphrase: open with the recovery key and set a new passphrase."""
    vault = Vault.open_with_recovery(
        Path(folder), recovery_key, new_passphrase=new_passphrase, kdf=kdf
    )
    return Workspace(vault)


def change_passphrase(
    folder: Path, old: Secret, new: Secret, *, kdf: KdfParams | None = None
) -> list[Marked | Phrase]:
    """``passwd``: open the vault (the folder lock refuses if it is open elsewhere), set the
    new passphrase, close. Returns what opening repaired, to be said once."""
    vault = Vault.open(Path(folder), old, new_passphrase=new, kdf=kdf)
    try:
        return vault.notices
    finally:
        vault.close()


def reset_passphrase(
    folder: Path, recovery_key: str, new: Secret, *, kdf: KdfParams | None = None
) -> list[Marked | Phrase]:
    """``recover``: as ``change_passphrase``, opened with the recovery key."""
    vault = Vault.open_with_recovery(Path(folder), recovery_key, new_passphrase=new, kdf=kdf)
    try:
        return vault.notices
    finally:
        vault.close()


def verify(folder: Path, passphrase: Secret) -> VerifyReport:
    """Check the vault without changing a byte of its folder (see ``storage/verify.py``)."""
    return verify_folder(Path(folder), passphrase)
