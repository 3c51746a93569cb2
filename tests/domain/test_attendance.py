"""Attendance validation: minutes within the session, notice for cancellations, who ended it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.attendance import Attendance, EndedEarlyBy, validate_attendance
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionStatus as S

START = dt.datetime(2024, 5, 1, 10, 0)


def test_an_attended_session_with_lateness_and_an_early_ending_is_valid() -> None:
    att = Attendance(
        S.ATTENDED,
        actual_start=START + dt.timedelta(minutes=5),
        actual_end=START + dt.timedelta(minutes=45),
        client_late_minutes=5,
        ended_early_minutes=5,
        ended_early_by=EndedEarlyBy.CLIENT,
    )
    assert validate_attendance(att, 50) is att


@pytest.mark.parametrize(
    ("att", "words"),
    [
        (Attendance(S.SCHEDULED), "Choose what happened"),
        (Attendance(S.ATTENDED, client_late_minutes=-1), "negative"),
        (Attendance(S.ATTENDED, practitioner_late_minutes=51), "longer than the session"),
        (Attendance(S.ATTENDED, client_late_minutes=30, ended_early_minutes=30,
                    ended_early_by=EndedEarlyBy.CLIENT), "add up"),
        (Attendance(S.ATTENDED, ended_early_minutes=10), "who ended"),
        (Attendance(S.ATTENDED, ended_early_by=EndedEarlyBy.PRACTITIONER), "how many minutes"),
        (Attendance(S.CANCELLED_BY_CLIENT), "notice"),
        (Attendance(S.CANCELLED_BY_PRACTITIONER, notice_hours=-2), "between 0 hours"),
        (Attendance(S.ATTENDED, notice_hours=3), "Notice only applies"),
        (Attendance(S.DID_NOT_ATTEND, client_late_minutes=5), "took place"),
        (Attendance(S.CANCELLED_BY_CLIENT, notice_hours=2, actual_start=START), "took place"),
        (Attendance(S.RESCHEDULED), "Reschedule"),
        (Attendance(S.ATTENDED, rescheduled_to_session_id=4), "Only a rescheduled"),
        (Attendance(S.ATTENDED, actual_start=START, actual_end=START), "before the actual start"),
        (Attendance(S.ATTENDED, client_late_minutes=2.5), "whole number"),  # type: ignore[arg-type]
    ],
)  # fmt: skip
def test_invalid_attendance_is_refused_with_a_sentence(att: Attendance, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        validate_attendance(att, 50)
    assert caught.value.message.endswith((".", "…"))


def test_a_cancellation_keeps_its_notice_and_none_is_zero_hours() -> None:
    """Whether it was short notice is the contract's to say (services/notice.py)."""
    late = validate_attendance(Attendance(S.CANCELLED_BY_CLIENT, notice_hours=12), 50)
    assert late.is_cancellation
    assert late.notice_hours == 12
    none = validate_attendance(Attendance(S.CANCELLED_BY_PRACTITIONER, notice_hours=0), 50)
    assert none.notice_hours == 0
    assert not Attendance(S.ATTENDED).is_cancellation


@given(
    late=st.integers(-5, 80),
    early=st.integers(-5, 80),
    length=st.integers(5, 120),
)
def test_minutes_are_accepted_exactly_when_within_the_session(
    late: int, early: int, length: int
) -> None:
    att = Attendance(
        S.ATTENDED,
        client_late_minutes=late,
        ended_early_minutes=early,
        ended_early_by=EndedEarlyBy.PRACTITIONER if early else None,
    )
    ok = late >= 0 and early >= 0 and late + early <= length
    try:
        validate_attendance(att, length)
    except ValidationError:
        assert not ok
    else:
        assert ok
