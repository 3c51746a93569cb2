"""Fictional clients' names and contact details, from common given names and surnames drawn
at random: no real person's data. Phone numbers are in Ofcom's range reserved for drama, and
email addresses at example.org.
"""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.domain.model import ClientIdentity

# Given names by the pronouns the notes use for the client; the last group suits any.
GIVEN = {
    "she": tuple(
        "Amara Chloe Elif Farah Hana Isla Kasia Maya Priya Rosa Tess Vera Yara Cerys Fern Gwen "
        "Ines Lena Nia Orla Sian Una Zara Alys".split()
    ),
    "he": tuple(
        "Ben Dev Gareth Jonah Leon Niall Olu Umar Xavi Zain Bryn Dafydd Ewan Hugo Milo Rhys "
        "Theo Vik Will".split()
    ),
    "they": tuple("Quinn Sami Kit Jude Pip Wren Alex Robin".split()),
}
PRONOUN_WEIGHTS = {"she": 55, "he": 37, "they": 8}
SURNAMES = tuple(
    (
        "Abbott Baines Carver Dalton Ellery Fenwick Garside Hollis Ingram Jessop Kendal Lowther "
        "Marsh Norwood Oakes Pryce Quarry Rowntree Selby Thorne Underhill Varley Whitlock Yardley "
        "Ashdown Blakey Cotterill Drury Eastwood Fairbairn Gillard Hebden Ivers Kilburn Lyle "
        "Mossop Nettleton Ormerod Penrose Rudd Sugden Tunstall Wardle"
    ).split()
)
STREETS = tuple(
    "Mill Lane, Church Street, Station Road, Park View, Orchard Close, Victoria Terrace".split(", ")
)
TOWNS = tuple("Hebden Bridge, Kendal, Ludlow, Totnes, Whitby, Frome, Hexham, Malvern".split(", "))


def identity(rng: random.Random, today: dt.date, pronoun: str) -> ClientIdentity:
    """A client's name (suiting ``pronoun``), date of birth and contact details."""
    names = GIVEN[pronoun] + (GIVEN["they"] if pronoun != "they" else GIVEN["she"] + GIVEN["he"])
    given, surname = rng.choice(names), rng.choice(SURNAMES)
    age = rng.randint(19, 72)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    return ClientIdentity(
        full_name=f"{given} {surname}",
        preferred_name=given if rng.random() < 0.3 else "",
        date_of_birth=dob,
        email=f"{given}.{surname}{rng.randint(1, 99)}@example.org".lower(),
        phone=f"07700 900{rng.randint(100, 999)}",  # Ofcom's range reserved for drama
        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        emergency_contact=(
            f"{rng.choice(GIVEN['she'] + GIVEN['he'])} {surname} (partner)"
            if rng.random() < 0.6
            else ""
        ),
    )
