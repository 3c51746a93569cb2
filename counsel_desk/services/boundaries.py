"""Boundaries per client: those the contract in force sets (its boundary clauses, worded as
agreed), those the practitioner adds, and the boundary events log (listed per client,
searchable, each with its audit entry; never a word of it in the trail)."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.contract.boundaries import (
    Boundary,
    BoundaryEvent,
    agreed_boundaries,
    validate_boundary_event,
    validate_own_boundary,
)
from counsel_desk.domain.contract.clauses import STANDARD
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.services.contracts import client_facts
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.boundaries import OWN_KEY, BoundaryRepository
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class BoundaryService:
    def __init__(self, vault: Vault) -> None:
        self._work = vault.work
        self._repo = BoundaryRepository(vault.conn)
        self._contracts = ContractRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    # --- agreed boundaries -----------------------------------------------------------------
    def agreed(self, client_id: int, today: dt.date | None = None) -> tuple[Boundary, ...]:
        """The boundary clauses of the version in force today (as agreed), then the
        practitioner's own for this client."""
        client = self._clients.get(client_id)
        history = ContractHistory(self._contracts.history(client_id))
        current = history.in_force(today or dt.date.today())
        return agreed_boundaries(current, client_facts(client), tuple(self._repo.own(client_id)))

    def clause_choices(self, client_id: int) -> list[tuple[str, str]]:
        """(key, title) of what an event can concern: every clause of any version of the
        client's contract, then their own boundaries, in the order a contract has them."""
        titles: dict[str, str] = {}
        for version in reversed(self._contracts.history(client_id)):  # the latest title wins
            for clause in version.clauses:
                titles.setdefault(clause.key, clause.title)
        standard = [k for k in STANDARD if k in titles]
        others = [k for k in titles if k not in STANDARD]
        choices = [(k, titles[k]) for k in (*standard, *others)]
        choices += [(b.key, b.title) for b in self._repo.own(client_id)]
        return choices

    def add_own(self, client_id: int, title: str, text: str = "") -> Boundary:
        title, text = validate_own_boundary(title, text)
        with self._work:
            self._clients.get(client_id)
            boundary_id = self._repo.add_own(client_id, title, text)
            self._audit.record(AuditKind.BOUNDARY_ADDED, client=client_id, boundary=boundary_id)
        return next(b for b in self._repo.own(client_id) if b.key == f"{OWN_KEY}{boundary_id}")

    def remove_own(self, client_id: int, key: str) -> None:
        if not key.startswith(OWN_KEY) or not key[len(OWN_KEY) :].isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a boundary you added yourself can be removed here; change the contract "
                    "for one it sets.",
                )
            )
        boundary_id = int(key[len(OWN_KEY) :])
        with self._work:
            self._repo.remove_own(client_id, boundary_id)
            self._audit.record(AuditKind.BOUNDARY_REMOVED, client=client_id, boundary=boundary_id)

    # --- events ----------------------------------------------------------------------------
    def events(self, client_id: int, query: str = "") -> list[BoundaryEvent]:
        """The client's events, newest first; with ``query``, those with every word of it
        (in their kind, who began it, what happened, what was done, the clause)."""
        found = self._repo.events(client_id)
        if not query.strip():
            return found
        titles = dict(self.clause_choices(client_id))
        return [e for e in found if _matches(e, query, titles.get(e.clause_key or "", ""))]

    def get(self, event_id: int) -> BoundaryEvent:
        return self._repo.get(event_id)

    def _checked(self, event: BoundaryEvent, today: dt.date | None) -> BoundaryEvent:
        client = self._clients.get(event.client_id)
        keys = tuple(k for k, _ in self.clause_choices(event.client_id))
        event = validate_boundary_event(
            event,
            today=today or dt.date.today(),
            first_contact=client.first_contact,
            clause_keys=keys,
        )
        if event.session_id is not None:
            session = self._sessions.get(event.session_id)
            if session.client_id != event.client_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That session is another client's.")
                )
            if session.start.date() > event.on:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The session chosen comes after the event's date.")
                )
        return event

    def log(self, event: BoundaryEvent, *, today: dt.date | None = None) -> BoundaryEvent:
        with self._work:
            event = self._checked(event, today)
            event_id = self._repo.add(event)
            self._audit.record(
                AuditKind.BOUNDARY_EVENT_LOGGED,
                client=event.client_id,
                event=event_id,
                event_kind=event.kind.value,
            )
        return self._repo.get(event_id)

    def update(self, event: BoundaryEvent, *, today: dt.date | None = None) -> BoundaryEvent:
        if event.id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That boundary event has not been logged yet.")
            )
        with self._work:
            stored = self._repo.get(event.id)
            if stored.client_id != event.client_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "That boundary event is another client's.")
                )
            event = self._checked(event, today)
            self._repo.update(event)
            self._audit.record(
                AuditKind.BOUNDARY_EVENT_CHANGED,
                client=event.client_id,
                event=event.id,  # type: ignore[arg-type]
                event_kind=event.kind.value,
            )
        return self._repo.get(event.id)  # type: ignore[arg-type]

    def delete(self, event_id: int) -> None:
        with self._work:
            event = self._repo.get(event_id)
            self._repo.delete(event_id)
            self._audit.record(
                AuditKind.BOUNDARY_EVENT_DELETED, client=event.client_id, event=event_id
            )


def _matches(event: BoundaryEvent, query: str, clause_title: str) -> bool:
    """Every word of ``query`` in the event's words, the clause's title included."""
    words = " ".join(
        (
            event.kind.label,
            event.initiated_by.label,
            event.what_happened,
            event.what_was_done,
            event.clause_key or "",
            clause_title,
        )
    ).casefold()
    return all(word in words for word in query.casefold().split())
