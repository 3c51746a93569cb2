"""The one place the alliance features (possible-rupture flags, reliability, the timeline)
get the records other parts of the app own: sessions and their attendance, short notice,
practice breaks, boundary events, risk entries and the contract's versions and reviews.

Each comes through a provider (:class:`Providers`), so a feature that starts keeping one of
them plugs in here and nowhere else:

- ``short_notice``: given the cancellations asked about (all of them at once, so a provider
  can read each client's contract history once), the ids of those made at short notice.
  The app's one judgement of short notice gives it (``services/notice.py``,
  :meth:`NoticeService.short_among`): against the contract in force on the session's day,
  or the practice defaults with none agreed. Nothing here judges notice itself.
- ``boundary_events``: one client's, from the Boundaries log (kind and who began it; never
  a word of what happened).
- ``contract_events``: one client's agreed versions and their review dates.
- ``practice_breaks``: the days the practice was closed, from the breaks kept
  (``storage/breaks.py``).
- ``risk_entries``: one client's, from the risk log (``storage/risks.py``): each risk
  logged, labelled by its level (never a word of what was disclosed), and each one closed.

The attendance columns are read as they are, so every way of ending early the attendance
dialog records (the client, me, by agreement, a failed connection, an outside event)
reaches the records unchanged; a cancellation's received time and its practice break go
to the one judgement of short notice with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from counsel_desk.domain.alliance_records import (
    EARLY_ENDINGS,
    BoundaryEvent,
    ContractEvent,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.domain.attendance import EndedEarlyBy
from counsel_desk.domain.contract.boundaries import BoundaryKind, Initiator
from counsel_desk.domain.contract.version import ContractStatus
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.notice import NoticeService
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.boundaries import BoundaryRepository
from counsel_desk.storage.breaks import BreakRepository
from counsel_desk.storage.cancellations import CancelledRow
from counsel_desk.storage.contracts import ContractRepository
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.vault import Vault

ShortNotice = Callable[[Sequence[CancelledRow]], set[int]]


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


# The timeline's words for events other parts of the app record (docs/ARCHITECTURE.md,
# "Translations"): what the practitioner sees on the Alliance timeline.
_AGREED = QT_TRANSLATE_NOOP("services.alliance_inputs", "Version {number}: {how}")
_REVIEW = QT_TRANSLATE_NOOP("services.alliance_inputs", "Review of version {number}")
_RISK_LOGGED = QT_TRANSLATE_NOOP("services.alliance_inputs", "Risk logged: {level}")
_RISK_CLOSED = QT_TRANSLATE_NOOP("services.alliance_inputs", "Risk closed")

_BEGUN = {
    Initiator.CLIENT: QT_TRANSLATE_NOOP("services.alliance_inputs", "begun by the client"),
    Initiator.PRACTITIONER: QT_TRANSLATE_NOOP("services.alliance_inputs", "begun by me"),
    Initiator.SOMEONE_ELSE: QT_TRANSLATE_NOOP("services.alliance_inputs", "begun by someone else"),
    Initiator.NOBODY: QT_TRANSLATE_NOOP("services.alliance_inputs", "by chance"),
}


def boundary_label(kind: BoundaryKind, initiated_by: Initiator) -> Phrase:
    """A boundary event on the timeline: its kind and who began it, nothing of its words."""
    what = (
        QT_TRANSLATE_NOOP("services.alliance_inputs", "A boundary event")
        if kind is BoundaryKind.OTHER
        else kind.label
    )
    return phrase(
        QT_TRANSLATE_NOOP("services.alliance_inputs", "{what}, {begun}"),
        what=what,
        begun=_BEGUN[initiated_by],
    )


def contract_events_from(repo: ContractRepository) -> Callable[[int], list[ContractEvent]]:
    """Each agreed version of a client's contract on the day it was agreed, and each review
    date set, except one set for a version replaced before the day came."""

    def events(client_id: int) -> list[ContractEvent]:
        found = []
        for version in repo.agreed_terms((client_id,))[client_id]:
            if version.agreement is not None:
                how = version.agreement.how.label.lower()  # English until it has a lower label
                label = phrase(_AGREED, number=version.number, how=how)
                found.append(ContractEvent(version.agreement.on, label))
            review = version.review_on
            replaced = version.superseded_on
            if review is not None and not (
                version.status is ContractStatus.SUPERSEDED and replaced and replaced <= review
            ):
                label = phrase(_REVIEW, number=version.number)
                found.append(ContractEvent(review, label, review=True))
        return sorted(found, key=lambda e: (e.on, e.review))

    return events


def risk_entries_from(repo: RiskRepository) -> Callable[[int], list[RiskEntry]]:
    """Each risk a client's log holds, labelled by its level (never what was disclosed), on
    the day it was logged, and each one closed on the day it was closed."""

    def entries(client_id: int) -> list[RiskEntry]:
        found = []
        for risk in repo.for_client(client_id):
            level = risk.level.label.lower()  # English until it has a lower-case label
            found.append(RiskEntry(risk.on, phrase(_RISK_LOGGED, level=level), risk.session_id))
            if risk.closed_on is not None:
                found.append(RiskEntry(risk.closed_on, _RISK_CLOSED))
        return sorted(found, key=lambda e: e.on)

    return entries


def default_providers(vault: Vault, notice: NoticeService | None = None) -> Providers:
    """What the vault holds today: short notice from the one judgement (``notice``, made on
    ``vault`` unless given), practice breaks, risk entries, boundary events and the
    contract from their tables."""
    boundaries = BoundaryRepository(vault.conn)
    breaks = BreakRepository(vault.conn)
    judged = notice or NoticeService(vault)

    def practice_breaks() -> list[PracticeBreak]:
        return [b.as_input() for b in breaks.list()]

    def boundary(client_id: int) -> list[BoundaryEvent]:
        return [
            BoundaryEvent(e.on, boundary_label(e.kind, e.initiated_by), e.session_id)
            for e in reversed(boundaries.events(client_id))  # oldest first
        ]

    return Providers(
        short_notice=judged.short_among,
        practice_breaks=practice_breaks,
        risk_entries=risk_entries_from(RiskRepository(vault.conn)),
        boundary_events=boundary,
        contract_events=contract_events_from(ContractRepository(vault.conn)),
    )


_STATUS = {s.value: s for s in SessionStatus}
# every kind of early ending the attendance dialog records, by its stored value
_EARLY = {by.value: EARLY_ENDINGS[by] for by in EndedEarlyBy}
_CANCELLED = frozenset({SessionStatus.CANCELLED_BY_CLIENT, SessionStatus.CANCELLED_BY_PRACTITIONER})


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
        cancelled: list[tuple[int, CancelledRow]] = []
        # made straight from a tuple (``tuple.__new__``, as ``_make`` does without its
        # checks): some 3,000 of them for the reliability panel, 10,000 for every client
        new, record = tuple.__new__, SessionRecord
        fromiso, append = dt.datetime.fromisoformat, records.append
        status_of, early_of = _STATUS, _EARLY.get
        for sid, cid, start, status, c_late, p_late, early, by, notice, received, brk in rows:
            state = status_of[status]
            when = fromiso(start)
            append(
                new(
                    record,
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
                    ),
                )
            )
            if state in _CANCELLED:
                word = fromiso(received) if received else None
                row = CancelledRow(sid, cid, when, state, notice, word, brk)
                cancelled.append((len(records) - 1, row))
        if cancelled:
            short = self.providers.short_notice([row for _n, row in cancelled])
            for n, row in cancelled:
                if row.session_id in short:
                    records[n] = new(record, (*records[n][:-1], True))
        return records

    def practice_breaks(self) -> tuple[PracticeBreak, ...]:
        return tuple(self.providers.practice_breaks())

    def boundary_events(self, client_id: int) -> tuple[BoundaryEvent, ...]:
        return tuple(self.providers.boundary_events(client_id))

    def risk_entries(self, client_id: int) -> tuple[RiskEntry, ...]:
        return tuple(self.providers.risk_entries(client_id))

    def contract_events(self, client_id: int) -> tuple[ContractEvent, ...]:
        return tuple(self.providers.contract_events(client_id))
