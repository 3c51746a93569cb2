"""A small alliance for service, CLI and GUI tests: one client with weekly sessions, a few
of them scored, and helpers to add more (everything through the services, as the app does)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft, SessionStatus

FIRST = dt.datetime(2025, 1, 6, 10)  # a Monday


@dataclass
class Alliance:
    client_id: int
    sessions: list[int]  # ids, in date order

    def session(self, n: int) -> int:
        return self.sessions[n]


def weekly_client(
    ws, code: str = "C-001", weeks: int = 10, first: dt.datetime = FIRST, name: str = ""
) -> Alliance:
    """A client seen weekly, every session attended (attendance recorded)."""
    client = ws.clients.add(ClientDraft(code, identity=ClientIdentity(full_name=name)))
    ids = []
    for n in range(weeks):
        session = ws.sessions.add(SessionDraft(client.id, first + dt.timedelta(weeks=n)))
        ws.attendance.record(session.id, Attendance(SessionStatus.ATTENDED))
        ids.append(session.id)
    return Alliance(client.id, ids)


def srs_totals(ws, alliance: Alliance, totals: list[str], start: int = 0) -> list[int]:
    """SRS totals for consecutive sessions from ``start``; the scores' ids."""
    return [
        ws.measures.record_score(alliance.session(start + n), "srs", total=t).id
        for n, t in enumerate(totals)
    ]
