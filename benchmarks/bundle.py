"""The bundle packaging/build.sh made: its start-up beside a bare PySide6 window from the
venv, and its size, part by part.

    python benchmarks/bundle.py                    # dist/counsel-desk, 15 rounds
    python benchmarks/bundle.py --bundle DIR --runs 21

Start-up is timed as ``run.py`` times it: each process from just before it starts to its
first paint, which it prints on the clock every process shares. Each round starts three in
turn — the bare window (``bare_window.py``, the venv's Python), the app from the venv
(``python -m counsel_desk``) and the bundle (``counsel-desk``) — each with ``--exit-when-ready``
and no arguments, finding the same small vault through its preferences file, so all three
open at the unlock window on a machine in the same state. The first round warms the file
cache and is not counted. Results go to benchmarks/results/bundle.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stats import Figure, ratio, render  # noqa: E402

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
PASSPHRASE = "benchmark vault passphrase, fictional data"
TARGET = 1.5  # the bundle's start-up, as a multiple of the bare window's


def ready_at(stdout: str) -> float:
    lines = [line for line in stdout.splitlines() if line.startswith("ready ")]
    return float(lines[-1].split()[1])


def size_mib(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.lstat().st_size for p in files) / 2**20


def parts(bundle: Path) -> dict[str, float]:
    """MiB by what it is, largest first."""
    inside = bundle / "_internal"
    qt = inside / "PySide6" / "Qt"
    groups = {
        "Qt: ICU (Unicode data QtCore needs)": sorted((qt / "lib").glob("libicu*")),
        "Qt: libraries": sorted((qt / "lib").glob("libQt6*")),
        "Qt: plugins": [qt / "plugins"],
        "Qt for Python (PySide6, shiboken6)": [
            *[p for p in (inside / "PySide6").iterdir() if p.is_file()],
            inside / "shiboken6",
        ],
        "Python (libpython, its extension modules, the standard library)": [
            *inside.glob("libpython*"),
            inside / "python3.11",
            inside / "base_library.zip",
        ],
        "sqlcipher3 (SQLCipher with OpenSSL)": [inside / "sqlcipher3"],
        "cryptography": [*inside.glob("cryptography*")],
        "Counsel Desk (program, code archive, resources)": [
            bundle / "counsel-desk",
            inside / "counsel_desk",
        ],
    }
    counted = {p for paths in groups.values() for p in paths}
    out = {name: sum(size_mib(p) for p in paths) for name, paths in groups.items()}
    rest = [p for p in inside.iterdir() if p not in counted and p.name != "PySide6"]
    out["system libraries carried along (X11, fonts, CUPS, …)"] = sum(size_mib(p) for p in rest)
    out["desktop files and install.sh"] = size_mib(bundle / "share") + size_mib(
        bundle / "install.sh"
    )
    return dict(sorted(out.items(), key=lambda item: -item[1]))


def startup(bundle: Path, runs: int) -> tuple[Figure, Figure, dict[str, float]]:
    from counsel_desk.services.workspace import create_vault

    compileall.compile_dir(str(HERE.parent / "counsel_desk"), quiet=1)  # as pip would
    with tempfile.TemporaryDirectory(prefix="counsel-desk-bundle-bench-") as home:
        vault = Path(home) / "vault"
        workspace, _recovery = create_vault(vault, PASSPHRASE)
        workspace.close()
        config = Path(home) / "config" / "counsel-desk"
        config.mkdir(parents=True)
        (config / "preferences.json").write_text(json.dumps({"vault_folder": str(vault)}))
        env = {**ENV, "XDG_CONFIG_HOME": str(config.parent), "XDG_DATA_HOME": home}
        commands = {
            "bare": [sys.executable, str(HERE / "bare_window.py")],
            "venv": [sys.executable, "-m", "counsel_desk", "--exit-when-ready"],
            "bundle": [str(bundle / "counsel-desk"), "--exit-when-ready"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(runs + 1):
            for name, command in commands.items():
                started = time.monotonic()
                done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
                if round_:
                    times[name].append(ready_at(done.stdout) - started)
    bare_ms = statistics.median(times["bare"]) * 1000
    baseline = f"bare PySide6 window from the venv {bare_ms:.0f} ms"
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    return (
        ratio(
            "bundle: start to unlock window (vs bare window)",
            times["bundle"],
            times["bare"],
            target=TARGET,
            baseline=baseline,
        ),
        ratio(
            "venv: start to unlock window (vs bare window)",
            times["venv"],
            times["bare"],
            target=TARGET,
            baseline=baseline,
        ),
        medians,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=HERE.parent / "dist" / "counsel-desk")
    parser.add_argument("--runs", type=int, default=15, help="rounds counted (default 15)")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    if not (bundle / "counsel-desk").is_file():
        print(f"No bundle in {bundle}: build it with packaging/build.sh.", file=sys.stderr)
        return 2
    bundle_start, venv_start, medians = startup(bundle, args.runs)
    total = size_mib(bundle)
    by_part = parts(bundle)
    print(render([bundle_start, venv_start]))
    print("medians: " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in medians.items()))
    print(f"\nbundle size: {total:.1f} MiB")
    for name, mib in by_part.items():
        print(f"  {mib:6.1f} MiB  {name}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "bundle.json").write_text(
        json.dumps(
            {
                "figures": [bundle_start.as_dict(), venv_start.as_dict()],
                "medians_ms": medians,
                "size_mib": total,
                "parts_mib": by_part,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
