"""Counsel Desk benchmarks: each figure beside its target and a baseline measured in the same run.

    python benchmarks/run.py              # ten-year, 300-client vault (built once, then reused)
    python benchmarks/run.py --smoke      # a tiny vault and few runs: what CI runs

Prints a table and writes JSON to benchmarks/results/. Benchmarks are not tests: nothing
here fails on a slow machine; a figure over its target is marked NO.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from search_cases import CASES  # noqa: E402
from search_cases import workload as search_workload  # noqa: E402
from stats import Figure, figure, ratio, render, sample  # noqa: E402

PASSPHRASE = "benchmark vault passphrase, fictional data"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def build(cache: Path, clients: int, years: float, seed: int, rebuild: bool) -> tuple[Path, Path]:
    """The encrypted vault (app path, calibrated KDF) and the same data in plain SQLite."""
    import sqlcipher3

    from counsel_desk.demo import GENERATION
    from counsel_desk.demo.practice import HORIZON_DAYS
    from counsel_desk.services.demo import DemoSpec, build_demo_vault, write_plan
    from counsel_desk.storage.migrate import latest_version, migrate

    spec = DemoSpec(clients=clients, years=years, seed=seed)
    stem = f"{clients}c-{years:g}y-s{seed}-v{latest_version()}-g{GENERATION}"
    vault, plain = cache / f"vault-{stem}", cache / f"plain-{stem}.db"
    built = cache / f"built-{stem}.txt"  # the day the data was generated (it is relative to it)
    today = dt.date.today()
    try:
        age = (today - dt.date.fromisoformat(built.read_text().strip())).days
    except (OSError, ValueError):
        age = None
    if rebuild or age is None or age > HORIZON_DAYS:
        if age is not None and not rebuild:
            print(f"rebuilding {stem}: generated {age} days ago, past its {HORIZON_DAYS}-day diary")
        shutil.rmtree(vault, ignore_errors=True)
        plain.unlink(missing_ok=True)
    if not vault.exists():
        started = time.perf_counter()
        counts = build_demo_vault(vault, PASSPHRASE, spec)
        print(f"built {vault.name}: {counts} in {time.perf_counter() - started:.1f} s")
        built.write_text(today.isoformat())
    if not plain.exists():
        conn = sqlcipher3.connect(str(plain), isolation_level=None)  # no key: plain SQLite
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "temp_store=MEMORY"):
            conn.execute(f"PRAGMA {pragma}").fetchall()
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
        write_plan(conn, spec)
        conn.close()
    return vault, plain


def startup(vault: Path, runs: int) -> Figure:
    """Start to the unlock window, against a bare PySide6 window, alternating runs.

    The app starts the way a practitioner starts it, with no arguments: it reads its
    preferences file to find the vault folder (set in Settings). Both processes get the same
    private config and data folders, so nothing reads or writes the real ones. Each is timed
    from just before it is started to its first paint, which it reports.
    """
    import compileall
    import tempfile

    # An installed app has its bytecode compiled (pip does it); a checkout may not, where
    # PYTHONDONTWRITEBYTECODE is set, and would compile every module on every start.
    compileall.compile_dir(str(HERE.parent / "counsel_desk"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="counsel-desk-bench-") as home:
        config = Path(home) / "config" / "counsel-desk"
        config.mkdir(parents=True)
        (config / "preferences.json").write_text(json.dumps({"vault_folder": str(vault)}))
        env = {**ENV, "XDG_CONFIG_HOME": str(config.parent), "XDG_DATA_HOME": str(home)}
        ours_cmd = [sys.executable, "-m", "counsel_desk", "--exit-when-ready"]
        base_cmd = [sys.executable, str(HERE / "bare_window.py")]
        ours, base = [], []
        for i in range(runs + 1):
            for cmd, into in ((base_cmd, base), (ours_cmd, ours)):
                started = time.monotonic()
                done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
                if i:  # the first pair warms the file cache
                    into.append(_ready_at(done.stdout) - started)
    return ratio(
        "start to unlock window (vs bare window)",
        ours,
        base,
        target=1.5,
        baseline=f"bare PySide6 window {statistics.median(base) * 1000:.0f} ms",
    )


def _ready_at(stdout: str) -> float:
    """When the child painted its first window ("ready <monotonic>"; the clock is the whole
    system's), so the figure is start to window and leaves quitting out."""
    lines = [line for line in stdout.splitlines() if line.startswith("ready ")]
    return float(lines[-1].split()[1])


def probes(vault: Path, runs: int) -> list[dict]:
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, str(HERE / "probe.py"), str(vault), PASSPHRASE],
            env=ENV,
            check=True,
            capture_output=True,
            text=True,
        )
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def probe_figures(results: list[dict]) -> list[Figure]:
    def pooled(key: str) -> list[float]:
        """Every run's values for ``key``, in seconds (probe reports ms unless ``_s``)."""
        values: list[float] = []
        for r in results:
            values += r[key] if isinstance(r[key], list) else [r[key]]
        return values if key.endswith("_s") else [v / 1000 for v in values]

    figs = [
        figure(
            "unlock (modules it loads included) + first view painted",
            pooled("unlock_first_view_s"),
            unit="s",
            target=1.0,
        ),
        figure(
            "open a client (page, Sessions then Notes tab painted)",
            pooled("open_client_ms"),
            target=50,
        ),
        figure("search, common word, with snippets", pooled("search_common_ms"), target=30),
        figure("search, rare word", pooled("search_rare_ms"), target=30),
        figure("search, rarer word", pooled("search_rarer_ms"), target=30),
        *(
            figure(f"search, {what}", pooled(f"search_case_{key}_ms"), target=30)
            for key, what, _text, _filters in CASES
        ),
        figure("search view: Enter to results painted", pooled("search_view_ms"), target=50),
        figure(
            "longest UI stall while a search runs",
            pooled("search_stall_ms"),
            target=16,
            baseline="same search on the UI thread: "
            f"{statistics.median(pooled('search_stall_ui_thread_ms')) * 1000:.0f} ms",
        ),
        figure("autosave a draft (the service call)", pooled("save_note_ms"), target=5),
        figure("longest UI stall while typing", pooled("typing_stall_ms"), target=16),
        figure("Today: its data (the service call)", pooled("today_ms"), target=50),
        figure(
            "Today: care section's data (risks, contact to make, breaks)",
            pooled("today_care_ms"),
            target=50,
            baseline="Today's own data in the same run: "
            f"{statistics.median(pooled('today_ms')) * 1000:.1f} ms",
        ),
        figure("Today view: reload and paint", pooled("today_view_ms"), target=50),
    ]
    for key, name in (
        ("peak_rss_mib", "peak memory"),
        ("rss_after_unlock_mib", "memory at unlock"),
    ):
        values = [r[key] for r in results]
        figs.append(
            Figure(
                name,
                statistics.median(values),
                min(values),
                max(values),
                "MiB",
                target=200 if key == "peak_rss_mib" else None,
                runs=len(values),
            )
        )
    return figs


def storage_ratio(vault: Path, plain: Path, runs: int) -> list[Figure]:
    """The app's own queries (through its services) on the vault and on plain SQLite."""
    import datetime as dt

    import sqlcipher3

    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.notes import NoteService
    from counsel_desk.services.search import SearchService
    from counsel_desk.services.sessions import SessionService
    from counsel_desk.services.today import TodayService
    from counsel_desk.services.workspace import unlock
    from counsel_desk.storage.unit_of_work import UnitOfWork

    ws = unlock(vault, PASSPHRASE)
    conn = sqlcipher3.connect(str(plain), isolation_level=None)
    # Searches run on a read-only connection of their own, in the vault and here alike.
    reader = sqlcipher3.connect(f"file:{plain}?mode=ro", uri=True, isolation_level=None)
    fake = SimpleNamespace(conn=conn, reader=reader, work=UnitOfWork(conn))

    def workload(target: object) -> None:
        clients, sessions = ClientService(target), SessionService(target)
        notes, search = NoteService(target), SearchService(target)
        today = TodayService(target)
        listed = clients.list()
        for client in listed[:: max(1, len(listed) // 20)]:
            sessions.for_client(client.id)
            notes.for_client(client.id)
        for word in ("work", "canal", "photograph"):
            search.search(word)
        today.overview(dt.date.today())

    try:
        ours = sample(lambda: workload(ws.vault), runs)
        base = sample(lambda: workload(fake), runs)
        ours_odd = sample(lambda: search_workload(SearchService(ws.vault).search), runs)
        base_odd = sample(lambda: search_workload(SearchService(fake).search), runs)
    finally:
        ws.close()
        reader.close()
        conn.close()
    return [
        ratio(
            "app queries: vault vs plain SQLite",
            ours,
            base,
            target=3.0,
            baseline=f"same queries on plain SQLite {statistics.median(base) * 1000:.1f} ms",
        ),
        ratio(
            "odd searches: vault vs plain SQLite",
            ours_odd,
            base_odd,
            target=3.0,
            baseline=f"same {len(CASES)} searches on plain SQLite "
            f"{statistics.median(base_odd) * 1000:.1f} ms",
        ),
    ]


def render_figures(runs: int) -> list[Figure]:
    """A long note with amendments to PDF, HTML and Markdown (``render_note.py``, in a process
    of its own), beside Qt printing the same words as plain text in that process."""
    done = subprocess.run(
        [sys.executable, str(HERE / "render_note.py"), "--runs", str(runs)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    r = json.loads(done.stdout.strip().splitlines()[-1])
    plain = statistics.median(r["baseline_s"]) * 1000
    return [
        figure(f"note to PDF ({r['words']:,} words, {r['pages']} pages)", r["pdf_s"], target=250),
        ratio(
            "note to PDF vs Qt printing plain text",
            r["pdf_s"],
            r["baseline_s"],
            target=3.0,
            baseline=f"setPlainText + print_ of the same words {plain:.1f} ms",
        ),
        figure("note to HTML", r["html_s"], target=50),
        figure("note to Markdown", r["markdown_s"], target=50),
    ]


def alliance_figures(runs: int, clients: int, years: float, seed: int) -> list[Figure]:
    """The alliance features' pure parts on the same practice the vault holds
    (``alliance.py``, in a process of its own): reliability, flags, the timeline's data."""
    from alliance import figures as alliance_results

    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "alliance.py"),
            *("--runs", str(runs), "--clients", str(clients)),
            *("--years", str(years), "--seed", str(seed)),
        ],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return alliance_results(json.loads(done.stdout.strip().splitlines()[-1]))


def timeline_figures(vault: Path, runs: int) -> list[Figure]:
    """The alliance timeline and the reliability panel through the app's own code on the
    vault (``timeline.py``, offscreen, in a process of its own), each beside a baseline."""
    from timeline import figures as timeline_results

    done = subprocess.run(
        [sys.executable, str(HERE / "timeline.py"), str(vault), PASSPHRASE, "--runs", str(runs)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return timeline_results(json.loads(done.stdout.strip().splitlines()[-1]))


def contract_figures(vault: Path, runs: int) -> list[Figure]:
    """The Contract tab, a contract to PDF and judging cancellations (``contracts.py``, in a
    process of its own), each beside a baseline measured in turns in that process."""
    done = subprocess.run(
        [sys.executable, str(HERE / "contracts.py"), str(vault), PASSPHRASE, "--runs", str(runs)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    r = json.loads(done.stdout.strip().splitlines()[-1])
    ms = {key: [v / 1000 for v in r[key]] for key in r if key.endswith("_ms")}
    sessions_tab = statistics.median(ms["sessions_tab_ms"]) * 1000
    plain = statistics.median(r["plain_pdf_s"]) * 1000
    judged, unjudged = ms["sessions_judged_ms"], ms["sessions_unjudged_ms"]
    added = [a - b for a, b in zip(judged, unjudged, strict=True)]
    busiest = (
        f"{r['busiest_sessions']} sessions, {r['busiest_cancellations']} cancellations, "
        f"{r['busiest_versions']} versions"
    )
    return [
        figure(
            f"open a client's Contract tab ({r['clients']} clients)",
            ms["contract_tab_ms"],
            target=50,
            baseline=f"the same clients' Sessions tab {sessions_tab:.1f} ms",
        ),
        figure(
            f"contract to PDF ({r['contract_words']:,} words)",
            r["contract_pdf_s"],
            target=300,
            baseline=f"setPlainText + print_ of the same words {plain:.1f} ms",
        ),
        figure(
            f"judging cancellations: added to opening the busiest client ({busiest})",
            added,
            target=5,
            baseline="its Sessions tab read without judging "
            f"{statistics.median(unjudged) * 1000:.1f} ms, and painted "
            f"{statistics.median(ms['sessions_painted_ms']) * 1000:.1f} ms",
        ),
        figure(
            "judging cancellations: the service call alone",
            ms["classify_service_ms"],
            target=5,
        ),
    ]


def backup_figures(vault: Path, runs: int) -> list[Figure]:
    """A backup beside a plain copy of the same database, its check in a fresh process, the
    UI while a backup runs beside typing alone, and erasing the client with the most notes
    (``backups.py``, in a process of its own)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "backups.py"), str(vault), PASSPHRASE, str(runs)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    r = json.loads(done.stdout.strip().splitlines()[-1])
    copy = statistics.median(r["plain_copy_s"]) * 1000
    erased = r["erased"]
    typing = statistics.median(r["ui_stall_typing_ms"])
    return [
        figure(f"backup ({r['db_mb']:.0f} MB database)", r["backup_s"], unit="s", target=3),
        ratio(
            "backup vs a plain copy",
            r["backup_s"],
            r["plain_copy_s"],
            target=3,
            baseline=f"the database copied and synced {copy:.0f} ms",
        ),
        figure("its check in a fresh process", r["check_s"], unit="s", target=3),
        figure(
            "UI stall while typing during a backup",
            [v / 1000 for v in r["ui_stall_backup_ms"]],
            target=50,
            baseline=f"the same typing without a backup {typing:.0f} ms",
        ),
        figure(
            f"erase a client ({erased.get('sessions', 0):,} sessions, "
            f"{erased.get('notes', 0):,} notes): the records gone",
            r["erase_s"],
            unit="s",
            target=1,
        ),
        figure(
            "  then their words cleared from the disk (VACUUM…; on a worker, with a note)",
            r["scrub_s"],
            unit="s",
        ),
        figure("  both in turn", r["erase_total_s"], unit="s"),
    ]


def summary_figures(vault: Path, runs: int) -> list[Figure]:
    """A one-month supervision summary of 28 clients to PDF and its preview (``summary.py``,
    in a process of its own), each beside plain text measured in turns in that process."""
    done = subprocess.run(
        [sys.executable, str(HERE / "summary.py"), str(vault), PASSPHRASE, "--runs", str(runs)],
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    r = json.loads(done.stdout.strip().splitlines()[-1])
    size = f"{r['clients']} clients, {r['words']:,} words"
    return [
        figure(
            f"one-month supervision summary to PDF ({size})",
            r["summary_pdf_s"],
            target=1000,
            baseline="setPlainText + print_ of the same words "
            f"{statistics.median(r['plain_pdf_s']) * 1000:.1f} ms",
        ),
        figure(
            f"its preview, built and laid out ({size})",
            r["preview_s"],
            target=300,
            baseline="the same words laid out as plain text "
            f"{statistics.median(r['plain_preview_s']) * 1000:.1f} ms",
        ),
        figure("the summary built from the vault alone", r["build_s"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny vault, two runs (CI)")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the vaults again")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    args = parser.parse_args()
    if args.smoke:
        args.clients, args.years, args.runs = 6, 0.5, 2
        args.cache = args.cache / "smoke"
    args.cache.mkdir(parents=True, exist_ok=True, mode=0o700)
    vault, plain = build(args.cache, args.clients, args.years, args.seed, args.rebuild)
    # a start-up pair takes half a second and the machine's pace drifts: take more of them
    figs = [startup(vault, 5 if args.smoke else max(15, 3 * args.runs))]
    figs += probe_figures(probes(vault, args.runs))
    figs += storage_ratio(vault, plain, args.runs)
    figs += render_figures(args.runs if args.smoke else max(7, args.runs))
    figs += alliance_figures(max(3, args.runs), args.clients, args.years, args.seed)
    figs += timeline_figures(vault, max(5, 2 * args.runs))
    figs += contract_figures(vault, max(3, args.runs))
    figs += backup_figures(vault, max(3, args.runs))
    figs += summary_figures(vault, max(3, args.runs))
    print()
    print(render(figs))
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    name = "smoke.json" if args.smoke else "latest.json"
    doc = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "vault": {"clients": args.clients, "years": args.years, "seed": args.seed},
        "figures": [f.as_dict() for f in figs],
    }
    (results / name).write_text(json.dumps(doc, indent=2) + "\n")
    print(f"\nwrote {results / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
