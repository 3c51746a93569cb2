"""T14/T26/T27 fuzz: damage a vault, run ``counsel-desk verify``, and hold it to its promises.

Each case copies one of three starting vaults — cold (closed cleanly), hot (committed
clients still only in ``vault.db-wal``, with its ``-shm`` index, as a crash leaves them)
and hot without its index — damages one file (byte flips, truncations, deletions,
zero-length files, key files from another vault or from before a passphrase change) and
runs verify in-process. Every case asserts:

- the exit code its kind calls for (where that depends on where the damage fell — a page
  the log rewrites, the last frame of a log without index — it is worked out per case);
- no traceback, and at most one sentence on stderr;
- no case takes 5 s (a watchdog also dumps and ends a run that hangs);
- every file in the folder has the same bytes and time afterwards, none added or removed;
- never "The vault is sound." when SQLite, opening a copy, no longer sees every committed
  client (committed data lost).

One thing no check can see is left out on purpose: a log without its index cut exactly
after a commit frame is indistinguishable from a shorter log (docs/ARCHITECTURE.md).

CI runs about 330 cases; ``pytest --long -m slow`` runs 3,000. Set COUNSEL_DESK_FUZZ_SEED
to repeat a run; the outcome counts per kind are printed (``-s``).
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import json
import os
import random
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE
from vaultkit import (
    FRAME,
    PAGE,
    WAL_HEADER,
    changes,
    codes_sqlite_sees,
    copy_vault,
    make_hot,
    state,
    the_data_key,
    wal_frames,
)

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft
from counsel_desk.services.workspace import change_passphrase, create_vault
from counsel_desk.storage import keyheader as kh
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.files import restrict_umask
from counsel_desk.storage.verify import SOUND, TORN

EARLIER = "an earlier passphrase 77"
HOT_CLIENTS = 6


@dataclass
class Bases:
    cold: Path
    hot: Path
    hot_bare: Path  # hot, without vault.db-shm
    other_keys: Path  # key files of another vault (same passphrase)
    old_keys: Path  # this vault's key files from before its passphrase changed
    key: bytearray
    cold_codes: set[str]
    hot_codes: set[str]
    hot_frames: list[tuple[int, int]]  # (page, commit size) per frame
    hot_pages: int  # database pages after the last commit


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> Bases:
    restrict_umask()
    ks_calibrate = ks.calibrate
    ks.calibrate = lambda *_a, **_k: LIGHT_KDF  # passwd below, with light parameters
    try:
        root = tmp_path_factory.mktemp("bases")
        cold = root / "cold"
        ws, _ = create_vault(cold, EARLIER, kdf=LIGHT_KDF)
        codes = {f"C-{i}" for i in range(4)}
        for code in sorted(codes):
            ws.clients.add(ClientDraft(code=code))
        ws.close()
        old_keys = root / "old-keys"
        old_keys.mkdir()
        for name in ("keys.json", "keys.backup.json"):
            shutil.copy2(cold / name, old_keys / name)
        change_passphrase(cold, EARLIER, PASSPHRASE, kdf=LIGHT_KDF)
        other = root / "other"
        other_ws, _ = create_vault(other, PASSPHRASE, kdf=LIGHT_KDF)
        other_ws.close()
        hot = root / "hot"
        warm = copy_vault(cold, root / "warm")
        hot_codes = codes | set(make_hot(warm, hot, HOT_CLIENTS))
        hot_bare = copy_vault(hot, root / "hot-bare")
        (hot_bare / "vault.db-shm").unlink()
        frames = wal_frames((hot / "vault.db-wal").read_bytes())
        assert frames
        assert frames[-1][1] > 0, "the hot log must end with a commit"
        return Bases(
            cold=cold,
            hot=hot,
            hot_bare=hot_bare,
            other_keys=other,
            old_keys=old_keys,
            key=the_data_key(cold),
            cold_codes=codes,
            hot_codes=hot_codes,
            hot_frames=frames,
            hot_pages=frames[-1][1],
        )
    finally:
        ks.calibrate = ks_calibrate


# --- damage ------------------------------------------------------------------------------
def _flip(path: Path, rng: random.Random) -> int:
    data = bytearray(path.read_bytes())
    offset = rng.randrange(len(data))
    data[offset] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return offset


def _truncate(path: Path, rng: random.Random) -> int:
    size = path.stat().st_size
    length = rng.randrange(size)
    with path.open("r+b") as fh:
        fh.truncate(length)
    return length


@dataclass(frozen=True)
class Outcome:
    code: int
    passphrase: str = PASSPHRASE
    torn: bool = False  # exit 0, but the last change is reported incomplete


Damage = Callable[[Path, random.Random, Bases], Outcome]


def _key_file(name: str, how: str) -> Damage:
    def damage(folder: Path, rng: random.Random, b: Bases) -> Outcome:
        path = folder / name
        original = kh.KeyHeader.from_bytes(path.read_bytes())
        if how == "flip":
            _flip(path, rng)
        elif how == "truncate":
            _truncate(path, rng)
        else:
            path.unlink()
        try:
            same = kh.KeyHeader.from_bytes(path.read_bytes()) == original
        except (OSError, kh.HeaderInvalid):
            same = False
        return Outcome(0 if same else 4)  # a flip in JSON white space changes nothing

    return damage


def _swap_keys(source: str, names: tuple[str, ...], passphrase: str, code: int) -> Damage:
    def damage(folder: Path, rng: random.Random, b: Bases) -> Outcome:
        for name in names:
            shutil.copy2(getattr(b, source) / name, folder / name)
        return Outcome(code, passphrase)

    return damage


def _hot_db_flip(folder: Path, rng: random.Random, b: Bases) -> Outcome:
    offset = _flip(folder / "vault.db", rng)
    rewritten = {page for page, _ in b.hot_frames}
    # The log rewrites that page on replay, unless the flip hit the salt SQLCipher reads
    # from the file itself.
    return Outcome(0 if offset >= 16 and offset // PAGE + 1 in rewritten else 4)


def _hot_db_truncate(folder: Path, rng: random.Random, b: Bases) -> Outcome:
    length = _truncate(folder / "vault.db", rng)
    rewritten = {page for page, _ in b.hot_frames}
    lost = range(length // PAGE + 1, b.hot_pages + 1)
    return Outcome(0 if length >= 16 and all(p in rewritten for p in lost) else 4)


def _bare_wal_flip(folder: Path, rng: random.Random, b: Bases) -> Outcome:
    offset = _flip(folder / "vault.db-wal", rng)
    last = WAL_HEADER + (len(b.hot_frames) - 1) * FRAME
    in_salt = last + 8 <= offset < last + 16
    # Without the index, damage to the last frame cannot be told from a commit cut short.
    return Outcome(0, torn=True) if offset >= last and not in_salt else Outcome(4)


def _bare_wal_truncate(folder: Path, rng: random.Random, b: Bases) -> Outcome:
    path = folder / "vault.db-wal"
    commits = {WAL_HEADER + (i + 1) * FRAME for i, (_, c) in enumerate(b.hot_frames) if c}
    size = path.stat().st_size
    length = rng.choice([n for n in range(WAL_HEADER + 1, size) if n not in commits])
    with path.open("r+b") as fh:
        fh.truncate(length)
    return Outcome(0, torn=True)


def _file(name: str, how: str, code: int) -> Damage:
    def damage(folder: Path, rng: random.Random, b: Bases) -> Outcome:
        path = folder / name
        if how == "flip":
            _flip(path, rng)
        elif how == "truncate":
            _truncate(path, rng)
        elif how == "zero":
            path.write_bytes(b"")
            os.utime(path)
        else:
            path.unlink()
        return Outcome(code)

    return damage


def _nothing(code: int = 0, passphrase: str = PASSPHRASE) -> Damage:
    return lambda folder, rng, b: Outcome(code, passphrase)


def _garble_both(folder: Path, rng: random.Random, b: Bases) -> Outcome:
    for name in ("keys.json", "keys.backup.json"):
        (folder / name).write_bytes(os.urandom(rng.randrange(1, 900)))
    return Outcome(4)


KEYS = ("keys.json", "keys.backup.json")
KINDS: dict[str, tuple[str, Damage]] = {
    "cold: intact": ("cold", _nothing()),
    "cold: wrong passphrase": ("cold", _nothing(3, "not the passphrase 12")),
    "cold: vault.db byte flip": ("cold", _file("vault.db", "flip", 4)),
    "cold: vault.db truncated": ("cold", _file("vault.db", "truncate", 4)),
    "cold: vault.db zero-length": ("cold", _file("vault.db", "zero", 4)),
    "cold: vault.db deleted": ("cold", _file("vault.db", "delete", 4)),
    "cold: keys.json byte flip": ("cold", _key_file("keys.json", "flip")),
    "cold: keys.json truncated": ("cold", _key_file("keys.json", "truncate")),
    "cold: keys.json deleted": ("cold", _key_file("keys.json", "delete")),
    "cold: keys.backup.json byte flip": ("cold", _key_file("keys.backup.json", "flip")),
    "cold: keys.backup.json truncated": ("cold", _key_file("keys.backup.json", "truncate")),
    "cold: keys.backup.json deleted": ("cold", _key_file("keys.backup.json", "delete")),
    "cold: both key files garbage": ("cold", _garble_both),
    "cold: key files of another vault": ("cold", _swap_keys("other_keys", KEYS, PASSPHRASE, 4)),
    "cold: old key files, current passphrase": (
        "cold",
        _swap_keys("old_keys", KEYS, PASSPHRASE, 3),
    ),
    "cold: old key files, their passphrase": ("cold", _swap_keys("old_keys", KEYS, EARLIER, 4)),
    "cold: old backup copy, current passphrase": (
        "cold",
        _swap_keys("old_keys", ("keys.backup.json",), PASSPHRASE, 4),
    ),
    "cold: old backup copy, its passphrase": (
        "cold",
        _swap_keys("old_keys", ("keys.backup.json",), EARLIER, 3),
    ),
    "hot: intact": ("hot", _nothing()),
    "hot: wrong passphrase": ("hot", _nothing(3, "not the passphrase 12")),
    "hot: vault.db-wal byte flip": ("hot", _file("vault.db-wal", "flip", 4)),
    "hot: vault.db-wal truncated": ("hot", _file("vault.db-wal", "truncate", 4)),
    "hot: vault.db-wal zero-length": ("hot", _file("vault.db-wal", "zero", 4)),
    "hot: vault.db-wal deleted": ("hot", _file("vault.db-wal", "delete", 4)),
    "hot: vault.db-shm byte flip": ("hot", _file("vault.db-shm", "flip", 0)),
    "hot: vault.db-shm truncated": ("hot", _file("vault.db-shm", "truncate", 0)),
    "hot: vault.db-shm deleted": ("hot", _file("vault.db-shm", "delete", 0)),
    "hot: vault.db byte flip": ("hot", _hot_db_flip),
    "hot: vault.db truncated": ("hot", _hot_db_truncate),
    "hot: vault.db deleted": ("hot", _file("vault.db", "delete", 4)),
    "hot: keys.json byte flip": ("hot", _key_file("keys.json", "flip")),
    "hot: keys.backup.json deleted": ("hot", _key_file("keys.backup.json", "delete")),
    "hot, no index: intact": ("hot_bare", _nothing()),
    "hot, no index: vault.db-wal byte flip": ("hot_bare", _bare_wal_flip),
    "hot, no index: vault.db-wal cut inside a change": ("hot_bare", _bare_wal_truncate),
}
WEIGHTS = {  # the kinds where the damage can fall in many different places get more cases
    "cold: vault.db byte flip": 25,
    "cold: vault.db truncated": 15,
    "cold: keys.json byte flip": 20,
    "cold: keys.backup.json byte flip": 12,
    "cold: keys.json truncated": 8,
    "hot: vault.db-wal byte flip": 35,
    "hot: vault.db-wal truncated": 15,
    "hot: vault.db-shm byte flip": 12,
    "hot: vault.db byte flip": 25,
    "hot: vault.db truncated": 12,
    "hot: keys.json byte flip": 8,
    "hot, no index: vault.db-wal byte flip": 30,
    "hot, no index: vault.db-wal cut inside a change": 12,
}


# --- running verify ----------------------------------------------------------------------
def _verify(folder: Path, passphrase: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(
            ["verify", "--vault", str(folder), "--passphrase-stdin"],
            stdin=io.StringIO(passphrase + "\n"),
        )
    return code, out.getvalue(), err.getvalue()


def _plan(total: int, rng: random.Random) -> list[str]:
    names = list(KINDS)
    plan = names * 2  # every kind at least twice
    weights = [WEIGHTS.get(n, 2) for n in names]
    plan += rng.choices(names, weights, k=max(0, total - len(plan)))
    rng.shuffle(plan)
    return plan


def _run(bases: Bases, work: Path, total: int) -> None:
    seed = int(os.environ.get("COUNSEL_DESK_FUZZ_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    failures: list[str] = []
    slowest = 0.0
    for number, kind in enumerate(_plan(total, rng)):
        base_name, damage = KINDS[kind]
        folder = copy_vault(getattr(bases, base_name), work / f"case-{number}")
        expected = damage(folder, rng, bases)
        before = state(folder)
        faulthandler.dump_traceback_later(60, exit=True)  # a hang ends the run, loudly
        started = time.perf_counter()
        try:
            code, out, err = _verify(folder, expected.passphrase)
        finally:
            faulthandler.cancel_dump_traceback_later()
        elapsed = time.perf_counter() - started
        slowest = max(slowest, elapsed)
        wanted = bases.hot_codes if base_name.startswith("hot") else bases.cold_codes
        seen = codes_sqlite_sees(folder, bases.key)
        lost = seen is None or not wanted <= seen
        sound = SOUND in out
        outcomes[kind][f"exit {code}" + (", not sound" if code == 0 and not sound else "")] += 1
        problems = changes(folder, before)
        if expected.torn and code == 0 and TORN not in out:
            problems.append("the last change was not reported incomplete")
        if code != expected.code:
            problems.append(f"exit {code}, expected {expected.code}")
        if "Traceback" in out + err:
            problems.append("a traceback")
        err_lines = err.splitlines()
        if (code == 0 and err_lines) or (
            code != 0 and (len(err_lines) != 1 or not err_lines[0].startswith("counsel-desk: "))
        ):
            problems.append(f"stderr is not one sentence: {err!r}")
        if elapsed > 5:
            problems.append(f"took {elapsed:.1f} s")
        if lost and sound:
            problems.append("committed data was lost, yet the vault was reported sound")
        if problems:
            failures.append(f"case {number} ({kind}): {'; '.join(problems)}\n{out}{err}")
        shutil.rmtree(folder)
    report = {kind: dict(counts) for kind, counts in sorted(outcomes.items())}
    print(f"\nverify fuzz: {total} cases, seed {seed}, slowest {slowest:.2f} s")
    print(json.dumps(report, indent=1))
    assert not failures, f"{len(failures)} of {total} cases failed (seed {seed}):\n" + "\n".join(
        failures[:10]
    )


def test_verify_fuzz(bases: Bases, tmp_path: Path) -> None:
    _run(bases, tmp_path, total=330)


@pytest.mark.slow
def test_verify_fuzz_long(bases: Bases, tmp_path: Path) -> None:
    _run(bases, tmp_path, total=3000)
