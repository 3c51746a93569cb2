"""Short notice: each cancellation judged against the contract in force on the session's date
(or, with none agreed, the practice defaults), in one place.

:func:`judge` is the only function that turns what is recorded of a cancellation into a
verdict. The session list, the attendance dialog, Today and the alliance timeline all read
their verdicts through it (via :class:`NoticeService`), and so do the make-contact prompt
for a client at risk (``services/risks.py``) and the alliance features' input records
(``services/alliance_inputs.py``). The notice is the time from when word came to the
session's start; a cancellation recorded before that time was kept has only its notice in
hours, which is used instead. :meth:`NoticeService.short_among` answers the same question
for many cancellations at once (the reliability panel's ten years) with each client's notice
periods made once (``NoticePeriods``); a test holds it to :func:`judge`'s answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.notice import (
    Cancellation,
    NoticePeriods,
    NoticeVerdict,
    classify,
)
from counsel_desk.domain.contract.terms import Party, Terms
from counsel_desk.domain.sessions import Session, SessionStatus
from counsel_desk.storage.cancellations import CancellationRepository, CancelledRow
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.practice import PracticeRepository
from counsel_desk.storage.vault import Vault

_BY = {
    SessionStatus.CANCELLED_BY_CLIENT: Party.CLIENT,
    SessionStatus.CANCELLED_BY_PRACTITIONER: Party.PRACTITIONER,
}


@dataclass(frozen=True)
class ShortNotice:
    """A cancellation at short notice, as Today lists it."""

    code: str
    client_id: int
    session_id: int
    start: dt.datetime
    verdict: NoticeVerdict


def judge(row: CancelledRow, history: ContractHistory, defaults: Terms) -> NoticeVerdict | None:
    """The verdict on one cancelled session, or None when it is not a cancellation or its
    notice was never recorded. Word that came after the start gave no notice at all. A
    session cancelled for a practice break is not judged: a break is never counted as the
    practitioner's cancellation."""
    party = _BY.get(row.status)
    if party is None or row.break_id is not None:
        return None
    if row.received_at is not None:
        received = min(row.received_at, row.start)
        cancellation = Cancellation(party, row.start, received=received)
    elif row.notice_hours is not None:
        cancellation = Cancellation(party, row.start, notice_hours=float(row.notice_hours))
    else:
        return None
    return classify(cancellation, history, defaults)


class NoticeService:
    """Verdicts on cancellations, for one client's sessions or for the days around today."""

    def __init__(self, vault: Vault) -> None:
        self._cancellations = CancellationRepository(vault.conn)
        self._contracts = ContractRepository(vault.conn)
        self._practice = PracticeRepository(vault.conn)

    def _history(self, client_id: int) -> ContractHistory:
        return ContractHistory(self._contracts.history(client_id, with_clauses=False))

    def for_client(self, client_id: int) -> dict[int, NoticeVerdict]:
        """Every cancelled session of the client, by session id, with its verdict."""
        rows = self._cancellations.for_client(client_id)
        if not rows:
            return {}
        history = self._history(client_id)
        defaults = self._practice.get().terms
        verdicts = {}
        for row in rows:
            verdict = judge(row, history, defaults)
            if verdict is not None:
                verdicts[row.session_id] = verdict
        return verdicts

    def for_session(self, session_id: int) -> NoticeVerdict | None:
        row = self._cancellations.session(session_id)
        if row is None:
            return None
        return judge(row, self._history(row.client_id), self._practice.get().terms)

    def would_be(
        self,
        session: Session,
        status: SessionStatus,
        notice_hours: float | None,
        received_at: dt.datetime | None = None,
    ) -> NoticeVerdict | None:
        """The verdict a cancellation of ``session`` would get as it is being recorded."""
        row = CancelledRow(
            session.id, session.client_id, session.start, status, notice_hours, received_at
        )
        return judge(row, self._history(session.client_id), self._practice.get().terms)

    def short_between(self, start: dt.datetime, end: dt.datetime) -> list[ShortNotice]:
        """Each cancellation at short notice of a session that was to start in
        [start, end), newest first."""
        rows = self._cancellations.between(start, end)
        if not rows:
            return []
        agreed = self._contracts.agreed_terms(row.client_id for _, row in rows)
        defaults = self._practice.get().terms
        found = []
        for code, row in rows:
            verdict = judge(row, ContractHistory(agreed[row.client_id]), defaults)
            if verdict is not None and verdict.short:
                found.append(ShortNotice(code, row.client_id, row.session_id, row.start, verdict))
        return found

    def short_sessions(
        self, client_id: int | None = None, since: dt.datetime | None = None
    ) -> set[int]:
        """The ids of the cancelled sessions (every client's, or one's; from ``since``)
        judged short notice: what the make-contact prompt reads."""
        return self.short_among(self._cancellations.since(client_id, since))

    def short_among(self, rows: Sequence[CancelledRow]) -> set[int]:
        """The session ids of ``rows`` cancelled at short notice. Each client's notice
        periods are read once, in one query, however many of their cancellations are asked
        about (the alliance's reliability figures ask about ten years of every client's at
        once), and each row is judged in one pass as :func:`judge` would (tested against
        it), without a verdict made for each. Each row carries when word came and its
        practice break, as :func:`judge` needs."""
        if not rows:
            return set()
        agreed = self._contracts.notice_periods(row.client_id for row in rows)
        defaults = self._practice.get().terms
        periods = {client_id: NoticePeriods(v, defaults) for client_id, v in agreed.items()}
        short = set()
        for row in rows:
            given = _given(row)
            if given is None:
                continue
            party, hours = given
            if hours < periods[row.client_id].required(party, row.start.date()):
                short.add(row.session_id)
        return short


def _given(row: CancelledRow) -> tuple[Party, float] | None:
    """Who cancelled and the hours of notice they gave, as :func:`judge` reckons them
    (through :class:`Cancellation`); None for what it does not judge."""
    party = _BY.get(row.status)
    if party is None or row.break_id is not None:
        return None
    if row.received_at is not None:
        received = min(row.received_at, row.start)
        return party, max(0.0, (row.start - received).total_seconds() / 3600)
    if row.notice_hours is not None:
        return party, float(row.notice_hours)
    return None
