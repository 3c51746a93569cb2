"""Practice breaks through the service: a break over booked sessions is refused until the
practitioner says to move or cancel them (never silently); cancelled for a break, a
session is not counted as the practitioner's cancellation; moved, it goes to the same time
in the first free week after the break, with who asked."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.breaks import BreakDraft, BreakKind, BreakOverlaps, OverlapChoice
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.reliability import monthly_reliability, total
from counsel_desk.domain.series import Repeat
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace

MONDAY = dt.datetime(2030, 8, 5, 10)  # far ahead: every session is still booked
BREAK = BreakDraft(
    dt.date(2030, 8, 5), dt.date(2030, 8, 16), BreakKind.HOLIDAY, dt.date(2030, 6, 1), "Summer"
)


@pytest.fixture
def weekly(workspace: Workspace) -> list[int]:
    """C-001 weekly on Mondays at 10 from 29 Jul 2030 for six weeks."""
    client = workspace.clients.add(ClientDraft("C-001"))
    start = MONDAY - dt.timedelta(weeks=1)
    booked = workspace.sessions.add_series(SessionDraft(client.id, start), Repeat.WEEKLY, 6)
    return [s.id for s in booked.sessions]


def _rows(ws: Workspace) -> list[tuple]:
    conn = ws.vault.conn
    return [
        *conn.execute("SELECT * FROM practice_breaks").fetchall(),
        *conn.execute("SELECT * FROM sessions ORDER BY id").fetchall(),
    ]


def test_a_break_with_no_sessions_in_it_is_added(workspace: Workspace) -> None:
    added = workspace.breaks.add(BREAK)
    assert added.added.name == "Summer (holiday)"
    assert added.added.span == "5–16 Aug 2030"
    assert (added.moved, added.cancelled) == ((), ())
    assert workspace.breaks.list() == [added.added]
    entry = workspace.audit.recent(1)[0]
    assert entry.kind == "break_added"
    assert entry.detail == {"break": added.added.id, "moved": 0, "cancelled": 0}


def test_a_break_over_booked_sessions_says_which_and_writes_nothing(
    workspace: Workspace, weekly: list[int]
) -> None:
    before = _rows(workspace)
    with pytest.raises(BreakOverlaps) as caught:
        workspace.breaks.add(BREAK)
    assert [o.session_id for o in caught.value.overlaps] == weekly[1:3]
    assert "2 booked sessions fall in this break: C-001 on Mon 5 Aug at 10:00" in (
        caught.value.message
    )
    assert "never counts as yours" in caught.value.message
    assert _rows(workspace) == before
    assert [o.session_id for o in workspace.breaks.overlapping(BREAK)] == weekly[1:3]


def test_cancelled_for_a_break_they_are_not_the_practitioners_cancellations(
    workspace: Workspace, weekly: list[int]
) -> None:
    added = workspace.breaks.add(BREAK, OverlapChoice.CANCEL)
    assert [s.id for s in added.cancelled] == weekly[1:3]
    for session_id in weekly[1:3]:
        att = workspace.attendance.get(session_id)
        assert att.status is SessionStatus.CANCELLED_BY_PRACTITIONER
        assert att.break_id == added.added.id
        told = dt.datetime(2030, 6, 1)  # the break's told_on: the notice runs from then
        assert att.notice_hours >= (MONDAY - told) / dt.timedelta(hours=1)
    records = workspace.alliance_inputs.session_records()
    figures = total(monthly_reliability(records, workspace.alliance_inputs.practice_breaks()))
    assert figures.practitioner_cancelled == 0
    assert figures.break_cancellations == 2
    assert "not counted as your cancellations" in str(added.summary)


def test_moved_for_a_break_to_the_week_after(workspace: Workspace, weekly: list[int]) -> None:
    added = workspace.breaks.add(BREAK, OverlapChoice.MOVE)
    # 5 and 12 Aug fall in the break; the series itself holds Mondays at 10 up to 2 Sep, so
    # the first free ones after the break are 9 and 16 Sep
    assert [new.start for _old, new in added.moved] == [
        dt.datetime(2030, 9, 9, 10),
        dt.datetime(2030, 9, 16, 10),
    ]
    for old, new in added.moved:
        att = workspace.attendance.get(old.id)
        assert att.status is SessionStatus.RESCHEDULED
        assert att.rescheduled_to_session_id == new.id
        assert (att.asked_by, att.break_id) == (Party.PRACTITIONER, added.added.id)
    assert workspace.audit.recent(1)[0].detail["moved"] == 2


@pytest.mark.parametrize(
    ("draft", "words"),
    [
        (BreakDraft(dt.date(2030, 8, 5), dt.date(2030, 8, 1)), "ends before it begins"),
        (BreakDraft(dt.date(2030, 1, 1), dt.date(2031, 6, 1)), "at most a year"),
        (
            BreakDraft(dt.date(2030, 8, 5), dt.date(2030, 8, 6), told_on=dt.date(2030, 9, 1)),
            "after the break ended",
        ),
        (BreakDraft(dt.date(2030, 8, 5), dt.date(2030, 8, 6), label="x" * 81), "at most 80"),
    ],
)
def test_bad_breaks_are_refused_with_a_sentence(
    workspace: Workspace, draft: BreakDraft, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        workspace.breaks.add(draft)
    assert workspace.breaks.list() == []


def test_removing_a_break_keeps_what_happened_to_its_sessions(
    workspace: Workspace, weekly: list[int]
) -> None:
    added = workspace.breaks.add(BREAK, OverlapChoice.CANCEL)
    workspace.breaks.remove(added.added.id)
    assert workspace.breaks.list() == []
    att = workspace.attendance.get(weekly[1])
    assert att.status is SessionStatus.CANCELLED_BY_PRACTITIONER
    assert workspace.audit.recent(1)[0].kind == "break_removed"


def test_breaks_ahead_are_those_under_way_or_within_eight_weeks(workspace: Workspace) -> None:
    today = dt.date(2030, 7, 1)
    soon = workspace.breaks.add(BreakDraft(dt.date(2030, 8, 5), dt.date(2030, 8, 9))).added
    workspace.breaks.add(BreakDraft(dt.date(2030, 12, 22), dt.date(2031, 1, 2)))
    now = workspace.breaks.add(BreakDraft(dt.date(2030, 6, 28), dt.date(2030, 7, 2))).added
    assert workspace.breaks.ahead(today) == [now, soon]
