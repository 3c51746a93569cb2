"""The practice profile: the practitioner's details and defaults."""

from __future__ import annotations

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.vault import Vault


class PracticeService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = PracticeRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def get(self) -> PracticeProfile:
        return self._repo.get()

    def save(self, profile: PracticeProfile) -> None:
        with self._work:
            self._repo.save(profile)
            self._audit.record(AuditKind.PRACTICE_UPDATED)
