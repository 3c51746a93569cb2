"""The reliability panel through the service: month by month for the practice or a client,
the practitioner's slips shown plainly, future months left out."""

from __future__ import annotations

import datetime as dt

from alliancekit import weekly_client

from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.reliability import client_words, practitioner_words
from counsel_desk.domain.sessions import SessionDraft, SessionStatus


def test_month_by_month_for_the_practice_and_one_client(workspace) -> None:
    ws = workspace
    first = weekly_client(ws, "C-001", weeks=6)  # 6 Jan to 10 Feb 2025
    second = weekly_client(ws, "C-002", weeks=2, first=dt.datetime(2025, 2, 4, 11))
    ws.attendance.record(
        first.session(1),
        Attendance(SessionStatus.ATTENDED, practitioner_late_minutes=7),
    )
    ws.attendance.record(
        first.session(2),
        Attendance(
            SessionStatus.ATTENDED, ended_early_minutes=10, ended_early_by=EndedEarlyBy.PRACTITIONER
        ),
    )
    ws.attendance.record(
        first.session(3), Attendance(SessionStatus.CANCELLED_BY_PRACTITIONER, notice_hours=2)
    )
    ws.attendance.record(
        second.session(1), Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=1)
    )
    ws.sessions.add(SessionDraft(first.client_id, dt.datetime.now() + dt.timedelta(days=70)))
    practice = ws.reliability.report()
    assert [m.month for m in practice.months][:2] == [dt.date(2025, 1, 1), dt.date(2025, 2, 1)]
    assert practice.months[-1].month <= dt.date.today()  # booked months ahead are left out
    january, february = practice.months[:2]
    assert (january.held, january.practitioner_late, january.practitioner_ended_early) == (3, 1, 1)
    assert january.practitioner_cancelled_short_notice == 1
    assert (february.held, february.client_cancelled_short_notice) == (3, 1)
    overall = practice.overall()
    assert practitioner_words(overall) == (
        "Of 6 sessions held, you started late 1 time, ended 1 session early and cancelled "
        "no sessions with notice and 1 at short notice."
    )
    assert client_words(overall) == ("Attendance 86% (6 of 7), 1 cancellation at short notice.")
    mine = ws.reliability.report(second.client_id)
    assert [m.held for m in mine.months] == [1]
    assert mine.last_months(12, dt.date(2025, 3, 10)).client_cancelled == 1


def test_an_empty_practice_says_so() -> None:
    from counsel_desk.domain.reliability import ReliabilityFigures

    nothing = ReliabilityFigures(None)
    assert practitioner_words(nothing) == "No sessions in this period."
    assert client_words(nothing) == "No sessions were expected in this period."


def test_the_practice_counted_quickly_is_the_practice_counted_record_by_record(workspace):
    """The panel lets the database count plain sessions (SQL mirroring
    ``domain.reliability.plainly_held``): on a demo practice, the figures are the same."""
    from counsel_desk.domain.reliability import monthly_reliability
    from counsel_desk.services.demo import DemoSpec, populate

    populate(workspace, DemoSpec(clients=12, years=2, seed=3))
    records = workspace.alliance_inputs.session_records()
    this_month = dt.date.today().replace(day=1)
    full = tuple(m for m in monthly_reliability(records) if m.month <= this_month)
    assert workspace.reliability.report().months == full
    assert sum(m.held for m in full) > 50
