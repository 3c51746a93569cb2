"""Each demo client's contract history, fitting their story: most agree one version at the
first session; some agree a second (or, over years, a third) with changed terms; a few
still have a draft (just started, or a change not yet agreed); reviews fall due. Pure: it
plans and writes nothing (the writer realises each planned version from the shipped
templates with :func:`realise`).

The plans come from each client's own random streams (seeded by the seed, the client's code
and "contracts" or "boundaries"), so nothing generated before them shifts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, replace

from counsel_desk.demo.boundaries import PlannedBoundaryEvent, plan_boundary_events
from counsel_desk.demo.plans import ClientPlan, PlannedSession
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.parties import ContractDefaults
from counsel_desk.domain.contract.template import ContractTemplate
from counsel_desk.domain.contract.terms import Frequency, LatenessPolicy, Terms
from counsel_desk.domain.contract.version import (
    AgreedHow,
    Agreement,
    ContractStatus,
    ContractVersion,
    draft_from_template,
)
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.sessions import Modality, SessionStatus

TEMPLATE_FOR = {
    Modality.IN_PERSON: "individual",
    Modality.ONLINE: "online",
    Modality.PHONE: "online",
}
FIRST_REVIEW = dt.timedelta(weeks=6)  # "after our first six sessions"
REVIEW_EVERY = dt.timedelta(weeks=13)
CHANGE_AFTER = dt.timedelta(weeks=12)  # a new version comes no sooner than this


@dataclass(frozen=True)
class PlannedContractVersion:
    number: int
    template_id: str  # "individual" or "online"
    terms: Terms
    agreement: Agreement | None = None  # None: still a draft
    superseded_on: dt.date | None = None
    review_on: dt.date | None = None


@dataclass(frozen=True)
class ContractPlan:
    code: str
    versions: tuple[PlannedContractVersion, ...] = ()
    boundary_events: tuple[PlannedBoundaryEvent, ...] = ()


def demo_defaults(profile: PracticeProfile) -> ContractDefaults:
    """The demo practice's contract details and terms: those of its profile."""
    return profile.contract_defaults()


def _first_terms(rng: random.Random, base: Terms, sessions: list[PlannedSession]) -> Terms:
    """What this client first agreed: mostly the practice's terms, with a few differences."""
    regular = [s for s in sessions if s.status is not SessionStatus.RESCHEDULED]
    gap = (regular[1].start - regular[0].start).days if len(regular) > 1 else 7
    fee = rng.choices((base.fee_pence, 4500, 5000), (80, 14, 6))[0]  # some at a lower fee
    return replace(
        base,
        frequency=Frequency.FORTNIGHTLY if gap >= 13 else Frequency.WEEKLY,
        fee_pence=fee,
        client_notice_hours=rng.choices((48, 24), (70, 30))[0],
    )


def _changed(rng: random.Random, terms: Terms) -> Terms:
    """The terms of a later version: one thing agreed differently, now and then more."""
    changes = {
        "fee": lambda t: replace(t, fee_pence=t.fee_pence + rng.choice((500, 500, 1000))),
        "notice": lambda t: replace(
            t, client_notice_hours=72 if t.client_notice_hours >= 48 else 48
        ),
        "own_notice": lambda t: replace(t, practitioner_notice_hours=168),
        "wait": lambda t: replace(t, lateness=LatenessPolicy(15, t.lateness.practitioner)),
    }
    if terms.frequency is Frequency.WEEKLY:
        changes["fortnightly"] = lambda t: replace(t, frequency=Frequency.FORTNIGHTLY)
    for name in rng.sample(sorted(changes), k=len(changes)):  # in a random order, ...
        changed = changes[name](terms)
        if changed != terms:  # ... the first that changes something (or more)
            terms = changed
            if rng.random() < 0.7:
                break
    return terms


def _review(agreed: dt.date, today: dt.date) -> dt.date:
    """The next review of the version in force: six weeks in, then every quarter; a review
    missed by more than three weeks has been held and the next one set."""
    review = agreed + FIRST_REVIEW
    while review < today - dt.timedelta(weeks=3):
        review += REVIEW_EVERY
    return review


def plan_versions(
    client: ClientPlan, seed: int, today: dt.date, defaults: ContractDefaults
) -> tuple[PlannedContractVersion, ...]:
    rng = random.Random(f"{seed}-{client.draft.code}-contracts")
    sessions = client.all_sessions()
    if not sessions:  # an enquiry: sometimes a draft is ready for the first session
        if rng.random() < 0.4:
            return (PlannedContractVersion(1, "individual", defaults.terms),)
        return ()
    template_id = TEMPLATE_FOR[sessions[0].modality]
    terms = _first_terms(rng, defaults.terms, sessions)
    held = [s.start.date() for s in sessions if s.status is SessionStatus.ATTENDED]
    current = client.draft.status in (ClientStatus.ACTIVE, ClientStatus.PAUSED)
    recent = bool(held) and held[0] > today - dt.timedelta(weeks=8)
    if not held or (current and recent and rng.random() < 0.3):  # not yet agreed
        return (PlannedContractVersion(1, template_id, terms),)
    how = rng.choices(list(AgreedHow), (35, 50, 15))[0]
    first = held[0]
    if how is AgreedHow.BY_EMAIL:  # sent home after the first session, agreed a day or two on
        first = min(first + dt.timedelta(days=rng.randint(1, 3)), today, *held[1:2])
    agreed = [(first, how, terms)]
    span = held[-1] - held[0]
    for chance, longer_than in ((0.4, dt.timedelta(weeks=16)), (0.25, dt.timedelta(weeks=80))):
        if span < longer_than or rng.random() >= chance:
            break
        later = [day for day in held if day >= agreed[-1][0] + CHANGE_AFTER]
        if not later:
            break
        how = rng.choices((AgreedHow.IN_SESSION, AgreedHow.SIGNED_PAPER), (70, 30))[0]
        agreed.append((rng.choice(later), how, _changed(rng, agreed[-1][2])))
    versions = []
    for n, (day, how, version_terms) in enumerate(agreed, start=1):
        following = agreed[n][0] if n < len(agreed) else None
        if following is not None:
            review = day + FIRST_REVIEW if day + FIRST_REVIEW < following else None
        elif current:
            review = _review(day, today)
        else:
            review = None  # the work has ended: no review waiting
        versions.append(
            PlannedContractVersion(
                n, template_id, version_terms, Agreement(day, how), following, review
            )
        )
    if current and rng.random() < 0.12:  # a change talked about, not yet agreed
        versions.append(
            PlannedContractVersion(len(versions) + 1, template_id, _changed(rng, agreed[-1][2]))
        )
    return tuple(versions)


def plan_contract(
    client: ClientPlan, seed: int, today: dt.date, defaults: ContractDefaults
) -> ContractPlan:
    """A client's contract versions and boundary events."""
    return ContractPlan(
        client.draft.code,
        plan_versions(client, seed, today, defaults),
        plan_boundary_events(client, seed, today),
    )


def realise(
    planned: PlannedContractVersion,
    templates: Mapping[str, ContractTemplate],
    client_id: int,
    defaults: ContractDefaults,
) -> ContractVersion:
    """The planned version as the vault keeps it, with the template's wording copied in."""
    draft = draft_from_template(
        templates[planned.template_id],
        client_id,
        planned.number,
        ContractDefaults(defaults.practice, planned.terms),
    )
    if planned.agreement is None:
        return draft
    status = ContractStatus.SUPERSEDED if planned.superseded_on else ContractStatus.AGREED
    return replace(
        draft,
        status=status,
        agreement=planned.agreement,
        superseded_on=planned.superseded_on,
        review_on=planned.review_on,
    )


def realise_history(
    plan: ContractPlan,
    templates: Mapping[str, ContractTemplate],
    client_id: int,
    defaults: ContractDefaults,
) -> ContractHistory:
    return ContractHistory(realise(v, templates, client_id, defaults) for v in plan.versions)
