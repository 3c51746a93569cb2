"""The verify fuzz corpus, for backup files: damage a backup (byte flips in its database, its
manifest or its footer; cuts; bytes added; a zeroed run) and run ``counsel-desk verify
--backup``. Every case:

- is refused: exit 4 (damaged), or 3 where the damage fell in the key slot the passphrase
  opens (a slot that no longer opens cannot be told from a wrong passphrase); never 0;
- says one sentence on stderr, with no traceback;
- leaves the backup file's bytes and time as they were, and nothing beside it;
- takes under 5 seconds.

CI runs 60 cases; ``pytest --long -m slow`` runs 600. COUNSEL_DESK_FUZZ_SEED repeats a run.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from backupkit import plant_client
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk import cli
from counsel_desk.services.workspace import create_vault
from counsel_desk.storage import backup_file as bf

SEED = int(os.environ.get("COUNSEL_DESK_FUZZ_SEED", "0")) or random.SystemRandom().randrange(
    1, 10**9
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    ws, _ = create_vault(folder / "vault", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        plant_client(ws, "C-001", weeks=6)
        return ws.backups.back_up(folder / "b.cdbackup").path.read_bytes()
    finally:
        ws.close()


Damage = Callable[[bytes, random.Random, int], tuple[str, bytes]]


def _flip(region: str) -> Damage:
    def damage(data: bytes, rng: random.Random, db_bytes: int) -> tuple[str, bytes]:
        start, end = {
            "database": (0, db_bytes),
            "manifest": (db_bytes, len(data) - bf.FOOTER_BYTES),
            "footer": (len(data) - bf.FOOTER_BYTES, len(data)),
        }[region]
        offset = rng.randrange(start, end)
        out = bytearray(data)
        out[offset] ^= 1 << rng.randrange(8)
        return f"flip {region}", bytes(out)

    return damage


def _cut(data: bytes, rng: random.Random, db_bytes: int) -> tuple[str, bytes]:
    return "cut", data[: rng.randrange(0, len(data))]


def _added(data: bytes, rng: random.Random, db_bytes: int) -> tuple[str, bytes]:
    return "bytes added", data + os.urandom(rng.randrange(1, 5000))


def _zeroed(data: bytes, rng: random.Random, db_bytes: int) -> tuple[str, bytes]:
    start = rng.randrange(0, len(data) - 64)
    length = rng.randrange(16, 4096)
    return "zeroed run", data[:start] + bytes(min(length, len(data) - start)) + data[
        start + length :
    ]


DAMAGE: list[Damage] = [
    _flip("database"),
    _flip("database"),
    _flip("manifest"),
    _flip("footer"),
    _cut,
    _added,
    _zeroed,
]


def _case(pristine: bytes, tmp_path: Path, rng: random.Random, outcomes: Counter) -> None:
    db_bytes = bf._FOOTER.unpack(pristine[-bf.FOOTER_BYTES :])[2]
    kind, damaged = rng.choice(DAMAGE)(pristine, rng, db_bytes)
    if damaged == pristine:
        return
    path = tmp_path / f"case-{rng.randrange(10**9)}.cdbackup"
    path.write_bytes(damaged)
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir()))
    err = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()) as out:
        code = cli.main(
            ["verify", "--backup", str(path), "--passphrase-stdin"],
            stdin=io.StringIO(f"{PASSPHRASE}\n"),
        )
    elapsed = time.perf_counter() - started
    where = f"seed {SEED}, {kind}"
    assert code in (3, 4), (where, code, err.getvalue(), out.getvalue())
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1, (where, err.getvalue())
    assert lines[0].startswith("counsel-desk: ")
    assert "Traceback" not in err.getvalue()
    assert "is sound" not in out.getvalue()
    assert elapsed < 5, (where, elapsed)
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(tmp_path.iterdir())) == before
    if code == 3:
        assert kind in ("flip manifest", "zeroed run"), where
    outcomes[(kind, code)] += 1
    path.unlink()


def test_damaged_backups_are_refused(pristine: bytes, tmp_path: Path) -> None:
    rng, outcomes = random.Random(SEED), Counter()
    for _ in range(60):
        _case(pristine, tmp_path, rng, outcomes)
    print(f"seed {SEED}: {dict(outcomes)}")


@pytest.mark.slow
def test_damaged_backups_are_refused_long(pristine: bytes, tmp_path: Path) -> None:
    rng, outcomes = random.Random(SEED), Counter()
    for _ in range(600):
        _case(pristine, tmp_path, rng, outcomes)
    print(f"seed {SEED}: {dict(outcomes)}")


def test_the_undamaged_backup_passes(pristine: bytes, tmp_path: Path) -> None:
    """The control: the same command on the backup as written says it is sound."""
    path = tmp_path / "b.cdbackup"
    path.write_bytes(pristine)
    code = cli.main(
        ["verify", "--backup", str(path), "--passphrase-stdin"],
        stdin=io.StringIO(f"{PASSPHRASE}\n"),
    )
    assert code == 0
