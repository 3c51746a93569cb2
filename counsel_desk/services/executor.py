"""The executor pack (a clinical will): every current and recently ended client's code,
name, contact details, how they agreed to be contacted and next booked session, and a page
for the executor; written only when asked, and recorded in the audit trail (how many
clients, and "file"; never a name or a path)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import Client, ClientStatus
from counsel_desk.domain.document import Document
from counsel_desk.domain.executor import (
    RECENT_DAYS,
    ExecutorEntry,
    PackPractice,
    executor_document,
)
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault

NOT_ENCRYPTED = (
    "The executor pack is not encrypted: it lists your clients' names and how to reach "
    "them. Print it or keep it somewhere locked, give it only to your clinical executor, "
    "and delete the file once it is printed."
)
FILE_NAME = "Executor pack"


@dataclass(frozen=True)
class ExecutorPack:
    document: Document
    clients: int  # how many clients it lists


class ExecutorService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._folder = vault.folder
        self._clients = ClientRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._practice = PracticeRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def pack(self, now: dt.datetime | None = None) -> ExecutorPack:
        """The pack as a document: current clients (enquiries, active, paused), then those
        whose work ended in the last six months."""
        now = now or dt.datetime.now()
        since = now.date() - dt.timedelta(days=RECENT_DAYS)
        current, ended = [], []
        for client in self._clients.list():
            if client.status is ClientStatus.ENDED:
                if client.end_date is not None and client.end_date >= since:
                    ended.append(self._entry(client, None))
            else:
                current.append(self._entry(client, self._next(client.id, now)))
        profile = self._practice.get()
        practice = PackPractice(
            profile.practitioner_name,
            profile.professional_body,
            profile.registration_number,
            profile.clinical_will_contact,
        )
        document = executor_document(practice, str(self._folder), current, ended, written=now)
        return ExecutorPack(document, len(current) + len(ended))

    def _next(self, client_id: int, now: dt.datetime) -> dt.datetime | None:
        ahead = [
            s.start
            for s in self._sessions.for_client(client_id)
            if s.status is SessionStatus.SCHEDULED and s.start >= now
        ]
        return min(ahead, default=None)

    @staticmethod
    def _entry(client: Client, next_session: dt.datetime | None) -> ExecutorEntry:
        ident = client.identity
        return ExecutorEntry(
            code=client.code,
            name=ident.full_name or ident.preferred_name,
            email=ident.email,
            phone=ident.phone,
            address=ident.address,
            contact=ident.contact,
            next_session=next_session,
            ended_on=client.end_date if client.status is ClientStatus.ENDED else None,
        )

    def record_written(self, clients: int) -> None:
        """Audit: the pack left the vault as a file (how many clients; never where)."""
        with self._work:
            self._audit.record(AuditKind.EXECUTOR_PACK_WRITTEN, clients=clients, to="file")
