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
        "4d786f4c5fe08d12d377c8fb7c36beb50f1873baa3a907e312b9d3d18e40c5ab",
        "795f7e708aeccc6443a8da94bd18f35d609116987730caa88bb16721154c3f44",
    ),
    (40, 3.0, 5): (
        "9b4148f96dabc6ed53db7fbc0faf6f5ec57c142a3dd74eb453ce27e8a2f8c07c",
        "93648fb39b189e0787164c08cff5d1a8c9f4eb99e753ff918c9d5d80275c3caf",
    ),
    (300, 10.0, 7): (
        "e90c19369b7f1184e493aaf69d9acfd0f4e37664c62c45b62e003488811a132a",
        "2c53924b7f43efc0d09dc1172778110e1bbd00d3803e321fc6369646c8048587",
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
