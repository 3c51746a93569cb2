"""``counsel-desk executor-pack``: the pack as a PDF, private to its owner, recorded in the
audit trail; one sentence and the right exit code for every refusal, and no file then.

In-process runs share the test session's QApplication (``qapp``: the command would
otherwise make a windowless QGuiApplication that outlives the test); one run is a real
process with no display at all."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from renderkit import page_texts
from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import unlock


@pytest.fixture
def demo_vault(workspace, qapp) -> Path:
    populate(workspace, DemoSpec(clients=6, years=0.5, seed=4))
    folder = workspace.folder
    workspace.close()
    return folder


def _run(capsys, *args: str, stdin: str = f"{PASSPHRASE}\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_the_pack_is_written_private_and_recorded(capsys, demo_vault: Path, tmp_path) -> None:
    target = tmp_path / "pack.pdf"
    code, out, err = _run(
        capsys, "executor-pack", "--vault", str(demo_vault), "--passphrase-stdin",
        "--out", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Wrote the executor pack (")
    assert "not encrypted" in out
    assert target.stat().st_mode & 0o777 == 0o600
    text = " ".join(page_texts(target.read_bytes()))
    ws = unlock(demo_vault, PASSPHRASE)
    try:
        for client in ws.clients.list():
            if client.status is not ClientStatus.ENDED:
                assert client.code in text
        kinds = [e.kind for e in ws.audit.recent(3)]
        assert "executor_pack_written" in kinds
    finally:
        ws.close()
    assert "Opening the vault" in text


@pytest.mark.parametrize(
    ("name", "words"),
    [("pack.txt", "must name a PDF"), ("missing/pack.pdf", "does not exist")],
)
def test_a_bad_target_is_a_usage_error(capsys, demo_vault, tmp_path, name, words) -> None:
    code, _out, err = _run(
        capsys, "executor-pack", "--vault", str(demo_vault), "--passphrase-stdin",
        "--out", str(tmp_path / name),
    )  # fmt: skip
    assert code == 2
    assert words in err
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_an_existing_file_is_never_overwritten(capsys, demo_vault, tmp_path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"mine")
    code, _out, err = _run(
        capsys, "executor-pack", "--vault", str(demo_vault), "--passphrase-stdin",
        "--out", str(target),
    )  # fmt: skip
    assert code == 2
    assert "already exists" in err
    assert target.read_bytes() == b"mine"


def test_a_wrong_passphrase_writes_nothing(capsys, demo_vault, tmp_path) -> None:
    target = tmp_path / "pack.pdf"
    code, _out, err = _run(
        capsys, "executor-pack", "--vault", str(demo_vault), "--passphrase-stdin",
        "--out", str(target), stdin="not the passphrase\n",
    )  # fmt: skip
    assert code == 3
    assert err.startswith("counsel-desk: ")
    assert not target.exists()


def test_a_real_process_with_no_display_writes_the_pack(demo_vault: Path, tmp_path) -> None:
    target = tmp_path / "pack.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command picks the offscreen platform itself
    done = subprocess.run(
        [sys.executable, "-m", "counsel_desk", "executor-pack", "--vault", str(demo_vault),
         "--passphrase-stdin", "--out", str(target)],
        input=f"{PASSPHRASE}\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert target.read_bytes().startswith(b"%PDF")
