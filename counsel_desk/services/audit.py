"""Reading the audit trail, checking its chain, and recording a check of the vault.

Everything else is recorded by the use case it belongs to, in that use case's unit of
work (``storage/audit.py``'s ``AuditLog.record``); this service only reads, and records
the one event that has no record of its own: Help → Check the vault….
"""

from __future__ import annotations

from counsel_desk.domain.audit import AuditEntry, AuditKind, ChainCheck
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.vault import Vault


class AuditService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._log = AuditLog(vault.conn)

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        """The newest entries first."""
        return self._log.recent(limit)

    def count(self) -> int:
        return self._log.count()

    def check(self) -> ChainCheck:
        """Walk the chain on the open vault; ``verify`` does the same on a private copy."""
        return self._log.check()

    def record_check(self, sound: bool) -> None:
        """Help → Check the vault… found the vault sound, or not (call it on the thread that
        writes, once the check has finished)."""
        with self._work:
            self._log.record(AuditKind.VAULT_CHECKED, result="sound" if sound else "damaged")
