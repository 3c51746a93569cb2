"""Each demo client's boundary events at a believable rate: about one a year of work on
average, none for many clients, a handful for a few, fitting what happened at their
sessions (lateness where they were late, a gift at an ending). Pure; the words come from
``resources/demo/boundaries.toml``.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from counsel_desk.demo.phrase_banks import BOUNDARIES
from counsel_desk.demo.plans import ClientPlan, PlannedSession
from counsel_desk.demo.wording import fill
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.contract.boundaries import BoundaryKind, Initiator
from counsel_desk.domain.sessions import SessionStatus

RATE_PER_YEAR = 1.0
PROPENSITY = (0.0, 0.0, 0.5, 1.0, 1.0, 1.5, 2.5)  # some clients test no boundary at all
MOST_PER_YEAR = 3
K = BoundaryKind
KIND_WEIGHTS = {
    K.CONTACT: 30,
    K.LATENESS: 12,
    K.OVERRUN: 10,
    K.EXTENSION: 8,
    K.GIFT: 8,
    K.CHANCE_MEETING: 8,
    K.SOCIAL_MEDIA: 6,
    K.DUAL_RELATIONSHIP: 4,
    K.OTHER: 4,
}
W = Initiator
WHO = {
    K.CONTACT: ((W.CLIENT, W.PRACTITIONER), (9, 1)),
    K.LATENESS: ((W.CLIENT,), (1,)),
    K.OVERRUN: ((W.CLIENT, W.PRACTITIONER), (6, 4)),
    K.EXTENSION: ((W.CLIENT,), (1,)),
    K.GIFT: ((W.CLIENT,), (1,)),
    K.CHANCE_MEETING: ((W.NOBODY,), (1,)),
    K.SOCIAL_MEDIA: ((W.CLIENT,), (1,)),
    K.DUAL_RELATIONSHIP: ((W.SOMEONE_ELSE, W.NOBODY, W.CLIENT), (5, 3, 2)),
    K.OTHER: ((W.CLIENT, W.PRACTITIONER), (6, 4)),
}
_LINKED = {K.LATENESS, K.OVERRUN, K.EXTENSION, K.GIFT, K.OTHER}  # happen at a session


@dataclass(frozen=True)
class PlannedBoundaryEvent:
    on: dt.date
    kind: BoundaryKind
    initiated_by: Initiator
    what_happened: str
    what_was_done: str
    clause_key: str | None
    session_start: dt.datetime | None = None  # the session it happened at or after


def _poisson(rng: random.Random, mean: float) -> int:
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _placed(
    rng: random.Random, kind: BoundaryKind, held: list[PlannedSession], plan: ClientPlan,
    today: dt.date,
) -> tuple[dt.date, PlannedSession | None] | None:  # fmt: skip
    """When the event happened and the session it goes with, or None if it cannot fit."""
    if kind is K.LATENESS:
        late = [s for s in held if (s.client_late_minutes or 0) >= 10]
        if not late:
            return None
        session = rng.choice(late)
        return session.start.date(), session
    if kind is K.GIFT and plan.draft.status is ClientStatus.ENDED and rng.random() < 0.6:
        return held[-1].start.date(), held[-1]  # at the ending
    at = rng.randrange(len(held))
    session = held[at]
    if kind in _LINKED:
        return session.start.date(), session
    following = held[at + 1].start.date() if at + 1 < len(held) else today
    latest = min(following - dt.timedelta(days=1), today)
    day = session.start.date() + dt.timedelta(days=rng.randint(1, 6))
    if day > latest:
        return None
    return day, session if kind is K.CONTACT else None


def plan_boundary_events(
    plan: ClientPlan, seed: int, today: dt.date
) -> tuple[PlannedBoundaryEvent, ...]:
    """The client's boundary events in date order (none before their second session)."""
    rng = random.Random(f"{seed}-{plan.draft.code}-boundaries")
    held = [
        s for s in plan.all_sessions()
        if s.status is SessionStatus.ATTENDED and s.start.date() < today
    ]  # fmt: skip
    if len(held) < 2:
        return ()
    years = max((held[-1].start - held[0].start).days, 7) / 365.25
    count = _poisson(rng, RATE_PER_YEAR * years * rng.choice(PROPENSITY))
    count = min(count, math.ceil(MOST_PER_YEAR * years))
    kinds, weights = tuple(KIND_WEIGHTS), tuple(KIND_WEIGHTS.values())
    events = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        placed = _placed(rng, kind, held, plan, today)
        if placed is None:
            continue
        day, session = placed
        who = rng.choices(*WHO[kind])[0]
        words = BOUNDARIES.kinds[kind.value]
        events.append(
            PlannedBoundaryEvent(
                on=day,
                kind=kind,
                initiated_by=who,
                what_happened=fill(rng.choice(words.happened), plan.pronoun),
                what_was_done=fill(rng.choice(words.done), plan.pronoun),
                clause_key=kind.clause,
                session_start=session.start if session else None,
            )
        )
    return tuple(sorted(events, key=lambda e: e.on))
