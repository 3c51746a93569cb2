"""The demo plan is deterministic for a seed, and fictional data stays plausible."""

from __future__ import annotations

import datetime as dt

from counsel_desk.demo.diary import CASELOAD, EXTRA_HOURS, WORK_HOURS, closed
from counsel_desk.demo.phrase_banks import NAMES
from counsel_desk.demo.practice import plan_practice
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.rules import validate_client
from counsel_desk.domain.sessions import SessionStatus

TODAY = dt.date(2025, 3, 14)


def test_same_seed_same_plan() -> None:
    assert plan_practice(12, 2.0, seed=7, today=TODAY) == plan_practice(
        12, 2.0, seed=7, today=TODAY
    )


def test_different_seed_different_plan() -> None:
    a = plan_practice(12, 2.0, seed=7, today=TODAY)
    b = plan_practice(12, 2.0, seed=8, today=TODAY)
    assert a != b
    assert [c.draft.identity for c in a.clients] != [c.draft.identity for c in b.clients]


def test_plan_shape() -> None:
    plan = plan_practice(20, 1.5, seed=3, today=TODAY)
    assert len(plan.clients) == 20
    codes = [c.draft.code for c in plan.clients]
    assert codes == [f"C-{n:03d}" for n in range(1, 21)]
    horizon = dt.datetime.combine(TODAY + dt.timedelta(days=14), dt.time(23, 59))
    for client in plan.clients:
        validate_client(client.draft)  # every planned client would be accepted
        if client.draft.status is ClientStatus.ENQUIRY:
            assert client.sessions == ()
        starts = [s.start for s in client.sessions]
        assert starts == sorted(starts)
        for session in client.sessions:
            assert session.start <= horizon
            if session.start.date() >= TODAY:
                assert session.status is SessionStatus.SCHEDULED
            else:
                assert session.status is not SessionStatus.SCHEDULED
    assert any(c.sessions for c in plan.clients)


def _booked(plan):
    """Every time the diary holds: sessions that happened or are still to come."""
    held = (SessionStatus.ATTENDED, SessionStatus.SCHEDULED, SessionStatus.DID_NOT_ATTEND)
    return [s for c in plan.clients for s in c.all_sessions() if s.status in held]


def test_the_diary_never_double_books_and_keeps_office_hours() -> None:
    plan = plan_practice(300, 10, seed=7, today=TODAY)
    booked = _booked(plan)
    starts = [s.start for s in booked]
    assert len(starts) == len(set(starts)), "two clients at the same time"
    assert len(booked) > 8000
    for s in booked:
        assert s.start.weekday() < 5
        assert 8 <= s.start.hour <= 19
        assert not closed(s.start.date()), s.start


def test_a_solo_caseload_stays_believable_at_scale() -> None:
    plan = plan_practice(300, 10, seed=7, today=TODAY)
    per_week: dict[tuple[int, int], int] = {}
    for s in _booked(plan):
        week = s.start.isocalendar()[:2]
        per_week[week] = per_week.get(week, 0) + 1
    assert max(per_week.values()) <= CASELOAD + 6  # a full week plus a few moved sessions
    current = [
        c for c in plan.clients if c.draft.status in (ClientStatus.ACTIVE, ClientStatus.PAUSED)
    ]
    assert 10 <= len(current) <= CASELOAD
    today = [s for s in _booked(plan) if s.start.date() == TODAY]
    assert 0 < len(today) <= len(WORK_HOURS)


def test_a_small_demo_has_current_clients_and_a_working_today() -> None:
    for seed in range(1, 8):
        plan = plan_practice(10, 1.0, seed=seed, today=TODAY)
        current = [c for c in plan.clients if c.draft.status is ClientStatus.ACTIVE]
        assert len(current) >= 3, seed
        ahead = [s for s in _booked(plan) if TODAY <= s.start.date() <= TODAY + dt.timedelta(7)]
        assert ahead, seed


def test_a_rescheduled_session_moves_to_a_free_one_off_time() -> None:
    plan = plan_practice(300, 10, seed=7, today=TODAY)
    moved = [s for c in plan.clients for s in c.sessions if s.status is SessionStatus.RESCHEDULED]
    assert len(moved) > 50
    for s in moved:
        new = s.replacement
        assert new is not None
        assert new.status is not SessionStatus.RESCHEDULED
        assert s.start < new.start <= s.start + dt.timedelta(days=10)
        assert new.start.hour in EXTRA_HOURS
        assert s.notice_hours is not None
        expected = SessionStatus.SCHEDULED if new.start.date() >= TODAY else None
        assert expected is None or new.status is expected
    others = [
        s for c in plan.clients for s in c.sessions if s.status is not SessionStatus.RESCHEDULED
    ]
    assert all(s.replacement is None for s in others)


def test_ended_clients_end_on_their_last_session_and_enquiries_have_none() -> None:
    plan = plan_practice(300, 10, seed=7, today=TODAY)
    for client in plan.clients:
        draft = client.draft
        if draft.status is ClientStatus.ENDED and client.sessions:
            assert draft.end_date == client.sessions[-1].start.date()
            assert draft.end_date < TODAY
        if draft.status is ClientStatus.ENQUIRY:
            assert client.sessions == ()
            assert draft.start_date is None


def test_many_clients_for_the_years_means_shorter_work_not_overbooking() -> None:
    plan = plan_practice(600, 5, seed=2, today=TODAY)
    starts = [s.start for s in _booked(plan)]
    assert len(starts) == len(set(starts))
    waiting = [c for c in plan.clients if c.draft.status is ClientStatus.ENQUIRY]
    assert len(waiting) < 30  # the work shortened to fit; not hundreds on a waiting list


def test_names_suit_the_pronouns_the_notes_will_use() -> None:
    plan = plan_practice(200, 5, seed=4, today=TODAY)
    seen = {c.pronoun for c in plan.clients}
    assert seen == {"she", "he", "they"}
    for client in plan.clients:
        given = client.draft.identity.full_name.split()[0]
        if client.pronoun == "she":
            assert given not in NAMES.given["he"], client.draft.identity.full_name
        if client.pronoun == "he":
            assert given not in NAMES.given["she"], client.draft.identity.full_name
