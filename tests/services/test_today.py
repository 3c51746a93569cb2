"""Today: the day's and next days' sessions and the outstanding lists, bounded."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.sessions import SessionDraft, SessionStatus

TODAY = dt.date(2024, 5, 8)
NOW = dt.datetime(2024, 5, 8, 12, 0)


def _at(days: int, hour: int) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour))


@pytest.fixture
def diary(workspace):
    c = workspace.clients.add(ClientDraft(code="C-001"))
    d = workspace.clients.add(ClientDraft(code="C-002"))
    s = {}
    for name, client, when in (
        ("last_week_attended", c, _at(-7, 10)),  # attended, no note
        ("last_week_noted", d, _at(-7, 11)),  # attended, finalised note
        ("yesterday_unrecorded", c, _at(-1, 9)),  # still scheduled, no note
        ("yesterday_cancelled", d, _at(-1, 15)),  # cancelled: needs no note
        ("this_morning", c, _at(0, 9)),  # ended, draft note
        ("now_running", d, _at(0, 11) + dt.timedelta(minutes=30)),  # under way at noon
        ("this_evening", c, _at(0, 18)),
        ("in_two_days", d, _at(2, 10)),
        ("in_five_days", c, _at(5, 10)),
        ("long_ago", c, _at(-200, 10)),  # beyond the lookback
    ):
        s[name] = workspace.sessions.add(SessionDraft(client.id, when)).id
    att = workspace.attendance
    att.record(s["last_week_attended"], Attendance(SessionStatus.ATTENDED))
    att.record(s["last_week_noted"], Attendance(SessionStatus.ATTENDED))
    att.record(
        s["yesterday_cancelled"], Attendance(SessionStatus.CANCELLED_BY_CLIENT, notice_hours=2)
    )
    att.record(s["this_morning"], Attendance(SessionStatus.ATTENDED))
    noted = workspace.notes.create(s["last_week_noted"])
    workspace.notes.finalise(noted.id, body="done")
    draft = workspace.notes.create(s["this_morning"], "builtin:dap")
    return workspace, s, draft.id


def test_today_lists_the_day_and_the_days_ahead(diary) -> None:
    ws, s, _ = diary
    view = ws.today.overview(TODAY, days_ahead=3, now=NOW)
    assert [e.session_id for e in view.sessions_today] == [
        s["this_morning"],
        s["now_running"],
        s["this_evening"],
    ]
    assert [e.client_code for e in view.sessions_today] == ["C-001", "C-002", "C-001"]
    assert [e.session_id for e in view.upcoming] == [s["in_two_days"]]
    assert view.latest_session is not None
    assert view.latest_session.session_id == s["now_running"]
    assert view.sessions_today[0].note_count == 1
    assert view.sessions_today[0].draft_count == 1


def test_outstanding_lists(diary) -> None:
    ws, s, draft_id = diary
    view = ws.today.overview(TODAY, now=NOW)
    assert [e.session_id for e in view.without_note.items] == [
        s["yesterday_unrecorded"],
        s["last_week_attended"],
    ]
    assert [e.session_id for e in view.attendance_unrecorded.items] == [s["yesterday_unrecorded"]]
    assert [n.id for n in view.unfinished_notes.items] == [draft_id]
    assert not (view.without_note.more)
    assert not (view.unfinished_notes.more)
    assert view.outstanding_count == 4
    longer = ws.today.overview(TODAY, now=NOW, lookback_days=365)
    assert s["long_ago"] in [e.session_id for e in longer.without_note.items]


def test_outstanding_lists_are_bounded(diary) -> None:
    ws, s, _ = diary
    view = ws.today.overview(TODAY, now=NOW, limit=1)
    assert len(view.without_note.items) == 1
    assert view.without_note.more
    assert [e.session_id for e in view.without_note.items] == [s["yesterday_unrecorded"]]


def test_writing_the_note_and_recording_attendance_clears_them(diary) -> None:
    ws, s, draft_id = diary
    ws.notes.finalise(draft_id, body="Client settled.")
    for key in ("yesterday_unrecorded", "last_week_attended"):
        ws.notes.create(s[key])
    ws.attendance.record(s["yesterday_unrecorded"], Attendance(SessionStatus.DID_NOT_ATTEND))
    view = ws.today.overview(TODAY, now=NOW)
    assert view.without_note.items == ()
    assert view.attendance_unrecorded.items == ()
    assert len(view.unfinished_notes.items) == 2
