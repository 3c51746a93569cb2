"""Clients: adding (with their first sessions, if booked at once), changing, and ending the
work (how, when, the signposting given; sessions still booked after it are taken out of
the diary), validated and audited (ids and codes only, never a name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import (
    Client,
    ClientDraft,
    ClientEnding,
    ClientStatus,
    EndingKind,
)
from counsel_desk.domain.rules import (
    next_client_code,
    validate_client,
    validate_ending,
    validate_session,
)
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.sessions import SessionService
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class ClientService:
    def __init__(self, vault: Vault, sessions: SessionService | None = None) -> None:
        self._work = vault.work
        self._repo = ClientRepository(vault.conn)
        self._audit = AuditLog(vault.conn)
        self._sessions = sessions or SessionService(vault)
        self._booked = SessionRepository(vault.conn)

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

    def first_session_day(self, client_id: int) -> dt.date | None:
        return self._repo.first_session_day(client_id)

    def booked_after(self, client_id: int, day: dt.date) -> int:
        """How many sessions are still booked for the client after ``day``."""
        return len(self._booked.scheduled_after(client_id, day))

    def end(
        self,
        client_id: int,
        end_date: dt.date | None = None,
        *,
        kind: EndingKind = EndingKind.PLANNED,
        signposting: str = "",
    ) -> Client:
        """End the work: how, on which day (today if not given; never before the client's
        first session, never in the future), and the signposting given. Sessions still
        booked after that day, with no note, are taken out of the diary, in the same unit
        of work."""
        with self._work:
            client = self._repo.get(client_id)
            ending = validate_ending(
                ClientEnding(kind, end_date or dt.date.today(), signposting),
                client.code,
                self._repo.first_session_day(client_id),
            )
            draft = validate_client(
                ClientDraft(
                    code=client.code,
                    status=ClientStatus.ENDED,
                    start_date=client.start_date,
                    end_date=ending.on,
                    identity=client.identity,
                    ending=ending.kind,
                    signposting=ending.signposting,
                    first_contact=client.first_contact,
                )
            )
            self._repo.update(client_id, draft)
            removed = self._booked.remove_booked_after(client_id, ending.on)
            self._audit.record(
                AuditKind.CLIENT_ENDED,
                client=client_id,
                ending=ending.kind.value,
                removed=removed,
            )
        return self._repo.get(client_id)
