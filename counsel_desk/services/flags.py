"""Possible-rupture flags: computed by the domain from what is kept (scores, sessions,
ruptures), each with its reason, and set aside with a reason that is kept.

Flags are never stored: the same records always give the same flags
(``domain/rupture_flags.py``); only the dismissals are rows. What Today lists comes from
:meth:`FlagService.today`: the open ruptures, and the flags of the last four weeks not set
aside, for the clients seen in that time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from counsel_desk.domain.alliance_records import SessionRecord
from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.rupture_flags import Flag, dismiss, possible_ruptures
from counsel_desk.domain.ruptures import Rupture
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.services.alliance_inputs import AllianceInputs
from counsel_desk.services.measures import MeasureService
from counsel_desk.services.ruptures import OpenRupture, RuptureService
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.clients import ClientRepository
from counsel_desk.storage.flag_dismissals import DismissalRepository
from counsel_desk.storage.ruptures import RuptureRepository
from counsel_desk.storage.scores import ScoreRepository
from counsel_desk.storage.vault import Vault

TODAY_DAYS = 28  # Today lists flags raised in the last four weeks
PAGE_DAYS = 91  # the client page mentions those of the last three months


@dataclass(frozen=True)
class ClientFlag:
    flag: Flag
    client_code: str


@dataclass(frozen=True)
class AllianceToday:
    """Today's section on the working relationship."""

    open_ruptures: tuple[OpenRupture, ...]
    flags: tuple[ClientFlag, ...]  # newest first, none set aside

    @property
    def empty(self) -> bool:
        return not self.open_ruptures and not self.flags


class FlagService:
    def __init__(
        self,
        vault: Vault,
        measures: MeasureService,
        inputs: AllianceInputs,
        ruptures: RuptureService,
    ) -> None:
        self._work = vault.work
        self._measures = measures
        self._inputs = inputs
        self._ruptures = ruptures
        self._scores = ScoreRepository(vault.conn)
        self._rupture_rows = RuptureRepository(vault.conn)
        self._dismissals = DismissalRepository(vault.conn)
        self._clients = ClientRepository(vault.conn)
        self._attendance = AttendanceRepository(vault.conn)
        self._audit = AuditLog(vault.conn)

    def for_client(
        self,
        client_id: int,
        sessions: Sequence[SessionRecord] | None = None,
        scores: Sequence[ScoreRecord] | None = None,
        ruptures: Sequence[Rupture] | None = None,
    ) -> tuple[Flag, ...]:
        """Every flag of one client, by date, dismissed ones with their dismissal (from
        the records given, else read here)."""
        return possible_ruptures(
            measures=self._measures.catalogue().by_id(),
            scores=self._scores.for_client(client_id) if scores is None else scores,
            sessions=self._inputs.session_records(client_id) if sessions is None else sessions,
            ruptures=self._rupture_rows.for_client(client_id) if ruptures is None else ruptures,
            dismissals=self._dismissals.for_client(client_id),
        )

    def dismiss(
        self, client_id: int, flag_key: str, reason: str, on: dt.date | None = None
    ) -> Flag:
        """Set a flag aside with the reason (required, kept); it stays listed with it."""
        found = [f for f in self.for_client(client_id) if f.key == flag_key]
        if not found:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That possible rupture is no longer flagged: the scores or sessions behind "
                    "it have changed.",
                )
            )
        flag = found[0]
        if flag.dismissed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "That possible rupture was already set aside.")
            )
        dismissal = dismiss(flag, reason, on or dt.date.today())
        with self._work:
            dismissal_id = self._dismissals.add(client_id, dismissal)
            self._audit.record(AuditKind.FLAG_DISMISSED, client=client_id, flag=flag.kind.value)
        return replace(flag, dismissal=replace(dismissal, id=dismissal_id))

    def recent_for_client(self, client_id: int, today: dt.date | None = None) -> list[Flag]:
        """The client's flags of the last three months not set aside, newest first."""
        since = (today or dt.date.today()) - dt.timedelta(days=PAGE_DAYS)
        flags = self.for_client(client_id)
        return sorted(
            (f for f in flags if f.on >= since and not f.dismissed),
            key=lambda f: f.on,
            reverse=True,
        )

    def clients_to_discuss(self, first: dt.date, last: dt.date) -> set[int]:
        """The clients with a possible rupture flagged in the period and not set aside, or
        a rupture open at some time in it: what a supervision summary suggests."""
        found = {r.client_id for r in self._rupture_rows.open_during(first, last)}
        flags = self._flags_since(first)
        return found | {f.client_id for f in flags if f.on <= last and not f.dismissed}

    def _flags_since(self, since: dt.date) -> list[Flag]:
        """The flags of the clients with a session booked since ``since``, dated from then:
        the clients together, each query once."""
        clients = self._attendance.clients_seen_since(dt.datetime.combine(since, dt.time()))
        if not clients:
            return []
        dismissals = self._dismissals.for_clients(clients)
        every = possible_ruptures(
            measures=self._measures.catalogue().by_id(),
            scores=self._scores.for_clients(clients),
            sessions=self._inputs.session_records(client_ids=clients),
            ruptures=self._rupture_rows.for_clients(clients),
            dismissals=[d for found in dismissals.values() for d in found],
        )
        return [flag for flag in every if flag.on >= since]

    def today(self, today: dt.date | None = None, *, limit: int = 50) -> AllianceToday:
        """Open ruptures, and the flags raised in the last four weeks not set aside, for
        the clients with a session booked since then."""
        today = today or dt.date.today()
        since = today - dt.timedelta(days=TODAY_DAYS)
        every = self._flags_since(since)
        codes = self._clients.codes_by_id() if every else {}
        flags = [
            ClientFlag(flag, codes.get(flag.client_id, "?"))
            for flag in every
            if flag.on <= today and not flag.dismissed
        ]
        flags.sort(key=lambda f: (f.flag.on, f.client_code), reverse=True)
        return AllianceToday(tuple(self._ruptures.open_ruptures(limit)), tuple(flags[:limit]))
