"""The one place the alliance features (possible-rupture flags, reliability, the timeline)
get the records other parts of the app own: sessions and their attendance, short notice,
practice breaks, boundary events, risk entries and the contract's versions and reviews.

Each comes through a provider (:class:`Providers`), so a feature that starts keeping one of
them plugs in here and nowhere else:

- ``short_notice``: given the cancellations asked about (all of them at once, so a provider
  can read each client's contract history once), the ids of those made at short notice.
  Until contracts are kept in the vault it judges by the practice defaults
  (``domain.contract.terms.Terms``) from the notice recorded with each cancellation; the
  contracts' service replaces it with the contract in force on the session's date.
- ``practice_breaks``: the days the practice was closed (none kept yet).
- ``boundary_events``, ``contract_events``: one client's (none kept yet).
- ``risk_entries``: one client's; until risk entries are kept, each session with a note
  flagged for risk, without a word of the note.

The attendance columns are read as they are, so a new way of ending early (``agreed``)
stored by the attendance dialog reaches the records unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.domain.contract.notice import Cancellation, judge
from counsel_desk.domain.contract.terms import Party, Terms
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.notes import NoteRepository
from counsel_desk.storage.vault import Vault

RISK_LABEL = "Risk noted in the session's note"


@dataclass(frozen=True, slots=True)
class CancellationFact:
    """A cancelled session as a short-notice provider is asked about it."""

    session_id: int
    client_id: int
    start: dt.datetime  # local wall-clock, naive
    by: Party
    notice_hours: float | None  # as recorded; None when none was


ShortNotice = Callable[[Sequence[CancellationFact]], set[int]]


def by_practice_defaults(defaults: Terms | None = None) -> ShortNotice:
    """Short notice judged by the practice's default terms (48 hours each way unless set)."""
    terms = defaults or Terms()

    def short(facts: Sequence[CancellationFact]) -> set[int]:
        out = set()
        for fact in facts:
            cancellation = Cancellation(
                fact.by, fact.start, notice_hours=max(0.0, fact.notice_hours or 0.0)
            )
            if judge(cancellation, terms, None).short:
                out.add(fact.session_id)
        return out

    return short


def _none(*_args: object) -> tuple:
    return ()


@dataclass(frozen=True)
class Providers:
    """Where the records other parts of the app own come from (see the module's notes)."""

    short_notice: ShortNotice
    practice_breaks: Callable[[], Sequence[PracticeBreak]] = _none
    boundary_events: Callable[[int], Sequence[BoundaryEvent]] = _none
    risk_entries: Callable[[int], Sequence[RiskEntry]] = _none
    contract_events: Callable[[int], Sequence[ContractEvent]] = _none


def default_providers(vault: Vault) -> Providers:
    """What the vault holds today: notice against the practice defaults, risk from notes."""
    notes = NoteRepository(vault.conn)

    def risk(client_id: int) -> tuple[RiskEntry, ...]:
        return tuple(
            RiskEntry(dt.date.fromisoformat(start[:10]), RISK_LABEL, session_id)
            for session_id, start in notes.risk_sessions(client_id)
        )

    return Providers(short_notice=by_practice_defaults(), risk_entries=risk)


_STATUS = {s.value: s for s in SessionStatus}
_EARLY = {e.value: e for e in EarlyEnding}
_CANCELLED_BY = {
    SessionStatus.CANCELLED_BY_CLIENT: Party.CLIENT,
    SessionStatus.CANCELLED_BY_PRACTITIONER: Party.PRACTITIONER,
}


class AllianceInputs:
    """The alliance features' input records, read from the vault and the providers."""

    def __init__(self, vault: Vault, providers: Providers | None = None) -> None:
        self._attendance = AttendanceRepository(vault.conn)
        self.providers = providers or default_providers(vault)

    def session_records(
        self, client_id: int | None = None, *, client_ids: Sequence[int] | None = None
    ) -> list[SessionRecord]:
        """Every session of one client (in time order), or of ``client_ids`` or of every
        client (in no particular order: what reads them counts or sorts them itself), as a
        record with its attendance; cancellations are asked about short notice all at once."""
        if client_ids is not None and not client_ids:
            return []
        return self._records(self._attendance.alliance_rows(client_id, client_ids))

    def practice_records(self) -> tuple[list[SessionRecord], dict[dt.date, int]]:
        """Every client's sessions for counting: the records of those with something to
        count, and the sessions held plainly counted by month (the month's first day). Ten
        years are some 10,000 sessions, four in five of them held plainly."""
        plain = {
            dt.date(int(month[:4]), int(month[5:7]), 1): count
            for month, count in self._attendance.plainly_held_by_month()
        }
        return self._records(self._attendance.alliance_rows_but_plain()), plain

    def _records(self, rows: Sequence[tuple]) -> list[SessionRecord]:
        records: list[SessionRecord] = []
        cancelled: list[tuple[int, CancellationFact]] = []
        fromiso, make, append = dt.datetime.fromisoformat, SessionRecord._make, records.append
        status_of, early_of, by_party = _STATUS, _EARLY.get, _CANCELLED_BY.get
        for sid, cid, start, status, c_late, p_late, early, by, notice in rows:
            state = status_of[status]
            when = fromiso(start)
            # made straight from a tuple: some 10,000 of them for the reliability panel
            append(
                make(
                    (
                        sid,
                        cid,
                        when,
                        state,
                        c_late or 0,
                        p_late or 0,
                        early or 0,
                        early_of(by) if by else None,
                        False,
                    )
                )
            )
            party = by_party(state)
            if party is not None:
                cancelled.append(
                    (len(records) - 1, CancellationFact(sid, cid, when, party, notice))
                )
        if cancelled:
            short = self.providers.short_notice([fact for _n, fact in cancelled])
            for n, fact in cancelled:
                if fact.session_id in short:
                    records[n] = records[n]._replace(short_notice=True)
        return records

    def practice_breaks(self) -> tuple[PracticeBreak, ...]:
        return tuple(self.providers.practice_breaks())

    def boundary_events(self, client_id: int) -> tuple[BoundaryEvent, ...]:
        return tuple(self.providers.boundary_events(client_id))

    def risk_entries(self, client_id: int) -> tuple[RiskEntry, ...]:
        return tuple(self.providers.risk_entries(client_id))

    def contract_events(self, client_id: int) -> tuple[ContractEvent, ...]:
        return tuple(self.providers.contract_events(client_id))
