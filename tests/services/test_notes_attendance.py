"""Attendance recorded as data: round trips, a late cancellation, rescheduling with a link."""

from __future__ import annotations

import datetime as dt

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.attendance import Attendance, EndedEarlyBy
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.errors import NotFound

START = dt.datetime(2024, 5, 1, 10, 0)


@pytest.fixture
def session_id(workspace) -> int:
    client = workspace.clients.add(ClientDraft(code="C-010"))
    return workspace.sessions.add(SessionDraft(client.id, START)).id


def test_a_new_session_has_no_attendance_recorded(workspace, session_id: int) -> None:
    att = workspace.attendance.get(session_id)
    assert att.status is SessionStatus.SCHEDULED
    assert att.recorded_at is None
    assert att.client_late_minutes == 0
    assert att.notice_hours is None


def test_attended_with_lateness_on_both_sides_round_trips(workspace, session_id: int) -> None:
    att = Attendance(
        SessionStatus.ATTENDED,
        actual_start=START + dt.timedelta(minutes=7),
        actual_end=START + dt.timedelta(minutes=50),
        client_late_minutes=5,
        practitioner_late_minutes=2,
        ended_early_minutes=7,
        ended_early_by=EndedEarlyBy.PRACTITIONER,
    )
    stored = workspace.attendance.record(session_id, att)
    assert stored.recorded_at is not None
    assert stored.recorded_at.tzinfo is dt.UTC
    assert stored == Attendance(**{**att.__dict__, "recorded_at": stored.recorded_at})
    assert workspace.sessions.get(session_id).status is SessionStatus.ATTENDED


def test_late_cancellation_with_12_hours_notice_survives_reopening(
    workspace, session_id: int
) -> None:
    folder = workspace.folder
    workspace.attendance.record(
        session_id, Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=12)
    )
    workspace.close()
    reopened = unlock(folder, PASSPHRASE)
    try:
        att = reopened.attendance.get(session_id)
        assert att.status is SessionStatus.CANCELLED_BY_CLIENT
        assert att.notice_hours == 12
        verdict = reopened.notice.for_session(session_id)
        assert verdict.short  # the practice's default asks for 48 hours
        assert verdict.by_defaults
        assert att.is_cancellation
        assert att.client_late_minutes == 0
        assert att.ended_early_by is None
    finally:
        reopened.close()


def test_invalid_attendance_is_refused_and_nothing_is_stored(workspace, session_id: int) -> None:
    with pytest.raises(ValidationError, match="longer than the session"):
        workspace.attendance.record(
            session_id, Attendance(SessionStatus.ATTENDED, client_late_minutes=51)
        )
    with pytest.raises(ValidationError, match="notice"):
        workspace.attendance.record(session_id, Attendance(SessionStatus.CANCELLED_BY_CLIENT))
    assert workspace.attendance.get(session_id).recorded_at is None
    with pytest.raises(NotFound):
        workspace.attendance.record(999, Attendance(SessionStatus.ATTENDED))


def test_recording_again_replaces_the_earlier_record(workspace, session_id: int) -> None:
    workspace.attendance.record(
        session_id, Attendance(SessionStatus.ATTENDED, client_late_minutes=10)
    )
    att = workspace.attendance.record(session_id, Attendance(SessionStatus.DID_NOT_ATTEND))
    assert att.status is SessionStatus.DID_NOT_ATTEND
    assert att.client_late_minutes == 0


def test_rescheduling_books_a_linked_session(workspace, session_id: int) -> None:
    new_start = START + dt.timedelta(days=2, hours=3)
    new = workspace.attendance.reschedule(session_id, new_start, notice_hours=48)
    assert new.id != session_id
    assert new.start == new_start
    assert new.status is SessionStatus.SCHEDULED
    assert new.planned_minutes == 50
    old = workspace.attendance.get(session_id)
    assert old.status is SessionStatus.RESCHEDULED
    assert old.rescheduled_to_session_id == new.id
    assert old.notice_hours == 48
    with pytest.raises(ValidationError, match="already rescheduled"):
        workspace.attendance.reschedule(session_id, new_start + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="same as the old"):
        workspace.attendance.reschedule(new.id, new_start)
