"""Clients: adding, changing and ending them, validated and audited (codes and ids only in
the audit trail, never a name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.domain.clients import Client, ClientDraft, ClientStatus
from counsel_desk.domain.rules import next_client_code, validate_client
from counsel_desk.storage.audit import AuditRepository
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.vault import Vault


class ClientService:
    def __init__(self, vault: Vault) -> None:
        self._repo = ClientRepository(vault.conn)
        self._audit = AuditRepository(vault.conn)

    def list(self, statuses: Iterable[ClientStatus] | None = None) -> list[Client]:
        return self._repo.list(statuses)

    def get(self, client_id: int) -> Client:
        return self._repo.get(client_id)

    def count(self) -> int:
        return self._repo.count()

    def suggest_code(self, prefix: str = "C") -> str:
        return next_client_code(self._repo.codes(), prefix)

    def add(self, draft: ClientDraft) -> Client:
        draft = validate_client(draft)
        client_id = self._repo.add(draft)
        self._audit.append("client_added", draft.code)
        return self._repo.get(client_id)

    def update(self, client_id: int, draft: ClientDraft) -> Client:
        draft = validate_client(draft)
        self._repo.update(client_id, draft)
        self._audit.append("client_updated", draft.code)
        return self._repo.get(client_id)

    def end(self, client_id: int, end_date: dt.date | None = None) -> Client:
        client = self._repo.get(client_id)
        draft = ClientDraft(
            code=client.code,
            status=ClientStatus.ENDED,
            start_date=client.start_date,
            end_date=end_date or dt.date.today(),
            identity=client.identity,
        )
        return self.update(client_id, draft)
