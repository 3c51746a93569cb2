"""A demo client's alliance story: how the work goes (steady, scores at the ceiling, a slow
start, or strained), which measures they do, and their ruptures and repairs. Pure and
deterministic; :mod:`.alliance` and :mod:`.scores` read it.

Each feature draws from its own random stream, seeded by the seed, the client's code and
the feature's name (:func:`stream`), so adding a feature never shifts what the others (or
the notes and diary before them) generate.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from counsel_desk.demo.alliance_plans import PlannedRupture
from counsel_desk.demo.phrase_banks import ALLIANCE
from counsel_desk.demo.plans import ClientPlan, PlannedSession
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.sessions import SessionStatus

STYLES = {"steady": 55, "ceiling": 15, "slow start": 15, "strained": 15}
SHORT_NOTICE_HOURS = 24  # the demo practice's cancellation terms
USES = {"srs": 0.8, "ors": 0.35, "core10": 0.7, "wai_sr": 0.15}
REFLECTS = 0.6
RUPTURE_RATE = {"steady": 0.35, "ceiling": 0.2, "slow start": 0.4, "strained": 0.75}
OPEN_RATE, RECENT_OPEN_RATE = 0.1, 0.6  # left unrepaired; recent ones in current work
RECENT_RATE, RECENT = 0.5, 6  # in current work, a rupture among the last sessions
SECOND_RUPTURE = 0.25
MIN_SESSIONS_FOR_RUPTURE = 6
REVIEW_EVERY = 6  # as the demo notes mark reviews


def stream(seed: int, code: str, feature: str) -> random.Random:
    return random.Random(f"{seed}-{code}-{feature}")


@dataclass(frozen=True)
class Story:
    """What every feature of one client's alliance reads."""

    seed: int
    code: str
    style: str
    held: tuple[PlannedSession, ...]  # sessions attended, in date order
    ended: bool  # the last held session was the ending
    measures: frozenset[str]
    itemised: bool  # the practitioner enters items rather than totals
    reflects: bool
    ruptures: tuple[PlannedRupture, ...] = ()

    def rng(self, feature: str) -> random.Random:
        return stream(self.seed, self.code, feature)

    def number(self, index: int) -> int:
        return index + 1

    def review(self, index: int) -> bool:
        """A review point: the first session, every sixth, and the ending."""
        n = self.number(index)
        return n == 1 or n % REVIEW_EVERY == 0 or (self.ended and index == len(self.held) - 1)

    def strain(self, index: int) -> float:
        """How much a rupture weighs on the session at ``index``: 1 at the rupture (less if
        mended in the same session), half while unrepaired, a quarter at the repair."""
        start = self.held[index].start
        worst = 0.0
        for rupture in self.ruptures:
            if start < rupture.session_start:
                continue
            if start == rupture.session_start:
                weight = 0.6 if rupture.repair_start == start else 1.0
            elif rupture.repair_start is None or start < rupture.repair_start:
                weight = 0.5
            elif start == rupture.repair_start:
                weight = 0.25
            else:
                weight = 0.0
            worst = max(worst, weight)
        return worst


def _missed_next(plan: ClientPlan) -> set[dt.datetime]:
    """Held sessions followed straight away by one the client missed or cancelled late."""
    found, previous = set(), None
    for session in plan.all_sessions():
        if session.status is SessionStatus.ATTENDED:
            previous = session
            continue
        late = (
            session.status is SessionStatus.CANCELLED_BY_CLIENT
            and (session.notice_hours or 0) < SHORT_NOTICE_HOURS
        )
        if previous is not None and (late or session.status is SessionStatus.DID_NOT_ATTEND):
            found.add(previous.start)
    return found


def story(plan: ClientPlan, seed: int) -> Story:
    code = plan.draft.code
    rng = stream(seed, code, "alliance")
    style = rng.choices(tuple(STYLES), tuple(STYLES.values()))[0]
    measures = frozenset(m for m, rate in USES.items() if rng.random() < rate)
    itemised, reflects = rng.random() < 0.5, rng.random() < REFLECTS
    held = tuple(s for s in plan.all_sessions() if s.status is SessionStatus.ATTENDED)
    ended = plan.draft.status is ClientStatus.ENDED
    told = Story(seed, code, style, held, ended, measures, itemised, reflects)
    ruptures = plan_ruptures(told, _missed_next(plan))
    return Story(seed, code, style, held, ended, measures, itemised, reflects, ruptures)


def plan_ruptures(told: Story, before_a_miss: set[dt.datetime]) -> tuple[PlannedRupture, ...]:
    """A rupture for some clients (more for a strained one), now and then a second, placed
    before a missed session when there is one; most are repaired at the next session or
    the same one, a few never (half of those in the last sessions of current work)."""
    rng = told.rng("ruptures")
    held = told.held
    if len(held) < MIN_SESSIONS_FOR_RUPTURE or rng.random() >= RUPTURE_RATE[told.style]:
        return ()
    count = 2 if rng.random() < SECOND_RUPTURE and len(held) >= 2 * MIN_SESSIONS_FOR_RUPTURE else 1
    candidates = list(range(2, len(held) - 1))
    preferred = [i for i in candidates if held[i].start in before_a_miss]
    chosen: list[int] = []
    for _ in range(count):
        pool = [i for i in candidates if all(abs(i - c) > 3 for c in chosen)]
        if not told.ended and rng.random() < RECENT_RATE:
            pool = [i for i in pool if i >= len(held) - RECENT] or pool
        liked = [i for i in preferred if i in pool]
        if not pool:
            break
        chosen.append(rng.choice(liked) if liked and rng.random() < 0.6 else rng.choice(pool))
    ruptures = []
    for index in sorted(chosen):
        kind = rng.choices(("withdrawal", "confrontation", "both"), (55, 30, 15))[0]
        what = rng.choice(getattr(ALLIANCE, kind))
        recent = not told.ended and index >= len(held) - RECENT
        if rng.random() < (RECENT_OPEN_RATE if recent else OPEN_RATE):
            mended: int | None = None  # left open
        elif rng.random() < 0.2:
            mended = index  # in the same session
        else:
            mended = min(index + rng.choice((1, 1, 1, 2)), len(held) - 1)
        ruptures.append(
            PlannedRupture(
                session_start=held[index].start,
                kind=kind,
                what_happened=what,
                repair_start=held[mended].start if mended is not None else None,
                repair_how=rng.choice(ALLIANCE.repairs) if mended is not None else "",
            )
        )
    return tuple(ruptures)
