"""kill -9 during a backup and during an erasure.

A backup killed at any moment leaves the vault as it was, no file under a backup's name
that is not a whole, sound backup, and at most a hidden temporary file, which the next
backup into that folder removes. An erasure killed at any moment leaves the client whole
(killed inside its unit of work) or gone with its record (killed after it committed):
never in part; and once the vault has been opened and closed again, none of their words is
left in its pages.

A child process does the work and stops at a chosen point (says where, then sleeps); the
parent kills it there with SIGKILL. The random-timing loop for backups is marked slow:
CI runs a few trials, ``pytest --long -m slow`` runs many.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from backupkit import encodings, plaintext_of_folder, plant_client, set_backup_folder
from testkit import LIGHT_KDF, PASSPHRASE, private_home
from vaultkit import copy_vault, the_data_key

from counsel_desk.domain.backups import is_backup_name
from counsel_desk.services.workspace import Workspace, create_vault, unlock, verify
from counsel_desk.storage import keyslots as ks
from counsel_desk.storage.backup import TEMP_PREFIX
from counsel_desk.storage.backup_check import check_backup

BACKUP_CHILD = """
import sys, time
from pathlib import Path
from counsel_desk.services import backups as services_backups
from counsel_desk.services.workspace import unlock
from counsel_desk.storage import backup as storage_backup

folder, passphrase, usb, where = sys.argv[1:5]
ws = unlock(Path(folder), passphrase)

def stop(label):
    print("inside " + label, flush=True)
    time.sleep(120)

storage_backup.STEP_PAGES = 4
def progress(done, total):
    if where == "pages" and done >= 8:
        stop(where)

real_place = storage_backup._place
def place(tmp, final):
    if where == "sealed":
        stop(where)
    real_place(tmp, final)
    if where == "named":
        stop(where)
storage_backup._place = place

real_check = services_backups.BackupRun._check
def check(self, path, size):
    if where == "checking":
        stop(where)
    return real_check(self, path, size)
services_backups.BackupRun._check = check

if where == "random":
    print("started", flush=True)
    while True:
        ws.backups.back_up(progress=progress)
run = ws.backups.prepare()
outcome = run.run(progress)
ws.backups.finished(run)
ws.backups.record(outcome)
print("finished", flush=True)
"""

ERASE_CHILD = """
import sys, time
from pathlib import Path
from counsel_desk.domain.erasure import Scope
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.erasure import ErasureRepository

folder, passphrase, client_id, where = sys.argv[1:5]
ws = unlock(Path(folder), passphrase)

def stop(label):
    print("inside " + label, flush=True)
    time.sleep(120)

real_blank = AuditLog.blank
def blank(self, positions):
    done = real_blank(self, positions)
    if where == "blanked":
        stop(where)
    return done
AuditLog.blank = blank

real_record = AuditLog.record
def record(self, kind, **detail):
    position = real_record(self, kind, **detail)
    if where == "recorded" and kind == "client_erased":
        stop(where)
    return position
AuditLog.record = record

real_scrub = ErasureRepository.scrub
def scrub(self):
    if where == "committed":  # before the database is rewritten
        stop(where)
    return real_scrub(self)
ErasureRepository.scrub = scrub

ws.erasure.erase(int(client_id), Scope.CLIENT, at_request=True)
print("finished", flush=True)
"""


@pytest.fixture(autouse=True)
def _light_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ks, "calibrate", lambda *_a, **_k: LIGHT_KDF)


def _run_until(script: str, args: list[str], where: str, delay: float | None = None) -> list[str]:
    """Start the child, wait until it says it is ``inside`` (or ``delay`` seconds after it
    started), then SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args, where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    lines: list[str] = []
    try:
        assert child.stdout is not None
        for raw in child.stdout:
            lines.append(raw.decode().strip())
            if lines[-1].startswith("inside"):
                break
            if delay is not None and lines[-1] == "started":
                time.sleep(delay)
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        errors = child.stderr.read().decode() if child.stderr else ""
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL, (lines, errors)
    return lines


@pytest.fixture(scope="module")
def filled_made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """Three planted clients of 12 weeks each, closed: planted once per module."""
    root = tmp_path_factory.mktemp("filled")
    with private_home(root):
        ws, _ = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
        try:
            planted = [plant_client(ws, f"C-00{n}", weeks=12) for n in range(1, 4)]
        finally:
            ws.close()
    return root / "vault", planted


@pytest.fixture
def filled(filled_made: tuple[Path, list], tmp_path: Path) -> tuple[Path, Path, list]:
    """Each test's own copy of that vault, and its own backup folder (a preference)."""
    made, planted = filled_made
    folder = copy_vault(made, tmp_path / "vault")
    usb = tmp_path / "usb"
    usb.mkdir()
    set_backup_folder(usb)
    return folder, usb, planted


def _backups_are_whole_or_hidden(usb: Path) -> list[Path]:
    """Every file named as a backup is a whole, sound one; anything else is a hidden
    temporary file. Returns the temporary files."""
    temps = []
    for path in usb.iterdir():
        if is_backup_name(path.name):
            with ks.PassphraseOpener(PASSPHRASE) as opener:
                assert check_backup(path, open_slot=opener).ok, path.name
        else:
            assert path.name.startswith(TEMP_PREFIX), path.name
            temps.append(path)
    return temps


def _vault_sound(folder: Path) -> None:
    report = verify(folder, PASSPHRASE)
    assert report.ok, [c for c in report.checks if not c.ok]


@pytest.mark.parametrize("where", ["pages", "sealed", "named", "checking"])
def test_a_backup_killed_part_way(filled: tuple, where: str) -> None:
    folder, usb, _planted = filled
    lines = _run_until(BACKUP_CHILD, [str(folder), PASSPHRASE, str(usb)], where)
    assert lines[-1] == f"inside {where}"
    temps = _backups_are_whole_or_hidden(usb)
    named = [p for p in usb.iterdir() if is_backup_name(p.name)]
    assert (len(temps), len(named)) == {
        "pages": (1, 0),
        "sealed": (1, 0),
        "named": (0, 1),  # whole and sound, though not yet checked nor counted
        "checking": (0, 1),
    }[where]
    _vault_sound(folder)
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.backups.made() == []
        outcome = ws.backups.back_up()
        assert outcome.path.exists()
    finally:
        ws.close()
    assert _backups_are_whole_or_hidden(usb) == []  # the next backup removed the leftover


@pytest.mark.parametrize("trial", range(3))
def test_a_backup_killed_at_a_random_moment(filled: tuple, trial: int) -> None:
    _random_kill(filled, random.Random(trial))


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(30))
def test_a_backup_killed_at_a_random_moment_long(filled: tuple, trial: int) -> None:
    _random_kill(filled, random.Random(1000 + trial))


def _random_kill(filled: tuple, rng: random.Random) -> None:
    folder, usb, _planted = filled
    _run_until(BACKUP_CHILD, [str(folder), PASSPHRASE, str(usb)], "random", rng.uniform(0.05, 3))
    _backups_are_whole_or_hidden(usb)
    _vault_sound(folder)


def _client_rows(ws: Workspace, client_id: int) -> int:
    conn = ws.vault.conn
    return sum(
        conn.execute(sql, (client_id,)).fetchone()[0]
        for sql in (
            "SELECT count(*) FROM clients WHERE id = ?",
            "SELECT count(*) FROM client_identity WHERE client_id = ?",
            "SELECT count(*) FROM sessions WHERE client_id = ?",
            "SELECT count(*) FROM notes WHERE client_id = ?",
        )
    )


@pytest.mark.parametrize(
    ("where", "erased"), [("blanked", False), ("recorded", False), ("committed", True)]
)
def test_an_erasure_killed_part_way_is_all_or_nothing(
    filled: tuple, where: str, erased: bool
) -> None:
    folder, _usb, planted = filled
    gone = planted[1]
    ws = unlock(folder, PASSPHRASE)
    before = _client_rows(ws, gone.client_id)
    entries = ws.audit.count()
    ws.close()
    lines = _run_until(ERASE_CHILD, [str(folder), PASSPHRASE, str(gone.client_id)], where)
    assert lines[-1] == f"inside {where}"
    _vault_sound(folder)
    ws = unlock(folder, PASSPHRASE)
    try:
        conn = ws.vault.conn
        assert conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0] == 0
        assert ws.audit.check().ok
        records = ws.erasure.records()
        if erased:
            assert _client_rows(ws, gone.client_id) == 0
            assert [r.code for r in records] == ["C-002"]
            # the rewrite it did not get to was done as the vault was unlocked
            assert conn.execute("SELECT scrubbed_at IS NOT NULL FROM erasures").fetchall() == [(1,)]
            assert ws.search.search(gone.word) == []
        else:
            assert _client_rows(ws, gone.client_id) == before
            assert records == []
            assert len(ws.search.search(gone.word)) > 0
            assert ws.audit.count() == entries + 3  # locked, then two openings: nothing more
        for other in (planted[0], planted[2]):
            assert len(ws.search.search(other.word)) > 0
    finally:
        ws.close()
    if erased:  # rewritten at the unlock, the log checkpointed on closing: nothing left
        plain = plaintext_of_folder(folder, bytes(the_data_key(folder)))
        for form in encodings(gone.word):
            assert form not in plain
