"""The one adapter from the vault to the alliance features' input records
(``domain/alliance_records.py``): every session with its attendance as a ``SessionRecord``
(short notice judged in one place, ``notice.py``; every kind of early ending),
the practice breaks, and a client's risk entries. The timeline, the reliability figures
and the possible-rupture flags read these, never the tables.
"""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.alliance_records import (
    EARLY_ENDINGS,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.services.notice import NoticeService
from counsel_desk.storage.attendance import AttendanceRepository
from counsel_desk.storage.breaks import BreakRepository
from counsel_desk.storage.risks import RiskRepository
from counsel_desk.storage.vault import Vault


class AllianceInputs:
    def __init__(self, vault: Vault, notice: NoticeService | None = None) -> None:
        self._attendance = AttendanceRepository(vault.conn)
        self._breaks = BreakRepository(vault.conn)
        self._risks = RiskRepository(vault.conn)
        self.notice = notice or NoticeService(vault)

    def session_records(
        self, client_id: int | None = None, since: dt.datetime | None = None
    ) -> list[SessionRecord]:
        """Every session (or one client's) with what happened at it, oldest first."""
        short = self.notice.short_sessions(client_id, since)
        out = []
        for session_id, owner, start, _minutes, att in self._attendance.records(client_id, since):
            out.append(
                SessionRecord(
                    session_id=session_id,
                    client_id=owner,
                    start=start,
                    status=att.status,
                    client_late_minutes=att.client_late_minutes,
                    practitioner_late_minutes=att.practitioner_late_minutes,
                    ended_early_minutes=att.ended_early_minutes,
                    ended_early_by=EARLY_ENDINGS[att.ended_early_by],
                    short_notice=session_id in short,
                )
            )
        return out

    def practice_breaks(self) -> list[PracticeBreak]:
        return [b.as_input() for b in self._breaks.list()]

    def risk_entries(self, client_id: int) -> list[RiskEntry]:
        """Each risk logged (its level, never what was disclosed) and each one closed."""
        out = []
        for risk in self._risks.for_client(client_id):
            out.append(
                RiskEntry(risk.on, f"Risk logged: {risk.level.label.lower()}", risk.session_id)
            )
            if risk.closed_on is not None:
                out.append(RiskEntry(risk.closed_on, "Risk closed"))
        return sorted(out, key=lambda e: e.on)
