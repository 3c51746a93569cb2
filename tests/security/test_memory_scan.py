"""T11 (passphrase part): after unlock → lock through the real unlock window, no copy of the
passphrase is left in the process's memory, as UTF-8 or as UTF-16 (QString).

A child process types the passphrase into the unlock window, unlocks, locks, and scans its
own memory (tests/security/memscan_child.py). A control child keeps a copy on purpose and
must be found, so a scan that finds nothing is a scan that works. Before this was measured
and fixed, 2 UTF-8 copies were left (docs/ARCHITECTURE.md, "Secrets in memory").

Linux only (it reads /proc/self/mem), which is what CI runs; the test says so rather than
skipping elsewhere.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from testkit import LIGHT_KDF
from vaultkit import copy_vault

from counsel_desk.services.workspace import create_vault

CHILD = Path(__file__).with_name("memscan_child.py")
MASK = 0x5A


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault whose passphrase this test process holds only masked."""
    secret = "ZQX-" + uuid.uuid4().hex[:24]
    masked = bytes(b ^ MASK for b in secret.encode()).hex()
    folder = tmp_path_factory.mktemp("memscan") / "vault"
    ws, _ = create_vault(folder, secret, kdf=LIGHT_KDF)
    ws.close()
    return folder, masked


@pytest.fixture(scope="module")
def children(vault: tuple[Path, str]) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The control child and the test child, started together: each takes seconds, most of
    it Qt starting and the scan; each opens its own copy of the vault (one writer each)."""
    assert sys.platform.startswith("linux"), "the memory scan reads /proc/self/mem (Linux)"
    folder, masked = vault
    started = {
        mode: subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(copy_vault(folder, folder.with_name(f"vault-{mode}"))),
                str(MASK),
                masked,
                mode,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for mode in ("control", "test")
    }
    yield started
    for child in started.values():
        if child.poll() is None:
            child.kill()
        child.communicate()


def _scan(children: dict[str, subprocess.Popen[str]], mode: str) -> dict[str, str]:
    stdout, stderr = children[mode].communicate(timeout=180)
    assert children[mode].returncode == 0, stderr
    match = re.search(r"utf8=(\d+) utf16=(\d+) dumpable=(\w+)", stdout)
    assert match, stdout + stderr
    return dict(zip(("utf8", "utf16", "dumpable"), match.groups(), strict=True))


def test_the_scan_finds_a_copy_that_is_kept(children: dict[str, subprocess.Popen[str]]) -> None:
    counts = _scan(children, "control")
    assert int(counts["utf8"]) >= 1
    assert int(counts["utf16"]) >= 1


def test_no_copy_of_the_passphrase_is_left_after_lock(
    children: dict[str, subprocess.Popen[str]],
) -> None:
    counts = _scan(children, "test")
    assert counts == {"utf8": "0", "utf16": "0", "dumpable": "False"}
