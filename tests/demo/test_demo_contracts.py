"""The demo's contract histories and boundary events: each fits its client's story, follows
the domain's own rules when replayed through them, and comes from streams of its own."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter

import pytest

from counsel_desk.demo.contracts import (
    ContractPlan,
    demo_defaults,
    plan_contract,
    realise,
    realise_history,
)
from counsel_desk.demo.plans import ClientPlan, PracticePlan
from counsel_desk.demo.practice import plan_practice
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.contract.boundaries import (
    BoundaryEvent,
    BoundaryKind,
    Initiator,
    validate_boundary_event,
)
from counsel_desk.domain.contract.checklist import checklist
from counsel_desk.domain.contract.clauses import STANDARD
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.notice import Cancellation, classify
from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.contract.version import ContractStatus, set_terms
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.contract_templates import builtin_contract_templates

TODAY = dt.date(2025, 3, 14)
TEMPLATES = {t.id: t for t in builtin_contract_templates().templates}


@functools.cache
def practice(clients: int, years: float, seed: int) -> PracticePlan:
    return plan_practice(clients, years, seed, TODAY)


@functools.cache
def planned(clients: int, years: float, seed: int) -> tuple[tuple[ClientPlan, ContractPlan], ...]:
    plan = practice(clients, years, seed)
    defaults = demo_defaults(plan.profile)
    return tuple((c, plan_contract(c, seed, TODAY, defaults)) for c in plan.clients)


def facts(client: ClientPlan) -> ClientFacts:
    return ClientFacts(client.draft.code, first_contact=client.draft.start_date)


def test_the_same_seed_plans_the_same_and_each_client_has_streams_of_their_own() -> None:
    plan = practice(40, 3.0, 5)
    defaults = demo_defaults(plan.profile)
    again = [plan_contract(c, 5, TODAY, defaults) for c in plan.clients]
    assert [p for _, p in planned(40, 3.0, 5)] == again
    # a client's plan does not depend on which other clients there are
    alone = plan_contract(plan.clients[17], 5, TODAY, defaults)
    assert alone == again[17]
    assert plan_contract(plan.clients[17], 6, TODAY, defaults) != alone


@pytest.mark.parametrize(("clients", "years", "seed"), [(40, 3.0, 5), (300, 10.0, 7)])
def test_every_history_replays_through_the_domains_rules(
    clients: int, years: float, seed: int
) -> None:
    """Agreeing each planned version in turn, as a practitioner would, gives the same
    versions the plan realises: no rule of the domain is broken by the demo."""
    defaults = demo_defaults(practice(clients, years, seed).profile)
    for n, (client, plan) in enumerate(planned(clients, years, seed), start=1):
        realised = realise_history(plan, TEMPLATES, n, defaults)
        replay = ContractHistory([])
        for version in plan.versions:
            draft = replay.start(n, defaults, TEMPLATES[version.template_id])
            draft = set_terms(draft, version.terms)  # as typed into the editor
            replay = replay.with_changes(draft)
            assert checklist(draft, facts(client)) == ()
            if version.agreement is not None:
                changed = replay.agree(
                    version.number,
                    version.agreement.on,
                    version.agreement.how,
                    client=facts(client),
                    today=TODAY,
                )
                replay = replay.with_changes(*changed)
        for mine, theirs in zip(replay.versions, realised.versions, strict=True):
            assert mine.status == theirs.status
            assert mine.agreement == theirs.agreement
            assert mine.superseded_on == theirs.superseded_on
            assert mine.terms == theirs.terms
            assert mine.clauses == theirs.clauses


def test_the_histories_fit_the_stories() -> None:
    shapes: Counter[str] = Counter()
    for client, plan in planned(300, 10.0, 7):
        held = [s for s in client.all_sessions() if s.status is SessionStatus.ATTENDED]
        versions = plan.versions
        drafts = [v for v in versions if v.agreement is None]
        assert len(drafts) <= 1
        if drafts:
            assert drafts[0] is versions[-1]  # a draft is always the newest
        if not client.sessions:
            shapes["enquiry, draft ready" if versions else "enquiry"] += 1
            continue
        assert versions, client.draft.code  # everyone who has had a session has one
        template = versions[0].template_id
        online = client.sessions[0].modality.value != "in_person"
        assert template == ("online" if online else "individual")
        agreed = [v for v in versions if v.agreement is not None]
        if agreed:
            first = agreed[0].agreement
            assert first is not None
            assert held[0].start.date() <= first.on <= held[0].start.date() + dt.timedelta(days=3)
            for before, after in itertools.pairwise(agreed):
                assert before.terms != after.terms  # a new version changes something
                assert after.agreement.on - before.agreement.on >= dt.timedelta(weeks=12)  # type: ignore[union-attr]
        in_force = agreed[-1] if agreed else None
        current = client.draft.status in (ClientStatus.ACTIVE, ClientStatus.PAUSED)
        if in_force is not None and current:
            assert in_force.review_on is not None
            assert in_force.review_on >= TODAY - dt.timedelta(weeks=3)
        shapes[f"{len(agreed)} agreed" + (", draft" if drafts else "")] += 1
    assert shapes["1 agreed"] > 0.6 * sum(shapes.values())  # most: one version
    assert shapes["2 agreed"] >= 30  # some: a second with changed terms
    assert shapes["3 agreed"] >= 1
    assert sum(n for shape, n in shapes.items() if "draft" in shape) >= 2  # a few drafts


def test_some_reviews_are_due_today() -> None:
    defaults = demo_defaults(practice(300, 10.0, 7).profile)
    due = [
        client.draft.code
        for n, (client, plan) in enumerate(planned(300, 10.0, 7), start=1)
        if client.draft.status is ClientStatus.ACTIVE
        and realise_history(plan, TEMPLATES, n, defaults).review_due(TODAY)
    ]
    assert 2 <= len(due) <= 15


def test_boundary_events_come_at_a_believable_rate_and_fit_the_sessions() -> None:
    total, years, per_client = 0, 0.0, []
    kinds: Counter[BoundaryKind] = Counter()
    for client, plan in planned(300, 10.0, 7):
        held = [s for s in client.all_sessions() if s.status is SessionStatus.ATTENDED]
        events = plan.boundary_events
        assert [e.on for e in events] == sorted(e.on for e in events)
        if len(held) < 2:
            assert events == ()
            continue
        span = max((held[-1].start - held[0].start).days, 7) / 365.25
        years += span
        total += len(events)
        per_client.append(len(events))
        assert len(events) <= max(1, 3 * span + 1)
        starts = {s.start: s for s in held}
        for event in events:
            kinds[event.kind] += 1
            assert held[0].start.date() <= event.on < TODAY
            assert not re.search(r"[{}]", event.what_happened + event.what_was_done)
            validate_boundary_event(
                BoundaryEvent(7, event.on, event.kind, event.initiated_by,
                              event.what_happened, event.what_was_done, event.clause_key),
                today=TODAY, first_contact=held[0].start.date(), clause_keys=tuple(STANDARD),
            )  # fmt: skip
            if event.session_start is not None:
                session = starts[event.session_start]  # one of the client's held sessions
                assert session.start.date() <= event.on
            if event.kind is BoundaryKind.LATENESS:
                assert (starts[event.session_start].client_late_minutes or 0) >= 10  # type: ignore[index]
            if event.kind is BoundaryKind.CHANCE_MEETING:
                assert event.initiated_by is Initiator.NOBODY
    assert 0.5 <= total / years <= 2.0  # about one a year of work
    assert per_client.count(0) > 0.3 * len(per_client)  # many clients test no boundary
    assert kinds.most_common(1)[0][0] is BoundaryKind.CONTACT
    assert len(kinds) == len(BoundaryKind)


def test_the_demos_cancellations_are_short_notice_or_not_by_the_contract() -> None:
    defaults = demo_defaults(practice(300, 10.0, 7).profile)
    verdicts: Counter[tuple[str, bool, bool]] = Counter()
    for n, (client, plan) in enumerate(planned(300, 10.0, 7), start=1):
        history = realise_history(plan, TEMPLATES, n, defaults)
        for session in client.all_sessions():
            by = {
                SessionStatus.CANCELLED_BY_CLIENT: Party.CLIENT,
                SessionStatus.CANCELLED_BY_PRACTITIONER: Party.PRACTITIONER,
            }.get(session.status)
            if by is None:
                continue
            assert session.notice_hours is not None
            verdict = classify(
                Cancellation(by, session.start, notice_hours=session.notice_hours),
                history,
                defaults.terms,
            )
            verdicts[(by.value, verdict.short, verdict.by_defaults)] += 1
    for who in ("client", "practitioner"):
        assert verdicts[(who, True, False)] > 20, verdicts
        assert verdicts[(who, False, False)] > 20, verdicts
    assert sum(n for (_, _, by_defaults), n in verdicts.items() if by_defaults) < 0.05 * sum(
        verdicts.values()
    )  # nearly every cancellation falls under an agreed contract


def test_a_realised_version_is_the_templates_wording_with_the_planned_terms() -> None:
    plan = practice(40, 3.0, 5)
    defaults = demo_defaults(plan.profile)
    client, contract = next((c, p) for c, p in planned(40, 3.0, 5) if len(p.versions) >= 2)
    first, second = (realise(v, TEMPLATES, 3, defaults) for v in contract.versions[:2])
    assert first.status is ContractStatus.SUPERSEDED
    assert first.superseded_on == contract.versions[1].agreement.on  # type: ignore[union-attr]
    assert first.clauses == TEMPLATES[first.template_id].clauses
    assert second.terms == contract.versions[1].terms
    assert first.practice.practitioner_name == plan.profile.practitioner_name
    assert checklist(second, facts(client)) == ()
