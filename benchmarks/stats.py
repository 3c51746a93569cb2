"""Medians with spread, and a table printer for the benchmark results."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    median: float  # in the unit below
    low: float
    high: float
    unit: str  # "ms", "s", "MiB" or "x" (a ratio)
    target: float | None = None  # the figure should be at most this
    baseline: str = ""  # what it was compared with, when it is a ratio
    runs: int = 0

    @property
    def meets(self) -> bool | None:
        return None if self.target is None else self.median <= self.target

    def as_dict(self) -> dict:
        return {**asdict(self), "meets": self.meets}


def sample(fn: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``fn`` over ``runs`` runs after ``warmup`` unrecorded ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def figure(
    name: str,
    seconds: list[float],
    *,
    unit: str = "ms",
    target: float | None = None,
    baseline: str = "",
) -> Figure:
    scale = {"ms": 1000.0, "s": 1.0}.get(unit, 1.0)
    values = [s * scale for s in seconds]
    return Figure(
        name=name,
        median=statistics.median(values),
        low=min(values),
        high=max(values),
        unit=unit,
        target=target,
        baseline=baseline,
        runs=len(values),
    )


def ratio(
    name: str, ours: list[float], base: list[float], *, target: float | None, baseline: str
) -> Figure:
    """Median ratio, with the spread taken from pairing runs in order."""
    pairs = [a / b for a, b in zip(ours, base, strict=False) if b > 0]
    return Figure(
        name=name,
        median=statistics.median(ours) / statistics.median(base),
        low=min(pairs),
        high=max(pairs),
        unit="x",
        target=target,
        baseline=baseline,
        runs=len(pairs),
    )


def render(figures: list[Figure]) -> str:
    width = max([46, *(len(f.name) for f in figures)])
    head = f"{'measure':<{width}} {'median':>10} {'spread':>19} {'target':>9}  ok   baseline"
    lines = [head, "-" * len(head)]
    for f in figures:
        spread = f"{f.low:.2f}–{f.high:.2f}"
        target = f"≤{f.target:g}{f.unit}" if f.target is not None else ""
        mark = {True: "yes", False: "NO", None: ""}[f.meets]
        value = f"{f.median:>8.2f}{f.unit:<2}"
        lines.append(f"{f.name:<{width}} {value} {spread:>19} {target:>9}  {mark:<4} {f.baseline}")
    return "\n".join(lines)
