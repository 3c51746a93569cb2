"""The demo plan is deterministic for a seed, and fictional data stays plausible."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.demo import plan_practice
from counsel_desk.domain.model import ClientStatus, SessionStatus
from counsel_desk.domain.rules import validate_client

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
