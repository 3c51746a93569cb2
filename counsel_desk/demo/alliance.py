"""A demo client's alliance over the work: the practitioner's reflections here, the scores
in :mod:`.scores`, both following the client's story and ruptures
(:mod:`.alliance_story`). Pure and deterministic.

Ruptures come first and the rest follow them: the client's session rating dips at a
rupture, stays down while it is unrepaired and recovers after the repair, and the
practitioner's reflection on trust, communication and pace drops with it, so the
possible-rupture flags fire where a practitioner would expect them.
"""

from __future__ import annotations

from counsel_desk.demo.alliance_plans import ClientAlliance, PlannedReflection
from counsel_desk.demo.alliance_story import Story, story
from counsel_desk.demo.phrase_banks import ALLIANCE
from counsel_desk.demo.plans import ClientPlan
from counsel_desk.demo.scores import plan_scores
from counsel_desk.domain.reflection import Condition

LOWERED = (Condition.TRUST_AND_SAFETY, Condition.COMMUNICATION, Condition.PACE_AND_CONTROL)


def plan_reflections(told: Story) -> tuple[PlannedReflection, ...]:
    """The practitioner's reflection after most sessions, for those who reflect: mostly
    good, lower where a rupture weighs, with a word now and then."""
    if not told.reflects:
        return ()
    rng = told.rng("reflections")
    base = 3.6 if told.style == "strained" else 4.1
    out = []
    for index, session in enumerate(told.held):
        if rng.random() >= 0.7:
            continue
        strain = told.strain(index)
        ratings = {}
        for condition in Condition:
            value = base + rng.uniform(-0.8, 0.8)
            if condition in LOWERED:
                value -= 2.2 * strain
            ratings[condition] = min(5, max(1, round(value)))
        words = {}
        if rng.random() < 0.15:  # a word on the lowest (or, if all is well, a good one)
            lowest = min(Condition, key=lambda c: ratings[c])
            bank = ALLIANCE.words_low if ratings[lowest] <= 3 else ALLIANCE.words_high
            words[lowest] = rng.choice(bank)
        rated = tuple((c.value, ratings[c], words.get(c, "")) for c in Condition)
        out.append(PlannedReflection(session.start, rated))
    return tuple(out)


def client_alliance(plan: ClientPlan, seed: int) -> ClientAlliance:
    """All of one client's alliance data, in date order within each kind."""
    told = story(plan, seed)
    return ClientAlliance(
        code=told.code,
        style=told.style,
        scores=plan_scores(told),
        reflections=plan_reflections(told),
        ruptures=told.ruptures,
    )
