"""The client page's header in one read (ClientHeaderService.header): next session, where
the contract stands, open risks, possible and open ruptures."""

from __future__ import annotations

import datetime as dt

import pytest
from contractkit import practice_profile

from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.version import AgreedHow
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.client_header import ContractStanding

NOW = dt.datetime.combine(dt.date.today(), dt.time(9, 30))
DAY = dt.timedelta(days=1)


@pytest.fixture
def client(workspace):
    workspace.practice.save(practice_profile())  # a contract quotes the practice
    return workspace.clients.add(
        ClientDraft(
            code="C-100",
            start_date=NOW.date() - 120 * DAY,
            first_contact=NOW.date() - 125 * DAY,
            identity=ClientIdentity(full_name="Alex Morgan"),
        )
    )


def test_a_new_client_has_no_contract_no_session_and_nothing_to_look_at(workspace, client):
    header = workspace.client_header.header(client.id, NOW)
    assert header.client.code == "C-100"
    assert header.next_session is None
    assert header.contract.standing is ContractStanding.NONE
    assert (header.open_risks, header.possible_ruptures, header.open_ruptures) == ((), 0, 0)
    assert header.highest_risk is None
    assert header.today == NOW.date()


def test_the_next_session_is_the_earliest_still_booked_after_now(workspace, client):
    sessions = workspace.sessions
    add = lambda start, **kw: sessions.add(SessionDraft(client.id, start, **kw))  # noqa: E731
    add(NOW - dt.timedelta(hours=2))  # already begun
    add(NOW + dt.timedelta(days=1), status=SessionStatus.CANCELLED_BY_CLIENT)
    later = add(NOW + dt.timedelta(days=7))
    add(NOW + dt.timedelta(days=14))
    assert workspace.client_header.header(client.id, NOW).next_session == later.start


def test_the_contract_draft_agreed_review_due_and_a_new_draft(workspace, client):
    contracts, today = workspace.contracts, NOW.date()
    state = lambda: workspace.client_header.header(client.id, NOW).contract  # noqa: E731
    contracts.start(client.id, "individual")
    assert (state().standing, state().number) == (ContractStanding.DRAFT, 1)
    agreed_on = today - dt.timedelta(days=60)
    contracts.agree(client.id, 1, agreed_on, AgreedHow.IN_SESSION, today=today)
    assert (state().standing, state().agreed_on) == (ContractStanding.AGREED, agreed_on)
    contracts.set_review(client.id, 1, today + dt.timedelta(days=30))
    assert state().standing is ContractStanding.AGREED  # a month away: not yet due
    contracts.set_review(client.id, 1, today + dt.timedelta(days=3))
    assert (state().standing, state().review_on) == (
        ContractStanding.REVIEW_DUE,
        today + dt.timedelta(days=3),
    )
    assert not state().draft_under_way
    contracts.start(client.id, "individual")  # version 2, beside the one in force
    assert state().draft_under_way
    assert state().number == 1


def test_open_risks_highest_first_and_ruptures_counted(workspace, client):
    today = NOW.date()
    risks = workspace.risks
    low = risks.add(RiskDraft(client.id, today, "a fall", RiskLevel.LOW, review_on=today))
    week = today + 7 * DAY
    risks.add(RiskDraft(client.id, today, "a plan", RiskLevel.HIGH, review_on=week))
    closed = risks.add(RiskDraft(client.id, today, "a worry", RiskLevel.MODERATE, review_on=week))
    risks.close(closed.id, today, "eased")
    session = workspace.sessions.add(SessionDraft(client.id, NOW - dt.timedelta(days=7)))
    workspace.ruptures.log(session.id, "withdrawal", "Went quiet.")
    mended = workspace.ruptures.log(session.id, "confrontation", "Angry at the fee.")
    workspace.ruptures.repair(mended.id, today, "We talked it through.")
    header = workspace.client_header.header(client.id, NOW)
    assert [r.level for r in header.open_risks] == [RiskLevel.HIGH, RiskLevel.LOW]
    assert header.highest_risk is RiskLevel.HIGH
    assert header.nearest_risk_review == low.review_on
    assert header.open_ruptures == 1


def test_possible_ruptures_are_the_flags_not_set_aside(workspace, client):
    """A score under its cutoff raises a possible rupture; set aside, it is not counted."""
    now = dt.datetime.now().replace(second=0, microsecond=0)
    held = [
        workspace.sessions.add(
            SessionDraft(client.id, now - dt.timedelta(days=d), status=SessionStatus.ATTENDED)
        )
        for d in (21, 14, 7)
    ]
    workspace.measures.record_score(held[-1].id, "srs", total="33.5")
    flags = workspace.flags.recent_for_client(client.id)
    assert flags
    header = workspace.client_header.header(client.id, now)
    assert header.possible_ruptures == len(flags)
    workspace.flags.dismiss(client.id, flags[0].key, "We spoke about it.")
    after = workspace.client_header.header(client.id, now)
    assert after.possible_ruptures == len(flags) - 1


def test_a_client_that_is_not_there_raises_a_typed_error(workspace):
    with pytest.raises(CounselDeskError):
        workspace.client_header.header(9999, NOW)
