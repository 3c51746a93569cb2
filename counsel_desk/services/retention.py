"""Retention: each client's date, the clients due for review (Today), the practitioner's
defaults, and keeping one client's records longer with a reason."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.retention import (
    Retention,
    RetentionPolicy,
    Review,
    check_extension,
    due_for_review,
    retention,
)
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.retention import RetentionRepository
from counsel_desk.storage.vault import Vault


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = RetentionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def policy(self) -> RetentionPolicy:
        return self._repo.policy()

    def set_policy(self, policy: RetentionPolicy) -> RetentionPolicy:
        policy = policy.validated()
        with self._work:
            self._repo.set_policy(policy)
            self._audit.record(AuditKind.RETENTION_CHANGED)
        return policy

    def all(self, today: dt.date | None = None) -> list[Retention]:
        today = today or dt.date.today()
        policy = self._repo.policy()
        return [retention(f, policy) for f in self._repo.facts(today)]

    def for_client(self, client_id: int, today: dt.date | None = None) -> Retention:
        today = today or dt.date.today()
        found = self._repo.facts(today, client_id)
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists."))
        return retention(found[0], self._repo.policy())

    def due(self, today: dt.date | None = None) -> list[Review]:
        """Clients whose records, or process notes, are past their retention date."""
        today = today or dt.date.today()
        return due_for_review(self.all(today), today)

    def extend(
        self,
        client_id: int,
        until: dt.date,
        reason: str,
        *,
        process_notes_only: bool = False,
        today: dt.date | None = None,
    ) -> Retention:
        """Keep the client's records (or only their process notes) until ``until``, for
        ``reason`` (kept with the client, and erased with them)."""
        today = today or dt.date.today()
        reason = check_extension(until, reason, today)
        self.for_client(client_id, today)  # a sentence if the client has gone
        with self._work:
            self._repo.add_hold(client_id, until, reason, process_notes_only)
            self._audit.record(AuditKind.RETENTION_EXTENDED, client=client_id)
        return self.for_client(client_id, today)
