"""Attendance that tells the truth about both sides, through the service: early endings by
agreement, a failed connection or an outside event; a cancellation with how and when word
came (the notice computed from that) and a short reason; a reschedule with who asked; and
the same facts read by the one adapter the alliance features use."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.alliance_records import EarlyEnding
from counsel_desk.domain.attendance import Attendance, EndedEarlyBy, ReceivedBy
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.reliability import monthly_reliability
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace

START = dt.datetime(2025, 3, 4, 10)


@pytest.fixture
def ids(workspace: Workspace) -> tuple[int, int]:
    client = workspace.clients.add(ClientDraft("C-002"))
    return client.id, workspace.sessions.add(SessionDraft(client.id, START)).id


@pytest.mark.parametrize("kind", list(EndedEarlyBy))
def test_every_kind_of_early_ending_is_kept(workspace: Workspace, ids, kind) -> None:
    _client, session = ids
    att = Attendance(SessionStatus.ATTENDED, ended_early_minutes=15, ended_early_by=kind)
    assert workspace.attendance.record(session, att).ended_early_by is kind
    (record,) = workspace.alliance_inputs.session_records()
    assert record.ended_early_by is EarlyEnding(kind.value)
    (month,) = monthly_reliability([record])
    against_me = kind is EndedEarlyBy.PRACTITIONER
    against_client = kind is EndedEarlyBy.CLIENT
    assert month.practitioner_ended_early == int(against_me)
    assert month.client_ended_early == int(against_client)


def test_a_cancellation_keeps_how_and_when_word_came_and_works_out_the_notice(
    workspace: Workspace, ids
) -> None:
    _client, session = ids
    att = workspace.attendance.record(
        session,
        Attendance(
            SessionStatus.CANCELLED_BY_CLIENT,
            received_at=START - dt.timedelta(hours=20, minutes=30),
            received_by=ReceivedBy.TEXT,
            reason="  child  unwell ",
        ),
    )
    assert att.notice_hours == 20.5
    assert (att.received_by, att.reason) == (ReceivedBy.TEXT, "child unwell")
    (record,) = workspace.alliance_inputs.session_records()
    assert record.short_notice  # 20.5 hours, where the default terms ask for 48
    assert monthly_reliability([record])[0].client_cancelled_short_notice == 1


@pytest.mark.parametrize(
    ("att", "words"),
    [
        (
            Attendance(SessionStatus.CANCELLED_BY_CLIENT, received_at=START + dt.timedelta(1)),
            "after the session was due to start",
        ),
        (Attendance(SessionStatus.CANCELLED_BY_CLIENT), "when word of the cancellation came"),
        (
            Attendance(SessionStatus.CANCELLED_BY_CLIENT, received_by=ReceivedBy.EMAIL),
            "when word of the cancellation came",
        ),
        (
            Attendance(SessionStatus.ATTENDED, received_at=START - dt.timedelta(1)),
            "only applies to a cancelled",
        ),
        (
            Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=5, reason="x" * 201),
            "at most 200",
        ),
        (Attendance(SessionStatus.DID_NOT_ATTEND, reason="overslept"), "cancellation only"),
        (Attendance(SessionStatus.ATTENDED, asked_by=Party.CLIENT), "rescheduled session only"),
    ],
)
def test_bad_attendance_is_a_sentence_and_nothing_is_kept(
    workspace: Workspace, ids, att: Attendance, words: str
) -> None:
    _client, session = ids
    before = workspace.attendance.get(session)
    with pytest.raises(ValidationError, match=words):
        workspace.attendance.record(session, att)
    assert workspace.attendance.get(session) == before


def test_a_reschedule_records_who_asked_and_when(workspace: Workspace, ids) -> None:
    _client, session = ids
    new = workspace.attendance.reschedule(
        session,
        START + dt.timedelta(days=2),
        asked_by=Party.CLIENT,
        received_at=START - dt.timedelta(hours=72),
    )
    old = workspace.attendance.get(session)
    assert (old.status, old.asked_by, old.notice_hours) == (
        SessionStatus.RESCHEDULED,
        Party.CLIENT,
        72.0,
    )
    assert old.rescheduled_to_session_id == new.id
    with pytest.raises(ValidationError, match="after the session was due"):
        workspace.attendance.reschedule(
            new.id, START + dt.timedelta(days=9), received_at=new.start + dt.timedelta(hours=1)
        )


def test_notice_recorded_in_hours_still_works(workspace: Workspace, ids) -> None:
    _client, session = ids
    att = Attendance(SessionStatus.CANCELLED_BY_PRACTITIONER, notice_hours=72)
    assert workspace.attendance.record(session, att).notice_hours == 72
    (record,) = workspace.alliance_inputs.session_records()
    assert not record.short_notice
