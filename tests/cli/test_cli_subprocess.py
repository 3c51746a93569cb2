"""The command line as a user runs it: a real process, the real (calibrated) KDF.

Kept to one round trip because every step costs a calibrated Argon2id derivation.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from counsel_desk import __version__

RECOVERY_LINE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){13}$")
FIRST = "autumn leaves fall softly 42"
SECOND = "winter light on the river 17"
THIRD = "spring rain over the moor 63"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counsel_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def assert_one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("counsel-desk: "), stderr
    assert lines[0].endswith((".", ")")), stderr
    assert "Traceback" not in stderr
    assert "ERROR" not in stderr
    return lines[0]


def test_round_trip(tmp_path: Path) -> None:
    vault = str(tmp_path / "vault")
    folder = Path(vault)

    done = run("init", "--vault", vault, "--passphrase-stdin", stdin=FIRST + "\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    recovery = lines[-1]
    assert RECOVERY_LINE.match(recovery), done.stdout
    assert sum(bool(RECOVERY_LINE.match(line)) for line in lines) == 1
    assert recovery not in done.stderr
    assert "Traceback" not in done.stderr

    done = run("verify", "--vault", vault, "--passphrase-stdin", stdin=FIRST + "\n")
    assert done.returncode == 0, done.stderr
    assert "The vault is sound." in done.stdout
    assert "FAIL" not in done.stdout

    before = files(folder)
    done = run("verify", "--vault", vault, "--passphrase-stdin", stdin="not my passphrase\n")
    assert done.returncode == 3
    assert "passphrase does not open this vault" in assert_one_sentence(done.stderr)
    assert done.stdout == ""
    assert files(folder) == before

    done = run("passwd", "--vault", vault, "--passphrase-stdin", stdin=f"{FIRST}\n{SECOND}\n")
    assert done.returncode == 0, done.stderr
    assert (
        run("verify", "--vault", vault, "--passphrase-stdin", stdin=SECOND + "\n").returncode == 0
    )
    done = run("verify", "--vault", vault, "--passphrase-stdin", stdin=FIRST + "\n")
    assert done.returncode == 3
    assert_one_sentence(done.stderr)

    done = run(
        "recover", "--vault", vault, "--passphrase-stdin", stdin=f"{recovery.lower()}\n{THIRD}\n"
    )
    assert done.returncode == 0, done.stderr
    assert run("verify", "--vault", vault, "--passphrase-stdin", stdin=THIRD + "\n").returncode == 0


def test_version_and_usage_errors() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"Counsel Desk {__version__}"

    done = run("frobnicate")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "counsel-desk: " in done.stderr
    assert "invalid choice" in done.stderr
