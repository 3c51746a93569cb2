"""Clients: adding (with their first sessions, if booked at once), changing and ending them,
validated and audited (ids only in the audit trail, never a code or a name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client, ClientDraft, ClientStatus
from counsel_desk.domain.rules import next_client_code, validate_client, validate_session
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.sessions import SessionService
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.vault import Vault


class ClientService:
    def __init__(self, vault: Vault, sessions: SessionService | None = None) -> None:
        self._work = vault.work
        self._repo = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._sessions = sessions or SessionService(vault)

    def list(self, statuses: Iterable[ClientStatus] | None = None) -> list[Client]:
        return self._repo.list(statuses)

    def get(self, client_id: int) -> Client:
        return self._repo.get(client_id)

    def count(self) -> int:
        return self._repo.count()

    def suggest_code(self, prefix: str = "C") -> str:
        return next_client_code(self._repo.codes(), prefix)

    def add(self, draft: ClientDraft, first_sessions: Sequence[SessionDraft] = ()) -> Client:
        """A new client, their identity and, if given, their first sessions (each booked for
        the new client whatever its ``client_id`` says): all of it, or nothing."""
        draft = validate_client(draft)
        sessions = [validate_session(s) for s in first_sessions]
        with self._work:
            client_id = self._repo.add(draft)
            self._audit.record(AuditKind.CLIENT_ADDED, client=client_id)
            for session in sessions:
                self._sessions.add(replace(session, client_id=client_id))
        return self._repo.get(client_id)

    def update(self, client_id: int, draft: ClientDraft) -> Client:
        draft = validate_client(draft)
        with self._work:
            self._repo.update(client_id, draft)
            self._audit.record(AuditKind.CLIENT_UPDATED, client=client_id)
        return self._repo.get(client_id)

    def end(self, client_id: int, end_date: dt.date | None = None) -> Client:
        client = self._repo.get(client_id)
        draft = ClientDraft(
            code=client.code,
            status=ClientStatus.ENDED,
            start_date=client.start_date,
            end_date=end_date or dt.date.today(),
            identity=client.identity,
            first_contact=client.first_contact,
        )
        return self.update(client_id, draft)
