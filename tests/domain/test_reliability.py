"""Reliability figures month by month, on both sides: worked examples, practice breaks never
counted as the practitioner's cancellations, and properties (per client adds up to the
practice, order never matters)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_desk.domain.alliance_records import (
    EarlyEnding,
    PracticeBreak,
    SessionRecord,
    session_record,
)
from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.reliability import (
    COUNTS,
    ReliabilityFigures,
    monthly_reliability,
    reliability_by_client,
    total,
)
from counsel_desk.domain.sessions import Modality, Session
from counsel_desk.domain.sessions import SessionStatus as S

_ids = iter(range(1, 10**9))


def rec(day: str, status: S = S.ATTENDED, client: int = 1, **details: object) -> SessionRecord:
    start = dt.datetime.fromisoformat(f"{day}T10:00")
    return SessionRecord(next(_ids), client, start, status, **details)  # type: ignore[arg-type]


MARCH = [
    rec("2025-03-03"),
    rec("2025-03-10", practitioner_late_minutes=5, client_late_minutes=10),
    rec("2025-03-17", ended_early_minutes=10, ended_early_by=EarlyEnding.PRACTITIONER),
    rec("2025-03-24", ended_early_minutes=5, ended_early_by=EarlyEnding.AGREED),
    rec("2025-03-31", ended_early_minutes=15, ended_early_by=EarlyEnding.CLIENT),
    rec("2025-03-05", S.CANCELLED_BY_CLIENT, short_notice=True),
    rec("2025-03-12", S.CANCELLED_BY_CLIENT),
    rec("2025-03-19", S.CANCELLED_BY_PRACTITIONER, short_notice=True),
    rec("2025-03-26", S.CANCELLED_BY_PRACTITIONER),
    rec("2025-03-28", S.DID_NOT_ATTEND),
    rec("2025-03-29", S.RESCHEDULED),
    rec("2025-03-30", S.SCHEDULED),
]


def test_a_month_counted_on_both_sides() -> None:
    (march,) = monthly_reliability(MARCH)
    assert march == ReliabilityFigures(
        month=dt.date(2025, 3, 1),
        held=5,
        practitioner_late=1,
        practitioner_late_minutes=5,
        practitioner_ended_early=1,
        ended_early_by_agreement=1,
        practitioner_cancelled_with_notice=1,
        practitioner_cancelled_short_notice=1,
        break_cancellations=0,
        client_late=1,
        client_ended_early=1,
        client_cancelled_with_notice=1,
        client_cancelled_short_notice=1,
        did_not_attend=1,
        rescheduled=1,
    )
    assert march.practitioner_cancelled == 2
    assert march.client_cancelled == 2
    assert march.client_expected == 8  # 5 held, 2 cancelled by the client, 1 missed
    assert march.attendance_rate == 5 / 8


def test_cancellations_in_a_practice_break_are_not_the_practitioners() -> None:
    august = PracticeBreak(dt.date(2025, 8, 4), dt.date(2025, 8, 15), "Summer break")
    records = [
        rec("2025-08-04", S.CANCELLED_BY_PRACTITIONER, short_notice=True),  # first day
        rec("2025-08-15", S.CANCELLED_BY_PRACTITIONER),  # last day
        rec("2025-08-18", S.CANCELLED_BY_PRACTITIONER),  # the Monday after: counted
        rec("2025-08-06", S.CANCELLED_BY_CLIENT),  # the client's own: counted as theirs
    ]
    (month,) = monthly_reliability(records, [august])
    assert month.break_cancellations == 2
    assert month.practitioner_cancelled == 1
    assert month.practitioner_cancelled_with_notice == 1
    assert month.client_cancelled_with_notice == 1
    (without,) = monthly_reliability(records)
    assert without.practitioner_cancelled == 3
    assert without.break_cancellations == 0


def test_overlapping_and_touching_breaks_are_one() -> None:
    breaks = [
        PracticeBreak(dt.date(2025, 12, 22), dt.date(2025, 12, 31)),
        PracticeBreak(dt.date(2026, 1, 1), dt.date(2026, 1, 2)),
        PracticeBreak(dt.date(2025, 12, 24), dt.date(2025, 12, 26)),
    ]
    days = ["2025-12-21", "2025-12-22", "2025-12-31", "2026-01-02", "2026-01-03"]
    counted = monthly_reliability([rec(d, S.CANCELLED_BY_PRACTITIONER) for d in days], breaks)
    assert [(m.break_cancellations, m.practitioner_cancelled) for m in counted] == [(2, 1), (1, 1)]


def test_months_between_are_there_with_zeros_unless_asked_not_to() -> None:
    records = [rec("2025-01-06"), rec("2025-04-07"), rec("2025-04-14", client=2)]
    months = monthly_reliability(records)
    assert [m.month for m in months] == [dt.date(2025, n, 1) for n in (1, 2, 3, 4)]
    assert [m.held for m in months] == [1, 0, 0, 2]
    assert months[1].attendance_rate is None
    assert [m.month.month for m in monthly_reliability(records, fill=False)] == [1, 4]  # type: ignore[union-attr]
    assert [m.held for m in monthly_reliability(records, client_id=2)] == [1]
    assert monthly_reliability([]) == ()


def test_the_total_of_a_period() -> None:
    months = monthly_reliability([*MARCH, rec("2025-04-07"), rec("2025-04-09", S.DID_NOT_ATTEND)])
    whole = total(months)
    assert whole.month is None
    assert whole.held == 6
    assert whole.did_not_attend == 2
    assert whole.attendance_rate == 6 / 10


def test_a_session_and_its_attendance_become_a_record() -> None:
    session = Session(4, 2, dt.datetime(2025, 3, 3, 10), 50, Modality.ONLINE, S.ATTENDED)
    held = Attendance(
        S.ATTENDED,
        client_late_minutes=5,
        ended_early_minutes=10,
        ended_early_by=EndedEarlyBy.PRACTITIONER,
    )
    record = session_record(session, held, short_notice=True)  # only a cancellation is late
    assert record == SessionRecord(
        4,
        2,
        session.start,
        S.ATTENDED,
        client_late_minutes=5,
        ended_early_minutes=10,
        ended_early_by=EarlyEnding.PRACTITIONER,
    )
    late = Attendance(S.CANCELLED_BY_CLIENT, notice_hours=12)
    assert session_record(session, late, short_notice=True).short_notice
    assert not session_record(session, late, short_notice=False).short_notice
    assert not session_record(session, late).short_notice
    planned = Session(5, 2, dt.datetime(2025, 3, 10, 10), 50, Modality.ONLINE, S.SCHEDULED)
    assert session_record(planned, None, short_notice=True).status is S.SCHEDULED


# --- properties ----------------------------------------------------------------------

DAYS = st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31))


@st.composite
def records(draw: st.DrawFn) -> list[SessionRecord]:
    out = []
    for n in range(draw(st.integers(0, 40))):
        day = draw(DAYS)
        status = draw(st.sampled_from(list(S)))
        details: dict[str, object] = {"short_notice": draw(st.booleans())}
        if status is S.ATTENDED:
            details["client_late_minutes"] = draw(st.sampled_from([0, 0, 5]))
            details["practitioner_late_minutes"] = draw(st.sampled_from([0, 0, 3]))
            by = draw(st.sampled_from([None, *EarlyEnding]))
            if by is not None:
                details.update(ended_early_by=by, ended_early_minutes=10)
        start = dt.datetime.combine(day, dt.time(9 + n % 8))
        out.append(SessionRecord(n, draw(st.integers(1, 4)), start, status, **details))  # type: ignore[arg-type]
    return out


BREAKS = [
    PracticeBreak(dt.date(2024, 8, 5), dt.date(2024, 8, 16)),
    PracticeBreak(dt.date(2024, 12, 23), dt.date(2025, 1, 3)),
]


@settings(max_examples=60)
@given(records(), st.randoms(use_true_random=False))
def test_per_client_figures_add_up_to_the_practice_in_any_order(
    found: list[SessionRecord], rnd: random.Random
) -> None:
    practice = monthly_reliability(found, BREAKS, fill=False)
    shuffled = rnd.sample(found, len(found))
    assert monthly_reliability(shuffled, BREAKS, fill=False) == practice
    by_client = reliability_by_client(shuffled, BREAKS, fill=False)
    for month in practice:
        parts = [m for months in by_client.values() for m in months if m.month == month.month]
        summed = total(parts)
        assert [getattr(summed, c) for c in COUNTS] == [getattr(month, c) for c in COUNTS]
    for client, months in by_client.items():
        assert monthly_reliability(found, BREAKS, client_id=client, fill=False) == months


@settings(max_examples=60)
@given(records())
def test_every_session_that_happened_is_counted_once(found: list[SessionRecord]) -> None:
    whole = total(monthly_reliability(found, BREAKS))
    happened = [r for r in found if r.status is not S.SCHEDULED]
    counted = (
        whole.held
        + whole.practitioner_cancelled
        + whole.break_cancellations
        + whole.client_cancelled
        + whole.did_not_attend
        + whole.rescheduled
    )
    assert counted == len(happened)
    assert whole.attendance_rate is None or 0 <= whole.attendance_rate <= 1


@pytest.mark.parametrize("by", list(EarlyEnding))
def test_an_early_ending_counts_against_whoever_ended_it(by: EarlyEnding) -> None:
    (month,) = monthly_reliability([rec("2025-05-05", ended_early_minutes=5, ended_early_by=by)])
    assert (
        month.client_ended_early,
        month.practitioner_ended_early,
        month.ended_early_by_agreement,
    ) == {
        EarlyEnding.CLIENT: (1, 0, 0),
        EarlyEnding.PRACTITIONER: (0, 1, 0),
        EarlyEnding.AGREED: (0, 0, 1),
    }[by]
