"""The practice profile: the practitioner's details, what a contract quotes, and the
defaults for new sessions and contracts (and for judging attendance without a contract)."""

from __future__ import annotations

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.practice import PracticeProfile, validate_profile
from counsel_desk.domain.retention import RetentionPolicy
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.retention import RetentionRepository
from counsel_desk.storage.vault import Vault


class PracticeService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = PracticeRepository(vault.conn)
        self._retention = RetentionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def get(self) -> PracticeProfile:
        return self._repo.get()

    def retention_policy(self) -> RetentionPolicy:
        """The retention periods, which what a contract says of keeping records should match
        (``domain.retention.contract_promise_differs``)."""
        return self._retention.policy()

    def needs_setup(self) -> bool:
        """Whether Today should offer the practice set-up: the practitioner has not yet said
        who they are and has not finished the set-up (skipped with Later, and nothing given
        in Settings → Practice). Finished with the name left blank is finished: step 1 says
        to leave blank what does not apply."""
        return not self._repo.set_up_finished() and not self._repo.get().practitioner_name

    def finish_setup(self, profile: PracticeProfile) -> PracticeProfile:
        """The set-up's answers saved (as :meth:`save`), and the set-up kept as finished."""
        profile = validate_profile(profile)
        with self._work:
            self._repo.save(profile)
            self._repo.mark_set_up_finished()
            self._audit.record(AuditKind.PRACTICE_UPDATED)
        return self._repo.get()

    def save(self, profile: PracticeProfile) -> PracticeProfile:
        """Checked first (one sentence for what is not possible), then kept with its entry."""
        profile = validate_profile(profile)
        with self._work:
            self._repo.save(profile)
            self._audit.record(AuditKind.PRACTICE_UPDATED)
        return self._repo.get()
