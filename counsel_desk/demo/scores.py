"""A demo client's scores, following their story: the session rating at most sessions, the
outcome rating at every session for some, CORE-10 at review points, the working alliance
inventory now and then. Each measure has its own random stream. Pure and deterministic.

Every score is made from item values and checked by the same scoring the app uses, so a
demo score is always one a practitioner could have entered. Values are whole tenths or
whole points, never floats, so the same seed gives the same numbers everywhere.

- SRS: steady clients stay within a few tenths of their usual total (so they never show a
  drop of a whole point), scores at the ceiling sit at 40, a slow start climbs from the
  low 30s over five sessions, a strained alliance wavers around 37; a rupture takes
  five to seven points off, half that while it stays unrepaired.
- ORS: starts in the clinical range and climbs towards the mid 30s, dipping after a
  rupture. CORE-10: falls from the intake score; the risk item is rarely above 0.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal

from counsel_desk.demo.alliance_plans import PlannedScore
from counsel_desk.demo.alliance_story import Story
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.scoring import score

SRS_RATE = 0.85  # of sessions, for a client who does the SRS
ORS_RATE = 0.9
WAI_FIRST, WAI_EVERY = 3, 6  # the 4th session, then every 6th
RISK_ITEM = 6  # CORE-10's


def _planned(told: Story, index: int, measure_id: str, items: list[Decimal]) -> PlannedScore:
    measure = shipped_measures().get(measure_id)
    assert measure is not None, measure_id  # a shipped file: the tests load every one
    checked = score(measure, items=items)
    entered_items = measure_id in ("core10", "wai_sr") or told.itemised
    return PlannedScore(
        session_start=told.held[index].start,
        measure_id=measure_id,
        total=checked.total,
        items=checked.items if entered_items else None,
    )


def _tenths(value: int) -> Decimal:
    return Decimal(value).scaleb(-1)


def _spread(rng: random.Random, drop: int, count: int) -> list[int]:
    """``drop`` split into ``count`` random parts."""
    parts = [0] * count
    for _ in range(drop):
        parts[rng.randrange(count)] += 1
    return parts


def srs(told: Story) -> tuple[PlannedScore, ...]:
    if "srs" not in told.measures:
        return ()
    rng = told.rng("srs")
    style = told.style
    usual = {"steady": (380, 394), "ceiling": (400, 400), "slow start": (382, 392)}
    low, high = usual.get(style, (368, 378))  # strained
    base = [rng.randint(low, high) // 4] * 4
    base[rng.randrange(4)] += rng.randint(low, high) % 4  # the total's odd tenths
    wobble = (-2, -1, -1, 0, 0, 1, 1, 2) if style == "strained" else (-1, 0, 0, 1)
    out = []
    for index in range(len(told.held)):
        strain = told.strain(index)
        if rng.random() >= SRS_RATE and strain < 0.6:
            continue  # not given this week (always given at a rupture)
        items = [b + rng.choice(wobble) for b in base] if style != "ceiling" else list(base)
        if style == "ceiling" and rng.random() < 0.2:
            items[rng.randrange(4)] -= rng.randint(1, 3)
        start_gap = round(45 * max(0.0, 1 - index / 5)) if style == "slow start" else 0
        drop = start_gap + round(strain * rng.randint(50, 70))
        items = [max(0, min(100, v - d)) for v, d in zip(items, _spread(rng, drop, 4), strict=True)]
        out.append(_planned(told, index, "srs", [_tenths(v) for v in items]))
    return tuple(out)


def ors(told: Story) -> tuple[PlannedScore, ...]:
    if "ors" not in told.measures:
        return ()
    rng = told.rng("ors")
    intake, goal = rng.randint(140, 230), rng.randint(270, 350)
    out = []
    for index in range(len(told.held)):
        if rng.random() >= ORS_RATE:
            continue
        target = intake + (goal - intake) * (1 - math.exp(-index / 6))
        target -= 30 * told.strain(index)
        items = [round(target / 4) + rng.randint(-2, 2) for _ in range(4)]
        out.append(_planned(told, index, "ors", [_tenths(max(0, min(100, v))) for v in items]))
    return tuple(out)


def core10(told: Story) -> tuple[PlannedScore, ...]:
    if "core10" not in told.measures:
        return ()
    rng = told.rng("core10")
    intake, settled = rng.randint(12, 24), rng.randint(4, 9)
    out = []
    for index in range(len(told.held)):
        if not told.review(index):
            continue
        total = intake + (settled - intake) * (1 - math.exp(-index / 8))
        total = max(0, round(total + rng.randint(-1, 1) + 3 * told.strain(index)))
        risk = rng.choices((0, 1, 2), (82, 15, 3) if index == 0 else (95, 5, 0))[0]
        items = [0] * 10
        rest = [n for n in range(10) if n != RISK_ITEM - 1]
        for _ in range(min(36, max(0, total - risk))):
            n = rng.choice([n for n in rest if items[n] < 4])
            items[n] += 1
        items[RISK_ITEM - 1] = risk
        out.append(_planned(told, index, "core10", [Decimal(v) for v in items]))
    return tuple(out)


def wai_sr(told: Story) -> tuple[PlannedScore, ...]:
    if "wai_sr" not in told.measures:
        return ()
    rng = told.rng("wai_sr")
    base = rng.uniform(3.3, 3.8) if told.style == "strained" else rng.uniform(3.8, 4.4)
    after_rupture = {
        i + 1 for i, s in enumerate(told.held) for r in told.ruptures if r.session_start == s.start
    }
    out = []
    for index in range(len(told.held)):
        regular = index >= WAI_FIRST and (index - WAI_FIRST) % WAI_EVERY == 0
        if not (regular or index in after_rupture):
            continue
        strain = max(told.strain(index), told.strain(index - 1) if index else 0.0)
        items = [
            min(5, max(1, round(base + rng.uniform(-0.7, 0.7) - 1.2 * strain))) for _ in range(12)
        ]
        out.append(_planned(told, index, "wai_sr", [Decimal(v) for v in items]))
    return tuple(out)


def plan_scores(told: Story) -> tuple[PlannedScore, ...]:
    """Every score of one client, by session, then in the order of the measures above."""
    found = [*srs(told), *ors(told), *core10(told), *wai_sr(told)]
    order = {"srs": 0, "ors": 1, "core10": 2, "wai_sr": 3}
    return tuple(sorted(found, key=lambda s: (s.session_start, order[s.measure_id])))
