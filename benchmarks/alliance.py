"""Time the alliance features' pure parts on ten years of a practice, in one process.

    python benchmarks/alliance.py [--runs N] [--clients 300] [--years 10] [--seed 7]

Prints a table, then one JSON line of seconds per run (run.py reads it). The data is the
demo plan the benchmark vault is built from (``counsel_desk.demo``), turned into the
records the services will hand over, so no vault or Qt is involved:

- the reliability panel practice-wide: every session of ten years, month by month, beside
  the least Python can do with the same records (counting them by month and status);
- the same, per client, in one pass;
- the timeline's data for the client with the most sessions (their flags, then the lanes
  and the table rows for "all");
- the possible-rupture flags of the current caseload (what Today lists), and of every client
  the practice has ever seen.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stats import figure, ratio, render  # noqa: E402

from counsel_desk.demo.alliance import client_alliance  # noqa: E402
from counsel_desk.demo.practice import plan_practice  # noqa: E402
from counsel_desk.domain.alliance_records import PracticeBreak, SessionRecord  # noqa: E402
from counsel_desk.domain.measure_files import shipped_measures  # noqa: E402
from counsel_desk.domain.measures import Respondent  # noqa: E402
from counsel_desk.domain.reflection import make_reflection  # noqa: E402
from counsel_desk.domain.reliability import monthly_reliability, reliability_by_client  # noqa: E402
from counsel_desk.domain.rupture_flags import possible_ruptures  # noqa: E402
from counsel_desk.domain.ruptures import make_repair, make_rupture  # noqa: E402
from counsel_desk.domain.scoring import ScoreRecord  # noqa: E402
from counsel_desk.domain.sessions import SessionStatus  # noqa: E402
from counsel_desk.domain.timeline import Preset, preset_range  # noqa: E402
from counsel_desk.domain.timeline_build import TimelineInputs, build_timeline  # noqa: E402

SHORT_NOTICE_HOURS = 24


def practice_records(clients: int, years: float, seed: int, today: dt.date) -> dict:
    """The plan as records, with ids as a vault would give them."""
    plan = plan_practice(clients, years, seed, today)
    out: dict[str, list] = {"sessions": [], "scores": [], "ruptures": [], "reflections": []}
    session_id = 0
    for client_id, client in enumerate(plan.clients, start=1):
        ids = {}
        for s in client.all_sessions():
            session_id += 1
            ids[s.start] = session_id
            short = (s.notice_hours or 0) < SHORT_NOTICE_HOURS
            out["sessions"].append(
                SessionRecord(
                    session_id,
                    client_id,
                    s.start,
                    s.status,
                    client_late_minutes=s.client_late_minutes or 0,
                    practitioner_late_minutes=s.practitioner_late_minutes or 0,
                    short_notice=short and s.status is not SessionStatus.ATTENDED,
                )
            )
        planned = client_alliance(client, seed)
        for p in planned.scores:
            out["scores"].append(
                ScoreRecord(
                    p.measure_id,
                    client_id,
                    p.session_start.date(),
                    Respondent.CLIENT,
                    p.total,
                    p.items,
                    session_id=ids[p.session_start],
                    id=len(out["scores"]) + 1,
                )
            )
        for r in planned.reflections:
            out["reflections"].append(
                make_reflection(
                    client_id, r.session_start.date(), r.ratings, session_id=ids[r.session_start]
                )
            )
        for r in planned.ruptures:
            rupture = make_rupture(
                client_id,
                r.session_start.date(),
                r.kind,
                r.what_happened,
                session_id=ids[r.session_start],
                id=len(out["ruptures"]) + 1,
            )
            if r.repair_start is not None:
                rupture = make_repair(rupture, r.repair_start.date(), r.repair_how)
            out["ruptures"].append(rupture)
    first = today.year - int(years) - 1
    out["breaks"] = [
        PracticeBreak(dt.date(y, m1, d1), dt.date(y2, m2, d2), "Practice closed")
        for y in range(first, today.year + 1)
        for (m1, d1, y2, m2, d2) in ((12, 22, y + 1, 1, 2), (4, 1, y, 4, 7), (8, 8, y, 8, 21))
    ]
    return out


def paired(
    ours: Callable[[], object], base: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """Both timed in turns, so a busy moment of the machine falls on both alike."""
    a, b = [], []
    for _ in range(runs):
        a += timed(ours, 1)
        b += timed(base, 1)
    return a, b


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    today = dt.date.today()
    data = practice_records(args.clients, args.years, args.seed, today)
    measures = {m.id: m for m in shipped_measures()}
    sessions, breaks = data["sessions"], data["breaks"]

    def baseline() -> object:
        return collections.Counter((r.start.year, r.start.month, r.status) for r in sessions)

    by_client = collections.Counter(r.client_id for r in sessions)
    busiest = by_client.most_common(1)[0][0]

    def mine(kind: str) -> list:
        return [r for r in data[kind] if r.client_id == busiest]

    client = {kind: mine(kind) for kind in ("sessions", "scores", "ruptures", "reflections")}

    def timeline() -> object:
        flags = possible_ruptures(
            measures=measures,
            scores=client["scores"],
            sessions=client["sessions"],
            ruptures=client["ruptures"],
        )
        inputs = TimelineInputs(
            measures=measures,
            sessions=client["sessions"],
            scores=client["scores"],
            reflections=client["reflections"],
            ruptures=client["ruptures"],
            flags=flags,
            practice_breaks=breaks,
        )
        start, end = preset_range(Preset.ALL, today, inputs.span())
        return build_timeline(inputs, start, end).rows()

    def practice_flags() -> object:
        return possible_ruptures(
            measures=measures,
            scores=data["scores"],
            sessions=sessions,
            ruptures=data["ruptures"],
        )

    recent = today - dt.timedelta(days=31)
    current = {r.client_id for r in sessions if r.start.date() >= recent}
    caseload = {
        kind: [r for r in data[kind] if r.client_id in current]
        for kind in ("sessions", "scores", "ruptures")
    }

    def caseload_flags() -> object:
        return possible_ruptures(measures=measures, **caseload)

    reliability_s, baseline_s = paired(
        lambda: monthly_reliability(sessions, breaks), baseline, args.runs
    )
    result = {
        "years": args.years,
        "sessions": len(sessions),
        "scores": len(data["scores"]),
        "busiest_sessions": by_client[busiest],
        "busiest_scores": len(client["scores"]),
        "reliability_s": reliability_s,
        "baseline_s": baseline_s,
        "by_client_s": timed(lambda: reliability_by_client(sessions, breaks), args.runs),
        "timeline_s": timed(timeline, args.runs),
        "flags_s": timed(practice_flags, args.runs),
        "caseload": len(current),
        "caseload_flags_s": timed(caseload_flags, args.runs),
    }
    figs = figures(result)
    print(render(figs), file=sys.stderr)
    print(json.dumps(result))
    return 0


def figures(r: dict) -> list:
    """The figures from one run's JSON (run.py uses this too)."""
    plain = sum(r["baseline_s"]) / len(r["baseline_s"]) * 1000
    return [
        figure(
            f"reliability panel, practice-wide ({r['sessions']:,} sessions, {r['years']:g} years)",
            r["reliability_s"],
            target=50,
        ),
        ratio(
            "reliability panel vs counting the records by month",
            r["reliability_s"],
            r["baseline_s"],
            target=3.0 if r["sessions"] >= 1000 else None,  # a tiny practice is fixed costs
            baseline=f"a Counter of (month, status) over the same records {plain:.1f} ms",
        ),
        figure("reliability per client, every client in one pass", r["by_client_s"], target=50),
        figure(
            f"timeline data, busiest client ({r['busiest_sessions']} sessions, "
            f"{r['busiest_scores']} scores: flags, lanes, rows)",
            r["timeline_s"],
            target=20,
        ),
        figure(
            f"possible-rupture flags, current caseload ({r['caseload']} clients: Today's)",
            r["caseload_flags_s"],
            target=50,
        ),
        figure(
            f"possible-rupture flags, every client of {r['years']:g} years "
            f"({r['scores']:,} scores)",
            r["flags_s"],
            target=100,
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
