"""What the client page's header shows, read in one call: the client, their next session,
where their contract stands, their open risks, and the ruptures and possible ruptures to
look at. Ids, dates and counts only: never what was written or disclosed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.clients import Client
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.version import review_due
from counsel_desk.domain.risk import Risk, RiskLevel
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.contracts import REVIEWS_AHEAD_DAYS
from counsel_desk.services.flags import FlagService
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.ruptures import RuptureRepository
from counsel_desk.storage.sessions import SessionRepository
from counsel_desk.storage.vault import Vault


class ContractStanding(StrEnum):
    NONE = "none"  # no version at all
    DRAFT = "draft"  # a draft, nothing agreed yet
    AGREED = "agreed"
    REVIEW_DUE = "review_due"  # agreed, and its review falls within the coming week (or passed)


@dataclass(frozen=True)
class ContractState:
    standing: ContractStanding
    number: int | None = None  # the version in force (or the draft, with none agreed)
    agreed_on: dt.date | None = None
    review_on: dt.date | None = None
    draft_under_way: bool = False  # a new draft beside the version in force


@dataclass(frozen=True)
class ClientHeader:
    client: Client
    next_session: dt.datetime | None  # the earliest session still to come, booked as scheduled
    contract: ContractState
    open_risks: tuple[Risk, ...]  # highest level first
    possible_ruptures: int  # flagged in the last three months and not set aside
    open_ruptures: int  # logged and not yet repaired
    today: dt.date

    @property
    def highest_risk(self) -> RiskLevel | None:
        return self.open_risks[0].level if self.open_risks else None

    @property
    def nearest_risk_review(self) -> dt.date | None:
        return min((r.review_on for r in self.open_risks if r.review_on), default=None)


def contract_state(history: ContractHistory, today: dt.date) -> ContractState:
    """Where a client's contract stands on ``today``."""
    agreed, draft = history.latest_agreed, history.draft
    if agreed is None:
        if draft is None:
            return ContractState(ContractStanding.NONE)
        return ContractState(ContractStanding.DRAFT, draft.number)
    due = review_due(agreed, today, REVIEWS_AHEAD_DAYS)
    return ContractState(
        ContractStanding.REVIEW_DUE if due else ContractStanding.AGREED,
        agreed.number,
        agreed.agreed_on,
        agreed.review_on,
        draft is not None,
    )


class ClientHeaderService:
    def __init__(self, vault: Vault, flags: FlagService) -> None:
        self._clients = ClientRepository(vault.conn)
        self._sessions = SessionRepository(vault.conn)
        self._contracts = ContractRepository(vault.conn)
        self._risks = RiskRepository(vault.conn)
        self._ruptures = RuptureRepository(vault.conn)
        self._flags = flags

    def header(self, client_id: int, now: dt.datetime | None = None) -> ClientHeader:
        """Everything the header shows for one client (raises ``NotFound`` for a client
        that is not there, or no longer is)."""
        now = now or dt.datetime.now()
        today = now.date()
        client = self._clients.get(client_id)
        ahead = [
            s.start
            for s in self._sessions.for_client(client_id)
            if s.status is SessionStatus.SCHEDULED and s.start >= now
        ]
        history = ContractHistory(self._contracts.history(client_id, with_clauses=False))
        levels = list(RiskLevel)
        risks = sorted(
            (r for r in self._risks.for_client(client_id) if r.is_open),
            key=lambda r: (-levels.index(r.level), r.review_on or dt.date.max),
        )
        return ClientHeader(
            client=client,
            next_session=min(ahead, default=None),
            contract=contract_state(history, today),
            open_risks=tuple(risks),
            possible_ruptures=len(self._flags.recent_for_client(client_id, today)),
            open_ruptures=sum(r.is_open for r in self._ruptures.for_client(client_id)),
            today=today,
        )
