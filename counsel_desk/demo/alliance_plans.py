"""The shapes of what the demo plans for the alliance timeline: scores on measures, the
practitioner's reflections, ruptures and their repair. Each names its session by its start
(unique within a client), so a writer can look the session's id up as it writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PlannedScore:
    session_start: dt.datetime
    measure_id: str
    total: Decimal
    items: tuple[Decimal, ...] | None = None  # None: the total was entered on its own
    completed_by: str = "client"


@dataclass(frozen=True)
class PlannedReflection:
    session_start: dt.datetime
    ratings: tuple[tuple[str, int, str], ...]  # (condition, 1-5, a word or "")


@dataclass(frozen=True)
class PlannedRupture:
    session_start: dt.datetime
    kind: str  # "withdrawal" | "confrontation" | "both"
    what_happened: str
    repair_start: dt.datetime | None = None  # the session it was repaired in; None: open
    repair_how: str = ""


@dataclass(frozen=True)
class ClientAlliance:
    """One client's alliance data, and the story it follows (for tests and the curious)."""

    code: str
    style: str  # "steady" | "ceiling" | "slow start" | "strained"
    scores: tuple[PlannedScore, ...] = ()
    reflections: tuple[PlannedReflection, ...] = ()
    ruptures: tuple[PlannedRupture, ...] = ()
