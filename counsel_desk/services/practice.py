"""The practice profile: the practitioner's details and defaults."""

from __future__ import annotations

from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.storage.audit import AuditRepository
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.vault import Vault


class PracticeService:
    def __init__(self, vault: Vault) -> None:
        self._repo = PracticeRepository(vault.conn)
        self._audit = AuditRepository(vault.conn)

    def get(self) -> PracticeProfile:
        return self._repo.get()

    def save(self, profile: PracticeProfile) -> None:
        self._repo.save(profile)
        self._audit.append("practice_profile_saved")
