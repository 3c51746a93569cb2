"""Each client's redaction list: their own names (from their identity, always current) and
the people and places added by hand; each addition and removal audited by ids only."""

from __future__ import annotations

from dataclasses import dataclass

from counsel_desk.domain.anonymise import check_term, fold, merge_terms, own_names
from counsel_desk.domain.audit import AuditKind
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.redaction import RedactionRepository
from counsel_desk.storage.vault import Vault


@dataclass(frozen=True)
class RedactionList:
    own: tuple[str, ...]  # the client's own names, from their identity
    added: tuple[tuple[int, str], ...]  # (id, term) added by hand

    @property
    def terms(self) -> tuple[str, ...]:
        return merge_terms(self.own, (t for _i, t in self.added))


class RedactionService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = RedactionRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def for_client(self, client_id: int) -> RedactionList:
        identity = self._clients.get(client_id).identity
        own = own_names(identity.full_name, identity.preferred_name)
        return RedactionList(own, tuple(self._repo.terms(client_id)))

    def add(self, client_id: int, term: str) -> RedactionList:
        """Add ``term`` to the client's list (already there, in any case or accents: nothing
        changes)."""
        term = check_term(term)
        with self._work:
            current = self.for_client(client_id)
            if fold(term) in {fold(t) for t in current.terms}:
                return current
            term_id = self._repo.add(client_id, term)
            self._audit.record(AuditKind.REDACTION_TERM_ADDED, client=client_id, term=term_id)
        return self.for_client(client_id)

    def remove(self, client_id: int, term_id: int) -> RedactionList:
        with self._work:
            self._repo.remove(client_id, term_id)
            self._audit.record(AuditKind.REDACTION_TERM_REMOVED, client=client_id, term=term_id)
        return self.for_client(client_id)
