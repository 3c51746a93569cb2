"""The open export and import on the ten-year vault (issue #14 item 3).

    python benchmarks/export.py [--runs N] [--smoke]

Builds (or reuses) the benchmark vault and its plain-SQLite twin as run.py does. Each run is
its own process (``--phase``), so its peak memory (``VmHWM``) is its own:

- **plain json.dump** (the baseline): every exported table read with ``SELECT *`` from the
  plain SQLite twin (no key) into lists, then ``json.dump`` to a file;
- **export**: ``OpenExportService.export`` from the encrypted vault — a client at a time,
  a private temp file, fsync, rename, its audit entry;
- **import**: ``import_vault`` of that file into a new folder — the whole file checked,
  then read again and written in the transaction that makes the vault (calibrated
  Argon2id, as the command line uses).

Export and baseline are run in turns. Prints a table; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _peak_mib() -> float:
    """This process's peak resident memory: VmHWM (ru_maxrss would carry the parent's peak
    across fork and exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_plain(plain: Path, out: Path) -> float:
    import sqlcipher3

    from counsel_desk.storage.open_format import all_parts

    started = time.perf_counter()
    conn = sqlcipher3.connect(str(plain))
    data = {}
    for part in all_parts():
        cursor = conn.execute(f"SELECT * FROM {part.table}")
        names = [d[0] for d in cursor.description]
        data[part.table] = [dict(zip(names, row, strict=True)) for row in cursor]
    conn.close()
    with open(out, "w", encoding="utf-8") as fp:
        json.dump(data, fp, ensure_ascii=False)
    return time.perf_counter() - started


def phase_export(vault: Path, passphrase: str, out: Path) -> float:
    from counsel_desk.services.open_export import OpenExportService
    from counsel_desk.services.workspace import unlock

    ws = unlock(vault, passphrase)
    try:
        started = time.perf_counter()
        OpenExportService(ws.vault).export(out)
        return time.perf_counter() - started
    finally:
        ws.close()


def phase_import(source: Path, target: Path, passphrase: str) -> float:
    from counsel_desk.services.open_export import import_vault

    started = time.perf_counter()
    import_vault(source, target, passphrase)
    return time.perf_counter() - started


def _child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", *args], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--phase", nargs="+")
    args = parser.parse_args()
    if args.phase:
        kind, *rest = args.phase
        if kind == "plain":
            seconds = phase_plain(Path(rest[0]), Path(rest[1]))
        elif kind == "export":
            seconds = phase_export(Path(rest[0]), rest[1], Path(rest[2]))
        else:
            seconds = phase_import(Path(rest[0]), Path(rest[1]), rest[2])
        print(json.dumps({"s": seconds, "peak_mib": _peak_mib()}))
        return 0

    from run import PASSPHRASE, build

    clients, years = (6, 0.5) if args.smoke else (300, 10.0)
    vault, plain = build(HERE / ".cache", clients, years, 7, False)
    work = Path(tempfile.mkdtemp(prefix="export-bench-"))
    results: dict[str, list[float]] = {k: [] for k in
                                       ("plain_s", "export_s", "import_s", "export_mib",
                                        "import_mib", "plain_mib")}  # fmt: skip
    try:
        for i in range(args.runs + 1):  # the first pair warms the file cache
            p = _child("plain", str(plain), str(work / "plain.json"))
            e = _child("export", str(vault), PASSPHRASE, str(work / "export.json"))
            target = work / f"imported-{i}"
            m = _child("import", str(work / "export.json"), str(target), PASSPHRASE)
            shutil.rmtree(target)
            if i:
                results["plain_s"].append(p["s"])
                results["export_s"].append(e["s"])
                results["import_s"].append(m["s"])
                results["plain_mib"].append(p["peak_mib"])
                results["export_mib"].append(e["peak_mib"])
                results["import_mib"].append(m["peak_mib"])
        size = (work / "export.json").stat().st_size
    finally:
        shutil.rmtree(work, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in results.items()}
    ratios = [e / p for e, p in zip(results["export_s"], results["plain_s"], strict=True)]
    print(f"vault {vault.name}; export file {size / 1e6:.1f} MB; {args.runs} runs")
    print(f"plain json.dump (baseline) {med['plain_s']:.2f} s  peak {med['plain_mib']:.0f} MiB")
    print(f"export                     {med['export_s']:.2f} s  (target 5 s) "
          f"peak {med['export_mib']:.0f} MiB (target 200)")  # fmt: skip
    print(f"export / plain             {statistics.median(ratios):.2f}x "
          f"({min(ratios):.2f}-{max(ratios):.2f}) (target 3x)")  # fmt: skip
    print(f"import                     {med['import_s']:.2f} s  (target 15 s) "
          f"peak {med['import_mib']:.0f} MiB (target 200)")  # fmt: skip
    print(json.dumps({**results, "bytes": size, "ratio": ratios}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
