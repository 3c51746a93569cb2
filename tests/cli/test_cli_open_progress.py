"""``counsel-desk export`` and ``import`` show how far they have come on a terminal (and
nothing on a pipe), and Ctrl+C in a real process leaves nothing behind: no export file or
temp file (an earlier file of that name as it was), no new vault folder."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.cli_common import ProgressLine
from counsel_desk.services.demo import DemoSpec, populate

CLIENTS = 3


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def demo_vault(workspace) -> Path:
    populate(workspace, DemoSpec(clients=CLIENTS, years=0.5, seed=4))
    folder = workspace.folder
    workspace.close()
    return folder


@pytest.fixture
def export_file(demo_vault: Path, tmp_path: Path) -> Path:
    path = tmp_path / "v.json"
    code = cli.main(
        ["export", "--vault", str(demo_vault), "--passphrase-stdin", "-o", str(path)],
        stdin=io.StringIO(f"{PASSPHRASE}\n"),
    )
    assert code == 0
    return path


def test_the_progress_line_is_rewritten_in_place_and_ended(capsys) -> None:
    term = Terminal()
    line = ProgressLine(term)
    line.show("Importing clients: 9/10")
    line.show("Importing clients: 9/10")  # the same text is not written again
    line.show("Done: 1")
    line.done()
    assert term.getvalue() == "\rImporting clients: 9/10\rDone: 1                \n"
    quiet = ProgressLine(io.StringIO())  # not a terminal: nothing at all
    quiet.show("Importing clients: 1/10")
    quiet.done()
    assert quiet.stream.getvalue() == ""


def test_export_and_import_show_progress_on_a_terminal(
    demo_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    target = tmp_path / "v.json"
    code = cli.main(
        ["export", "--vault", str(demo_vault), "--passphrase-stdin", "-o", str(target)],
        stdin=io.StringIO(f"{PASSPHRASE}\n"),
    )
    assert code == 0
    assert term.getvalue().endswith(f"\rExporting clients: {CLIENTS}/{CLIENTS}\n")
    term.seek(0)
    term.truncate()
    code = cli.main(
        ["import", str(target), "--vault", str(tmp_path / "new"), "--passphrase-stdin"],
        stdin=io.StringIO(f"{PASSPHRASE}\n{PASSPHRASE}\n"),
    )
    assert code == 0, term.getvalue()
    shown = term.getvalue()
    # checked first (before the passphrase), then checked again and written in the vault
    assert shown.count("\rChecking the file: 100%") == 2
    assert f"\rImporting clients: 1/{CLIENTS}" in shown
    assert shown.endswith(f"\rImporting clients: {CLIENTS}/{CLIENTS}\n")
    assert "Traceback" not in shown
    assert out.getvalue().splitlines()[-1].count("-") > 5  # the recovery key still last


def test_no_progress_on_a_pipe(export_file: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    code = cli.main(
        ["import", str(export_file), "--vault", str(tmp_path / "new"), "--passphrase-stdin"],
        stdin=io.StringIO(f"{PASSPHRASE}\n{PASSPHRASE}\n"),
    )
    assert code == 0
    assert capsys.readouterr().err == ""


SLOW = """
import signal, sys, time
# Ctrl+C as at a terminal: a job that a non-interactive shell starts in the background (a
# CI script run with &) ignores SIGINT, and this child would inherit that and never stop.
signal.signal(signal.SIGINT, signal.default_int_handler)
from counsel_desk.services import open_export
record, insert = open_export._record, open_export._insert
def slow_record(tables, part, row):
    if part is open_export.CLIENT:
        time.sleep(0.4)
    return record(tables, part, row)
def slow_insert(tables, part, row, parent):
    if part is open_export.CLIENT:
        time.sleep(0.4)
    return insert(tables, part, row, parent)
open_export._record, open_export._insert = slow_record, slow_insert
from counsel_desk import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def _interrupted(args: list[str], stdin: str, ready) -> subprocess.CompletedProcess:
    """Run the command in a real process (each client slowed to 0.4 s), press Ctrl+C (a
    SIGINT) once ``ready()``, and return how it ended."""
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW, *args, "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdin is not None
    child.stdin.write(stdin)
    child.stdin.close()
    child.stdin = None  # communicate() must not flush it again
    give_up = time.monotonic() + 60
    while not ready():
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < give_up
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


@pytest.mark.parametrize("existed", [False, True])
def test_ctrl_c_during_an_export_leaves_no_file(
    demo_vault: Path, tmp_path: Path, existed: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "v.json"
    if existed:
        target.write_text("the earlier export")
    done = _interrupted(
        ["export", "--vault", str(demo_vault), "-o", str(target)],
        f"{PASSPHRASE}\n",
        lambda: any(p.name.endswith(".tmp") for p in out.iterdir()),  # under way
    )
    assert done.returncode == 1, done.stderr
    assert "counsel-desk: Cancelled; nothing was changed." in done.stderr
    assert "Traceback" not in done.stderr
    assert [p.name for p in out.iterdir()] == (["v.json"] if existed else [])
    if existed:
        assert target.read_text() == "the earlier export"


@pytest.mark.parametrize("folder_existed", [False, True])
def test_ctrl_c_during_an_import_leaves_no_vault(
    export_file: Path, tmp_path: Path, folder_existed: bool
) -> None:
    target = tmp_path / "new"
    if folder_existed:
        target.mkdir()
    done = _interrupted(
        ["import", str(export_file), "--vault", str(target)],
        f"{PASSPHRASE}\n{PASSPHRASE}\n",
        lambda: (target / "vault.db").exists(),  # the vault is being made
    )
    assert done.returncode == 1, done.stderr
    assert "counsel-desk: Cancelled; nothing was changed." in done.stderr
    assert "Traceback" not in done.stderr
    if folder_existed:
        assert list(target.iterdir()) == []
    else:
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "vault") == sorted(
        ["v.json", *(["new"] if folder_existed else [])]
    )
