"""Fictional clients' names and contact details: common given names and surnames (from
``resources/demo/names.toml``) drawn at random, so no real person's data. Phone numbers are
in Ofcom's range reserved for drama, and email addresses at example.org.
"""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.demo.phrase_banks import NAMES
from counsel_desk.domain.clients import ClientIdentity

# How often a client is written about as "she", "he" or "they" (their name suits it).
PRONOUN_WEIGHTS = {"she": 55, "he": 37, "they": 8}


def identity(rng: random.Random, today: dt.date, pronoun: str) -> ClientIdentity:
    """A client's name (suiting ``pronoun``), date of birth and contact details."""
    given_names = NAMES.given
    any_name = given_names["she"] + given_names["he"]
    names = given_names[pronoun] + (given_names["they"] if pronoun != "they" else any_name)
    given, surname = rng.choice(names), rng.choice(NAMES.surnames)
    age = rng.randint(19, 72)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    return ClientIdentity(
        full_name=f"{given} {surname}",
        preferred_name=given if rng.random() < 0.3 else "",
        date_of_birth=dob,
        email=f"{given}.{surname}{rng.randint(1, 99)}@example.org".lower(),
        phone=f"07700 900{rng.randint(100, 999)}",  # Ofcom's range reserved for drama
        address=f"{rng.randint(1, 120)} {rng.choice(NAMES.streets)}, {rng.choice(NAMES.towns)}",
        emergency_contact=(
            f"{rng.choice(any_name)} {surname} (partner)" if rng.random() < 0.6 else ""
        ),
    )
