"""Repeating sessions: booked in one transaction, times that clash left out and listed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.series import Repeat
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.sessions import SessionRepository

TUESDAY = dt.datetime(2031, 6, 3, 10, 0)


@pytest.fixture
def two(workspace: Workspace):
    return (
        workspace.clients.add(ClientDraft(code="C-001")),
        workspace.clients.add(ClientDraft(code="C-002")),
    )


def test_a_weekly_series_is_booked_and_audited_once(workspace: Workspace, two) -> None:
    mine, _other = two
    result = workspace.sessions.add_series(
        SessionDraft(client_id=mine.id, start=TUESDAY, planned_minutes=50), Repeat.WEEKLY, 6
    )
    assert result.skipped == []
    assert result.summary == "Booked 6 sessions."
    starts = [s.start for s in workspace.sessions.for_client(mine.id)]
    assert sorted(starts) == [TUESDAY + dt.timedelta(weeks=n) for n in range(6)]
    assert [s.id for s in result.sessions] == sorted(s.id for s in result.sessions)
    events = workspace.audit.recent()
    assert events[0].kind == "session_series_added"
    assert events[0].detail == {
        "client": mine.id,
        "sessions": 6,
        "first_session": result.sessions[0].id,
    }
    assert [e.kind for e in events].count("session_added") == 0  # one entry, not six


def test_a_fortnightly_series_leaves_out_clashes_and_lists_them(workspace: Workspace, two) -> None:
    mine, other = two
    ws = workspace
    clash = ws.sessions.add(
        SessionDraft(client_id=other.id, start=TUESDAY + dt.timedelta(weeks=2, minutes=30))
    )
    cancelled = ws.sessions.add(
        SessionDraft(client_id=other.id, start=TUESDAY + dt.timedelta(weeks=4))
    )
    ws.sessions.set_status(cancelled.id, SessionStatus.CANCELLED_BY_CLIENT)
    own = ws.sessions.add(SessionDraft(client_id=mine.id, start=TUESDAY + dt.timedelta(weeks=6)))

    result = ws.sessions.add_series(
        SessionDraft(client_id=mine.id, start=TUESDAY), Repeat.FORTNIGHTLY, 8
    )
    assert [s.start for s in result.sessions] == [
        TUESDAY,
        TUESDAY + dt.timedelta(weeks=4),  # the cancelled session freed this time
    ]
    assert [(s.start, s.booked_code) for s in result.skipped] == [
        (TUESDAY + dt.timedelta(weeks=2), "C-002"),
        (TUESDAY + dt.timedelta(weeks=6), "C-001"),
    ]
    assert result.summary == (
        "Booked 2 of 4 sessions. 2 were left out because another session is already booked "
        "then: Tue 17 Jun 2031, 10:00 (you see C-002 at 10:30); Tue 15 Jul 2031, 10:00 "
        "(you see C-001 at 10:00)."
    )
    assert ws.sessions.get(clash.id).start == clash.start  # nothing else moved
    assert len(ws.sessions.for_client(mine.id)) == 3  # own + two new
    assert own in ws.sessions.for_client(mine.id)


def test_a_series_with_no_free_time_is_refused_and_adds_nothing(workspace: Workspace, two) -> None:
    mine, other = two
    for week in range(3):
        workspace.sessions.add(
            SessionDraft(client_id=other.id, start=TUESDAY + dt.timedelta(weeks=week))
        )
    before = workspace.sessions.count()
    with pytest.raises(ValidationError, match=r"^Nothing was booked") as info:
        workspace.sessions.add_series(
            SessionDraft(client_id=mine.id, start=TUESDAY), Repeat.WEEKLY, 3
        )
    assert "Tue 17 Jun 2031, 10:00 (you see C-002 at 10:00)" in info.value.message
    assert workspace.sessions.count() == before


def test_a_series_is_one_transaction(workspace: Workspace, two) -> None:
    """If one session cannot be written, none is, and nothing is audited."""
    mine, _other = two
    good = SessionDraft(client_id=mine.id, start=TUESDAY)
    drafts = [good, replace(good, start=TUESDAY + dt.timedelta(weeks=1))]
    drafts.append(replace(good, client_id=9999, start=TUESDAY + dt.timedelta(weeks=2)))
    audit_before = workspace.audit.count()
    with pytest.raises(NotFound), workspace.vault.work:
        SessionRepository(workspace.vault.conn).add_series(drafts)
    assert workspace.sessions.count() == 0
    assert workspace.audit.count() == audit_before


def test_a_series_for_a_vanished_client_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        workspace.sessions.add_series(SessionDraft(client_id=42, start=TUESDAY), Repeat.WEEKLY, 4)
