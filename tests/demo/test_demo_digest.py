"""What the demo generator makes for a seed is pinned: the plan and every note, for a few
seeds and sizes, reduced to a SHA-256 digest of a canonical dump.

Cached benchmark vaults are named by ``GENERATION`` and reused while it stays the same, so
a change to the wording or to the order of random draws must show up here. If a change to
the generated data is meant, bump ``GENERATION`` and pin the new digests in the same commit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json

import pytest

from counsel_desk.demo import GENERATION
from counsel_desk.demo.notes import client_notes
from counsel_desk.demo.plans import PlannedNote, PracticePlan
from counsel_desk.demo.practice import plan_practice

TODAY = dt.date(2025, 3, 14)


def canonical(value: object) -> object:
    """Plain JSON values for dataclasses, enums, dates, tuples and dicts (field names kept,
    class names left out: renaming a class changes nothing generated)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"no canonical form for {type(value).__name__}")


def digest(value: object) -> str:
    text = json.dumps(canonical(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Notes = list[tuple[dt.datetime, list[PlannedNote]]]


def generated(clients: int, years: float, seed: int) -> tuple[PracticePlan, Notes]:
    plan = plan_practice(clients, years, seed, TODAY)
    notes = [
        (session.start, notes)
        for client in plan.clients
        for session, notes in client_notes(client, seed, TODAY)
    ]
    return plan, notes


# (clients, years, seed): the default `--demo`, the service test's practice, the benchmarks'.
PINNED = {
    (10, 1.0, 1): (
        "ae462c573b5d5831036afae33969d6c94318bbdf93ec9bde74df19489cfa8b90",
        "f24c14a56167da24d2c5603460adeab21b0e1de9fd81fa9129401edf35a1c522",
    ),
    (40, 3.0, 5): (
        "5cb461a86785009ecece9214e9edf0289d075b8ed2816ebce95a1f9b1462ae92",
        "cb796144333d9ca0b29225315e1e1c757a39cf974e196e226892184b61750275",
    ),
    (300, 10.0, 7): (
        "b3a499b6a47f3742c229fe025086adaa440b856b10e53b560a96e44c1c3f611c",
        "75f2f7771d7aac0958f5b3a684fac46aca8ee8c4ab995206577c206011132d98",
    ),
}


@pytest.mark.parametrize(("clients", "years", "seed"), sorted(PINNED))
def test_the_same_seed_generates_the_pinned_data(clients: int, years: float, seed: int) -> None:
    plan, notes = generated(clients, years, seed)
    assert sum(len(n) for _, n in notes) > clients  # the notes are really there
    plan_digest, notes_digest = PINNED[(clients, years, seed)]
    assert (digest(plan), digest(notes)) == (plan_digest, notes_digest), (
        f"the demo data for seed {seed} changed; if that is meant, bump GENERATION "
        f"(now {GENERATION}) and pin the new digests"
    )


def test_the_digest_sees_one_changed_space_or_minute() -> None:
    plan, notes = generated(10, 1.0, 1)
    at = next(i for i, (_, n) in enumerate(notes) if n)
    start, first = notes[at]
    spaced = dataclasses.replace(first[0], body=first[0].body.replace(" ", "  ", 1))
    assert digest([*notes[:at], (start, [spaced, *first[1:]]), *notes[at + 1 :]]) != digest(notes)
    client = next(c for c in plan.clients if c.sessions)
    moved = dataclasses.replace(
        client.sessions[0], start=client.sessions[0].start + dt.timedelta(minutes=1)
    )
    other = dataclasses.replace(client, sessions=(moved, *client.sessions[1:]))
    clients = tuple(other if c is client else c for c in plan.clients)
    assert digest(dataclasses.replace(plan, clients=clients)) != digest(plan)
    assert (digest(plan), digest(notes)) == tuple(map(digest, generated(10, 1.0, 1)))
