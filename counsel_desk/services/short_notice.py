"""Short notice: the one place a cancellation is judged, for Today's prompts and for the
alliance inputs (``alliance_inputs.py``).

A cancellation is built from what attendance records: who cancelled, the session's start,
and when word came (``received_at``, since schema 4), else the notice in hours recorded
before that. It is judged by the domain's ``contract.notice.classify``: against the
client's contract in force on the session's day once contracts are kept in the vault
(issue 11 passes the client's history and the practice defaults here), and until then
against the default terms.
"""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.notice import Cancellation, NoticeVerdict, classify
from counsel_desk.domain.contract.terms import Party, Terms
from counsel_desk.domain.sessions import SessionStatus

_BY = {
    SessionStatus.CANCELLED_BY_CLIENT: Party.CLIENT,
    SessionStatus.CANCELLED_BY_PRACTITIONER: Party.PRACTITIONER,
}


def cancellation(start: dt.datetime, attendance: Attendance) -> Cancellation | None:
    """The cancellation a session's attendance records, or None if it was not cancelled."""
    by = _BY.get(attendance.status)
    if by is None:
        return None
    if attendance.received_at is not None:
        received = min(attendance.received_at, start)
        return Cancellation(by, start, received=received)
    return Cancellation(by, start, notice_hours=float(attendance.notice_hours or 0))


class ShortNotice:
    """Judges cancellations; ``defaults`` are the terms used while no contract is agreed."""

    def __init__(self, defaults: Terms | None = None) -> None:
        self.defaults = defaults or Terms()
        self._none = ContractHistory(())

    def verdict(
        self, client_id: int, start: dt.datetime, attendance: Attendance
    ) -> NoticeVerdict | None:
        """The verdict on a cancelled session (None for any other)."""
        found = cancellation(start, attendance)
        if found is None:
            return None
        return classify(found, self.history(client_id), self.defaults)

    def is_short(self, client_id: int, start: dt.datetime, attendance: Attendance) -> bool:
        verdict = self.verdict(client_id, start, attendance)
        return verdict is not None and verdict.short

    def history(self, client_id: int) -> ContractHistory:
        """The client's contract versions: none are kept in the vault yet."""
        return self._none
