"""The risk and safeguarding log through the service: logged from a note or on its own,
changed, reviewed and closed, each audited with ids and the level only; bad input is a
sentence with nothing saved; Today's open risks, reviews due and the prompt to make
contact after a missed session or a short-notice cancellation."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.document import Document
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.risk import RiskAction, RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace

TODAY = dt.date.today()
DISCLOSED = "thoughts of ending things after the hearing"


@pytest.fixture
def client_id(workspace: Workspace) -> int:
    draft = ClientDraft("C-004", identity=ClientIdentity(full_name="Noor Hale"))
    return workspace.clients.add(draft).id


def _draft(client_id: int, **changes) -> RiskDraft:
    values = {
        "client_id": client_id,
        "on": TODAY - dt.timedelta(days=3),
        "disclosed": DISCLOSED,
        "level": RiskLevel.HIGH,
        "actions": (RiskAction.SAFETY_PLAN, RiskAction.CRISIS_CONTACTS),
        "told": "GP surgery",
        "told_on": TODAY - dt.timedelta(days=2),
        "review_on": TODAY + dt.timedelta(days=4),
    }
    values.update(changes)
    return RiskDraft(**values)


def _tables(ws: Workspace) -> list[tuple]:
    conn = ws.vault.conn
    return [
        *conn.execute("SELECT * FROM risk_entries").fetchall(),
        *conn.execute("SELECT * FROM risk_reviews").fetchall(),
    ]


def test_a_risk_is_logged_with_two_actions_and_read_back(
    workspace: Workspace, client_id: int
) -> None:
    risk = workspace.risks.add(_draft(client_id))
    assert risk.client_code == "C-004"
    assert risk.actions == (RiskAction.SAFETY_PLAN, RiskAction.CRISIS_CONTACTS)
    assert risk.is_open
    assert not risk.review_due(TODAY)
    assert str(risk.told_text).startswith("GP surgery, on ")
    assert workspace.risks.for_client(client_id) == [risk]
    entry = workspace.audit.recent(1)[0]
    assert entry.kind == "risk_recorded"
    assert entry.detail == {"risk": risk.id, "client": client_id, "level": "high"}
    assert "hearing" not in entry.summary
    assert "GP" not in entry.summary


def test_a_risk_logged_from_a_note_keeps_the_note_and_its_session(
    workspace: Workspace, client_id: int
) -> None:
    session = workspace.sessions.add(SessionDraft(client_id, dt.datetime(2025, 3, 3, 10)))
    note = workspace.notes.create(session.id)
    draft = workspace.risks.draft_from_note(note.id)
    assert (draft.client_id, draft.on, draft.note_id) == (client_id, dt.date(2025, 3, 3), note.id)
    assert draft.review_on == dt.date(2025, 3, 10)
    risk = workspace.risks.add(_draft(client_id, on=draft.on, note_id=note.id, told_on=None,
                                      told=""))  # fmt: skip
    assert (risk.note_id, risk.session_id) == (note.id, session.id)
    assert workspace.risks.for_note(note.id) == [risk]
    assert workspace.audit.recent(1)[0].detail["note"] == note.id


def test_a_note_of_another_client_is_refused(workspace: Workspace, client_id: int) -> None:
    other = workspace.clients.add(ClientDraft("C-005")).id
    session = workspace.sessions.add(SessionDraft(other, dt.datetime(2025, 3, 3, 10)))
    note = workspace.notes.create(session.id)
    with pytest.raises(ValidationError, match="another client"):
        workspace.risks.add(_draft(client_id, note_id=note.id))
    assert _tables(workspace) == []


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"review_on": TODAY - dt.timedelta(days=5)}, "review date is before the risk"),
        ({"review_on": None}, "date to review"),
        ({"disclosed": "  "}, "short phrase what was disclosed"),
        ({"disclosed": "x" * 201}, "at most 200"),
        ({"on": TODAY + dt.timedelta(days=1)}, "in the future"),
        ({"told": "", "told_on": TODAY}, "Say who was told"),
        ({"told_on": None}, "Say when GP surgery was told"),
        ({"told_on": TODAY - dt.timedelta(days=9)}, "before the risk's date"),
        (
            {"actions": (RiskAction.GP_WITH_CONSENT, RiskAction.GP_WITHOUT_CONSENT)},
            "with consent or without",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_is_saved(
    workspace: Workspace, client_id: int, changes: dict, words: str
) -> None:
    entries = workspace.audit.count()
    with pytest.raises(ValidationError, match=words) as caught:
        workspace.risks.add(_draft(client_id, **changes))
    assert caught.value.message.endswith(".")
    assert _tables(workspace) == []
    assert workspace.audit.count() == entries


def test_reviewed_then_closed_with_an_outcome(workspace: Workspace, client_id: int) -> None:
    risk = workspace.risks.add(_draft(client_id))
    reviewed = workspace.risks.review(
        risk.id, TODAY, "phoned; feeling safer", TODAY + dt.timedelta(days=14)
    )
    assert reviewed.review_on == TODAY + dt.timedelta(days=14)
    assert [r.summary for r in reviewed.reviews] == ["phoned; feeling safer"]
    closed = workspace.risks.close(risk.id, TODAY, "safety plan no longer needed")
    assert not closed.is_open
    assert (closed.closed_on, closed.outcome) == (TODAY, "safety plan no longer needed")
    assert str(closed.state).startswith("Closed on ")
    kinds = [e.kind for e in workspace.audit.recent(3)]
    assert kinds == ["risk_closed", "risk_reviewed", "risk_recorded"]
    with pytest.raises(ValidationError, match="already closed"):
        workspace.risks.review(risk.id, TODAY, "again", TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="closed, so it is kept"):
        workspace.risks.update(risk.id, _draft(client_id, level=RiskLevel.LOW))


def test_a_review_needs_a_summary_a_next_date_and_no_earlier_date(
    workspace: Workspace, client_id: int
) -> None:
    risk = workspace.risks.add(_draft(client_id))
    before = _tables(workspace)
    for args, words in (
        ((TODAY, "", TODAY), "what the review found"),
        ((TODAY, "fine", None), "next review"),
        ((TODAY, "fine", TODAY - dt.timedelta(days=1)), "before this review"),
        ((TODAY - dt.timedelta(days=30), "fine", TODAY), "before the risk itself"),
    ):
        with pytest.raises(ValidationError, match=words):
            workspace.risks.review(risk.id, *args)
    with pytest.raises(ValidationError, match="how things stand"):
        workspace.risks.close(risk.id, TODAY, " ")
    assert _tables(workspace) == before


def test_changing_an_open_risk(workspace: Workspace, client_id: int) -> None:
    risk = workspace.risks.add(_draft(client_id))
    changed = workspace.risks.update(
        risk.id, _draft(client_id, level=RiskLevel.IMMEDIATE, actions=(RiskAction.EMERGENCY,))
    )
    assert (changed.level, changed.actions) == (RiskLevel.IMMEDIATE, (RiskAction.EMERGENCY,))
    assert workspace.audit.recent(1)[0].detail["level"] == "immediate"


def _session(ws: Workspace, client_id: int, start: dt.datetime) -> int:
    return ws.sessions.add(SessionDraft(client_id, start)).id


def test_today_lists_open_risks_and_reviews_due(workspace: Workspace, client_id: int) -> None:
    due = workspace.risks.add(_draft(client_id, review_on=TODAY))
    later = workspace.risks.add(_draft(client_id, level=RiskLevel.LOW))
    closed = workspace.risks.add(_draft(client_id, review_on=TODAY))
    workspace.risks.close(closed.id, TODAY, "resolved")
    today = workspace.risks.today()
    assert [r.id for r in today.open] == [due.id, later.id]  # high before low
    assert [r.id for r in today.due] == [due.id]
    assert today.contact == ()


def test_a_missed_session_after_a_risk_prompts_contact_until_followed_up(
    workspace: Workspace, client_id: int
) -> None:
    now = dt.datetime.combine(TODAY, dt.time(18))
    risk = workspace.risks.add(_draft(client_id))
    missed = _session(workspace, client_id, now - dt.timedelta(days=1, hours=4))
    workspace.attendance.record(missed, Attendance(SessionStatus.DID_NOT_ATTEND))
    (prompt,) = workspace.risks.today(now).contact
    assert (prompt.client_code, prompt.session_id, prompt.what) == (
        "C-004",
        missed,
        "missed a session",
    )
    # a review dated after the missed session is the follow-up: the prompt goes
    workspace.risks.review(risk.id, TODAY, "phoned, safe", TODAY + dt.timedelta(days=7))
    assert workspace.risks.today(now).contact == ()


def test_a_short_notice_cancellation_prompts_but_one_with_notice_does_not(
    workspace: Workspace, client_id: int
) -> None:
    now = dt.datetime.combine(TODAY, dt.time(18))
    workspace.risks.add(_draft(client_id))
    early = _session(workspace, client_id, now - dt.timedelta(days=2))
    workspace.attendance.record(
        early,
        Attendance(
            SessionStatus.CANCELLED_BY_CLIENT, received_at=now - dt.timedelta(days=5)
        ),  # three days' notice: enough
    )
    assert workspace.risks.today(now).contact == ()
    short = _session(workspace, client_id, now - dt.timedelta(hours=5))
    workspace.attendance.record(
        short,
        Attendance(SessionStatus.CANCELLED_BY_CLIENT, received_at=now - dt.timedelta(hours=7)),
    )
    (prompt,) = workspace.risks.today(now).contact
    assert (prompt.session_id, prompt.what) == (short, "cancelled at short notice")


def test_coming_to_a_later_session_clears_the_prompt(workspace: Workspace, client_id: int) -> None:
    now = dt.datetime.combine(TODAY, dt.time(18))
    workspace.risks.add(_draft(client_id))
    missed = _session(workspace, client_id, now - dt.timedelta(days=2))
    workspace.attendance.record(missed, Attendance(SessionStatus.DID_NOT_ATTEND))
    came = _session(workspace, client_id, now - dt.timedelta(hours=3))
    workspace.attendance.record(came, Attendance(SessionStatus.ATTENDED))
    assert workspace.risks.today(now).contact == ()


def test_an_absence_before_the_risk_or_without_an_open_risk_prompts_nothing(
    workspace: Workspace, client_id: int
) -> None:
    now = dt.datetime.combine(TODAY, dt.time(18))
    before = _session(workspace, client_id, now - dt.timedelta(days=9))
    workspace.attendance.record(before, Attendance(SessionStatus.DID_NOT_ATTEND))
    workspace.risks.add(_draft(client_id))  # logged three days ago
    assert workspace.risks.today(now).contact == ()


def test_the_log_as_blocks_for_a_bundle_or_a_supervision_summary(
    workspace: Workspace, client_id: int
) -> None:
    """In full for an export or a subject access bundle; anonymised (no free text) for a
    summary; limited to the risks open at some time in a period."""
    old = workspace.risks.add(
        _draft(
            client_id,
            on=TODAY - dt.timedelta(days=90),
            disclosed="an old worry about money",
            told="",
            told_on=None,
            review_on=TODAY - dt.timedelta(days=80),
        )
    )
    workspace.risks.close(old.id, TODAY - dt.timedelta(days=60), "settled")
    workspace.risks.add(_draft(client_id))

    def text(**kwargs) -> str:
        blocks = workspace.risks.log_blocks(client_id, **kwargs)
        return Document("t", tuple(blocks)).text()

    full = text()
    assert DISCLOSED in full
    assert "an old worry about money" in full
    assert "GP surgery" in full
    summary = text(anonymised=True, start=TODAY - dt.timedelta(days=30), end=TODAY)
    assert "Safety plan agreed" in summary
    for words in (DISCLOSED, "GP surgery", "an old worry about money", "settled"):
        assert words not in summary
    assert summary.count("High") == 1  # the old risk, closed before the period, is left out
    assert "No risk logged." in text(end=TODAY - dt.timedelta(days=100))
