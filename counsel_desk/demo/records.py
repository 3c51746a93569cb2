"""What each demo client's record holds beyond their name: their GP and whether they agreed
to the GP being contacted, how it is safe to reach them, and for a client whose work has
ended, how it ended (planned, unplanned, referred on, lost contact) and the signposting
given. Each client's from a random stream of its own (the seed, the code and "record"), so
nothing generated before it changes. Pure.
"""

from __future__ import annotations

import random
from dataclasses import replace

from counsel_desk.demo.phrase_banks import CARE, NAMES
from counsel_desk.demo.plans import ClientPlan
from counsel_desk.domain.clients import (
    ClientStatus,
    ContactPreferences,
    EndingKind,
    GpConsent,
    GpDetails,
)

ENDING_WEIGHTS = {
    EndingKind.PLANNED: 60,
    EndingKind.UNPLANNED: 20,
    EndingKind.REFERRED_ON: 12,
    EndingKind.LOST_CONTACT: 8,
}
CONSENT_WEIGHTS = {GpConsent.GIVEN: 60, GpConsent.REFUSED: 15, GpConsent.NOT_ASKED: 25}


def with_record(plan: ClientPlan, seed: int) -> ClientPlan:
    """``plan`` with its client's GP, contact preferences and (if ended) ending."""
    rng = random.Random(f"{seed}-{plan.draft.code}-record")
    draft = plan.draft
    gp = GpDetails()
    if rng.random() < 0.8:  # most give their GP's details at the first session
        gp = GpDetails(
            name=f"Dr {rng.choice(NAMES.surnames)}",
            practice=rng.choice(CARE.gp_practices),
            phone=f"01632 960{rng.randint(100, 999)}",  # Ofcom's range reserved for drama
            consent=rng.choices(tuple(CONSENT_WEIGHTS), tuple(CONSENT_WEIGHTS.values()))[0],
        )
    contact = ContactPreferences(
        text=rng.random() < 0.75, voicemail=rng.random() < 0.5, email=rng.random() < 0.6
    )
    identity = replace(draft.identity, gp=gp, contact=contact)
    ending, signposting = None, ""
    if draft.status is ClientStatus.ENDED:
        ending = rng.choices(tuple(ENDING_WEIGHTS), tuple(ENDING_WEIGHTS.values()))[0]
        signposting = rng.choice(CARE.signposting[ending.value])
    draft = replace(draft, identity=identity, ending=ending, signposting=signposting)
    return replace(plan, draft=draft)
