"""The audit trail and the upgrade to schema 3, timed (not part of ``run.py``: an upgrade
happens once per vault).

    python benchmarks/audit_upgrade.py [--entries 50000] [--runs 5]

- **record an entry**: ``AuditLog.record`` (the last entry read, the detail checked, two
  SHA-256, the insert and the head's trigger) beside a plain INSERT of the same row into a
  table without triggers, each inside a unit of work of 200 entries, in the same vault.
- **walk the chain**: ``walk_chain`` over ``--entries`` entries (what ``verify`` and the
  check after an upgrade add), beside reading the same rows without hashing.
- **first unlock after the upgrade**: the ten-year vault that ``run.py`` cached at schema 2
  (if there), copied, opened once by this app (copy before migrating, the migration, the
  check straight after it), beside opening the upgraded copy again.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from stats import figure, ratio, render, sample  # noqa: E402

from counsel_desk.domain.audit import AuditKind  # noqa: E402
from counsel_desk.services.workspace import create_vault  # noqa: E402
from counsel_desk.storage.audit import AuditLog, walk_chain  # noqa: E402
from counsel_desk.storage.keyslots import KdfParams  # noqa: E402
from counsel_desk.storage.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark vault passphrase, fictional data"  # as run.py
LIGHT = KdfParams(m_kib=8 * 1024, t=1, p=1)  # the unlock is not what is timed here
BATCH = 200


def audit_figures(entries: int, runs: int) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = create_vault(Path(tmp) / "vault", PASSPHRASE, kdf=LIGHT)
        try:
            conn, work, log = ws.vault.conn, ws.vault.work, AuditLog(ws.vault.conn)
            conn.execute(
                "CREATE TABLE plain_log (position INTEGER PRIMARY KEY, at TEXT, kind TEXT, "
                "detail TEXT, prev_hash TEXT, hash TEXT) STRICT"
            )

            def chained() -> None:
                with work:
                    for n in range(BATCH):
                        log.record(AuditKind.NOTE_FINALISED, note=n)

            def plain() -> None:
                with work:
                    for n in range(BATCH):
                        conn.execute(
                            "INSERT INTO plain_log (at, kind, detail, prev_hash, hash) "
                            "VALUES ('2026-01-01T00:00:00Z', 'note_finalised', ?, ?, ?)",
                            (f'{{"note":{n}}}', "0" * 64, "0" * 64),
                        )

            ours = [s / BATCH for s in sample(chained, runs)]
            base = [s / BATCH for s in sample(plain, runs)]
            while log.count() < entries:
                chained()
            count = log.count()
            walk = sample(lambda: walk_chain(conn), runs)
            read = sample(
                lambda: conn.execute("SELECT * FROM audit_log ORDER BY position").fetchall(), runs
            )
        finally:
            ws.close()
    return [
        figure("record an audit entry (in a unit of work)", ours, target=1.0),
        ratio(
            "record an entry vs a plain insert",
            ours,
            base,
            target=10.0,
            baseline=f"plain INSERT {sorted(base)[len(base) // 2] * 1e6:.0f} µs",
        ),
        figure(f"walk the chain ({count:,} entries)", walk, unit="s", target=2.0),
        ratio(
            "walk vs reading the same rows",
            walk,
            read,
            target=20.0,
            baseline=f"reading {count:,} rows {sorted(read)[len(read) // 2] * 1000:.0f} ms",
        ),
    ]


def upgrade_figures(runs: int) -> list:
    cached = sorted((HERE / ".cache").glob("vault-300c-10y-s7-v2-*"))
    if not cached:
        print("no schema 2 vault cached by run.py: the upgrade is not timed")
        return []
    first, again = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "vault"
            shutil.copytree(cached[-1], folder)
            started = time.perf_counter()
            Vault.open(folder, PASSPHRASE).close()
            first.append(time.perf_counter() - started)
            started = time.perf_counter()
            Vault.open(folder, PASSPHRASE).close()
            again.append(time.perf_counter() - started)
    return [
        figure("first unlock after the upgrade (ten-year vault)", first, unit="s"),
        ratio(
            "first unlock after the upgrade vs the next",
            first,
            again,
            target=10.0,
            baseline=f"the next unlock {sorted(again)[len(again) // 2]:.2f} s (Argon2id and all)",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures = audit_figures(args.entries, args.runs) + upgrade_figures(max(1, args.runs // 2))
    print(render(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
