"""Short notice through the services: each cancellation stored in the vault judged against
the contract in force on its session's date (the practice defaults before any agreement,
which the verdict says), for whoever cancelled; across contract changes (hypothesis,
against a brute-force reading of the same history); and Today's list of recent ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from contractkit import practice_profile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit import PASSPHRASE
from vaultkit import copy_vault

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.version import AgreedHow, set_terms
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace, unlock

FIRST = dt.date(2024, 1, 1)
TODAY = dt.date(2025, 6, 30)
BY = {
    "client": SessionStatus.CANCELLED_BY_CLIENT,
    "practitioner": SessionStatus.CANCELLED_BY_PRACTITIONER,
}


def _client(ws: Workspace, code: str):
    if not ws.practice.get().practitioner_name:
        ws.practice.save(
            practice_profile(client_notice_hours=ws.practice.get().client_notice_hours)
        )
    return ws.clients.add(ClientDraft(code, start_date=FIRST, first_contact=FIRST))


def _agree(ws: Workspace, client_id: int, on: dt.date, client_hours: int, own_hours: int):
    history = ws.contracts.history(client_id)
    draft = ws.contracts.start(client_id, "individual" if not len(history) else None)
    terms = replace(
        draft.terms, client_notice_hours=client_hours, practitioner_notice_hours=own_hours
    )
    ws.contracts.save_draft(set_terms(draft, terms))
    return ws.contracts.agree(client_id, draft.number, on, AgreedHow.IN_SESSION, today=TODAY)


def _cancelled(ws: Workspace, client_id: int, start: dt.datetime, by: str, hours: float) -> int:
    session = ws.sessions.add(SessionDraft(client_id, start))
    ws.attendance.record(session.id, Attendance(BY[by], notice_hours=hours))
    return session.id


def test_a_cancellation_is_short_under_the_new_terms_and_not_under_the_old(workspace):
    ws = workspace
    client = _client(ws, "C-001")
    _agree(ws, client.id, dt.date(2024, 2, 1), 48, 48)
    _agree(ws, client.id, dt.date(2024, 6, 3), 72, 48)
    before = _cancelled(ws, client.id, dt.datetime(2024, 5, 6, 10), "client", 60)
    after = _cancelled(ws, client.id, dt.datetime(2024, 6, 10, 10), "client", 60)
    mine = _cancelled(ws, client.id, dt.datetime(2024, 6, 17, 10), "practitioner", 24)
    attended = ws.sessions.add(SessionDraft(client.id, dt.datetime(2024, 6, 24, 10)))
    verdicts = ws.notice.for_client(client.id)
    assert set(verdicts) == {before, after, mine}
    assert not verdicts[before].short
    assert verdicts[before].version_number == 1
    assert verdicts[after].short
    assert verdicts[after].sentence == (
        "Short notice: 60 hours given, where contract version 2 asks the client for 3 days."
    )
    assert verdicts[mine].short
    assert str(verdicts[mine].sentence).endswith("contract version 2 asks you for 48 hours.")
    assert ws.notice.for_session(after) == verdicts[after]
    assert ws.notice.for_session(attended.id) is None


def test_without_an_agreed_contract_the_practice_defaults_apply_and_say_so(workspace):
    ws = workspace
    ws.practice.save(replace(ws.practice.get(), client_notice_hours=24))
    client = _client(ws, "C-002")
    ws.contracts.start(client.id, "individual")  # a draft is not an agreement
    session = _cancelled(ws, client.id, dt.datetime(2024, 3, 4, 9), "client", 12)
    verdict = ws.notice.for_session(session)
    assert verdict.short
    assert verdict.by_defaults
    assert "your practice defaults ask the client for 24 hours" in str(verdict.sentence)
    assert "(no contract had been agreed by then)" in str(verdict.sentence)


def test_today_lists_recent_cancellations_at_short_notice_on_both_sides(workspace):
    ws = workspace
    one, two = _client(ws, "C-003"), _client(ws, "C-004")
    _agree(ws, one.id, dt.date(2025, 1, 6), 48, 72)
    now = dt.datetime(2025, 6, 30, 12)
    short = _cancelled(ws, one.id, now - dt.timedelta(days=2), "client", 3)
    _cancelled(ws, one.id, now - dt.timedelta(days=3), "client", 50)  # enough notice
    own = _cancelled(ws, two.id, now + dt.timedelta(days=1), "practitioner", 10)
    _cancelled(ws, two.id, now - dt.timedelta(days=40), "client", 1)  # too long ago
    found = ws.contracts.on_today(TODAY, now=now).short_notice
    assert [(s.code, s.session_id) for s in found] == [("C-004", own), ("C-003", short)]
    assert found[0].verdict.by_defaults
    assert found[1].verdict.version_number == 1


# --- across contract changes ----------------------------------------------------------------
versions = st.lists(
    st.tuples(st.integers(0, 400), st.sampled_from([0, 12, 24, 48, 72, 168])),
    min_size=0,
    max_size=3,
)
cancellations = st.lists(
    st.tuples(
        st.integers(0, 500),
        st.sampled_from(["client", "practitioner"]),
        st.sampled_from([0.0, 1.0, 11.5, 12.0, 24.0, 47.9, 48.0, 72.0, 200.0]),
    ),
    min_size=1,
    max_size=5,
)


def _brute_force(agreed: list[tuple[dt.date, int]], day: dt.date, by: str, defaults: int) -> int:
    """The notice the contract in force on ``day`` asks for, found the slow way."""
    in_force = [(on, hours) for on, hours in agreed if on <= day]
    if not in_force:
        return defaults
    hours = in_force[-1][1]
    return hours if by == "client" else 2 * hours


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(versions=versions, cancellations=cancellations)
def test_every_verdict_follows_the_contract_in_force_on_the_day(
    tmp_path_factory, closed_vault_made, versions, cancellations
) -> None:
    # Each example opens its own copy of the run's new, closed vault (creating one per
    # example ran every migration 25 times).
    folder = Path(tmp_path_factory.mktemp("notice")) / "vault"
    ws = unlock(copy_vault(closed_vault_made[0], folder), PASSPHRASE)
    try:
        defaults = ws.practice.get().client_notice_hours
        client = _client(ws, "C-010")
        agreed: list[tuple[dt.date, int]] = []
        for offset, hours in sorted(versions):
            on = FIRST + dt.timedelta(days=offset)
            if agreed and on < agreed[-1][0]:
                continue
            _agree(ws, client.id, on, hours, 2 * hours)
            agreed.append((on, hours))
        sessions = {}
        for n, (offset, by, hours) in enumerate(cancellations):
            start = dt.datetime.combine(FIRST + dt.timedelta(days=offset), dt.time(8 + n))
            sessions[_cancelled(ws, client.id, start, by, hours)] = (start.date(), by, hours)
        verdicts = ws.notice.for_client(client.id)
        assert set(verdicts) == set(sessions)
        for session_id, (day, by, hours) in sessions.items():
            required = _brute_force(agreed, day, by, defaults)
            if not any(on <= day for on, _ in agreed) and by == "practitioner":
                required = ws.practice.get().practitioner_notice_hours
            verdict = verdicts[session_id]
            assert verdict.required_hours == required
            assert verdict.short == (hours < required)
            assert verdict.by_defaults == (not any(on <= day for on, _ in agreed))
        # The alliance's records (timeline, flags, reliability) ask the same judgement.
        records = ws.alliance_inputs.session_records(client.id)
        assert {r.session_id for r in records if r.short_notice} == {
            sid for sid, verdict in verdicts.items() if verdict.short
        }
    finally:
        ws.close()
