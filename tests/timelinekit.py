"""A client's timeline made from domain records alone (no vault), with a known number of
marks in every lane, for the painter's tests and the picture view's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from counsel_desk.domain.alliance_records import (
    BoundaryEvent,
    ContractEvent,
    EarlyEnding,
    PracticeBreak,
    RiskEntry,
    SessionRecord,
)
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measures import Respondent
from counsel_desk.domain.reflection import Condition, make_reflection
from counsel_desk.domain.rupture_flags import possible_ruptures
from counsel_desk.domain.ruptures import make_repair, make_rupture
from counsel_desk.domain.scoring import ScoreRecord
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.domain.timeline import Timeline
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline

FIRST = dt.datetime(2025, 1, 6, 10)
START, END = dt.date(2025, 1, 1), dt.date(2025, 3, 31)

# What happened at each of twelve weekly sessions (ids 1 to 12).
STATUSES = [
    SessionStatus.ATTENDED,
    SessionStatus.ATTENDED,  # client late
    SessionStatus.ATTENDED,  # I was late
    SessionStatus.CANCELLED_BY_CLIENT,  # short notice
    SessionStatus.ATTENDED,
    SessionStatus.CANCELLED_BY_PRACTITIONER,
    SessionStatus.ATTENDED,
    SessionStatus.DID_NOT_ATTEND,
    SessionStatus.ATTENDED,  # ended early by agreement
    SessionStatus.RESCHEDULED,
    SessionStatus.ATTENDED,
    SessionStatus.SCHEDULED,  # nothing recorded: not drawn
]

# The marks each lane holds for START to END.
EXPECTED = {
    "measure:srs": 5,
    "measure:wai_sr": 1,
    "reflection": 2,
    "attendance": 12,  # eleven sessions and one practice break
    "ruptures": 3,  # a rupture and its repair, and one still open
    "boundaries": 1,
    "risk": 1,
    "contract": 2,
    "flags": 4,
}


def session(n: int) -> SessionRecord:
    status = STATUSES[n - 1]
    return SessionRecord(
        session_id=n,
        client_id=1,
        start=FIRST + dt.timedelta(weeks=n - 1),
        status=status,
        client_late_minutes=10 if n == 2 else 0,
        practitioner_late_minutes=5 if n == 3 else 0,
        ended_early_minutes=10 if n == 9 else 0,
        ended_early_by=EarlyEnding.AGREED if n == 9 else None,
        short_notice=n == 4,
    )


def day(n: int) -> dt.date:
    return (FIRST + dt.timedelta(weeks=n - 1)).date()


def inputs() -> TimelineInputs:
    measures = {m.id: m for m in shipped_measures()}
    scores = [
        ScoreRecord("srs", 1, day(n), Respondent.CLIENT, Decimal(t), session_id=n, id=n)
        for n, t in ((1, "38.5"), (2, "39"), (5, "38.6"), (7, "33.2"), (9, "37"))
    ]
    scores.append(
        ScoreRecord(
            "wai_sr",
            1,
            day(5),
            Respondent.CLIENT,
            Decimal(44),
            (Decimal(4),) * 8 + (Decimal(3),) * 4,
            5,
            20,
        )
    )
    reflections = [
        make_reflection(1, day(5), {Condition.TRUST_AND_SAFETY: 4}, session_id=5, id=1),
        make_reflection(
            1, day(7), {Condition.TRUST_AND_SAFETY: 2, Condition.RESPECT: 4}, session_id=7, id=2
        ),
    ]
    first = make_rupture(
        1, day(7), "withdrawal", "Went quiet after I mentioned the fee.", session_id=7, id=1
    )
    ruptures = [
        make_repair(first, day(9), "We talked about the fee and the quiet.", session_id=9),
        make_rupture(
            1, day(11), "confrontation", "Cross that I had moved a session.", session_id=11, id=2
        ),
    ]
    sessions = [session(n) for n in range(1, 13)]
    flags = possible_ruptures(
        measures=measures, scores=scores, sessions=sessions, ruptures=ruptures
    )
    return TimelineInputs(
        measures=measures,
        sessions=sessions,
        scores=scores,
        reflections=reflections,
        ruptures=ruptures,
        flags=flags,
        boundary_events=[BoundaryEvent(day(4), "Texted between sessions", 4)],
        risk_entries=[RiskEntry(day(8), "Risk noted in the session's note", 8)],
        contract_events=[
            ContractEvent(day(1), "Version 1 agreed"),
            ContractEvent(day(12), "Review", review=True),
        ],
        practice_breaks=[PracticeBreak(dt.date(2025, 2, 10), dt.date(2025, 2, 14), "Half term")],
    )


def timeline(start: dt.date = START, end: dt.date = END) -> Timeline:
    return build_timeline(inputs(), start, end)
