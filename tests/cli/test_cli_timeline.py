"""`counsel-desk timeline`: a client's timeline as a PNG or a PDF, with the usual vault and
passphrase options and exit codes; one sentence for every bad input, no file and no audit
entry when nothing was written; and a real process with no display at all."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alliancekit import srs_totals, weekly_client
from PySide6.QtGui import QImage
from renderkit import page_texts, reader
from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.services.workspace import unlock


@pytest.fixture
def vault(workspace) -> Path:
    """A closed vault: C-001 seen weekly from 6 January 2025, four SRS totals, a drop."""
    alliance = weekly_client(workspace, weeks=8)
    srs_totals(workspace, alliance, ["38.5", "39", "38.8", "35"])
    workspace.ruptures.log(alliance.session(3), "withdrawal", "Went quiet.")
    folder = workspace.folder
    workspace.close()
    return folder


def run(capsys, *args: str, stdin: str = f"{PASSPHRASE}\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def exported(folder: Path) -> list[dict]:
    ws = unlock(folder, PASSPHRASE)
    try:
        return [e.detail for e in ws.audit.recent(100) if e.kind.value == "timeline_exported"]
    finally:
        ws.close()


@pytest.mark.usefixtures("qapp")
def test_a_png_and_a_pdf_of_the_clients_timeline(vault: Path, tmp_path: Path, capsys) -> None:
    png, pdf = tmp_path / "c1.png", tmp_path / "c1.pdf"
    base = ["timeline", "--vault", str(vault), "--passphrase-stdin", "--client", "c-001"]
    code, out, err = run(capsys, *base, "-o", str(png))
    assert code == 0, err
    assert out.startswith("Saved the timeline of C-001, ")
    assert "counsel-desk: The file is not encrypted; keep it somewhere safe" in err  # capital
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() > 1000
    assert (png.stat().st_mode & 0o777) == 0o600
    code, _out, err = run(
        capsys, *base, "--from", "2025-01-01", "--to", "2025-03-31", "-o", str(pdf)
    )
    assert code == 0, err
    assert len(reader(pdf.read_bytes()).pages) == 1
    (text,) = page_texts(pdf.read_bytes())
    assert "C-001: the working relationship" in text
    assert "1 January 2025 to 31 March 2025" in text
    assert exported(vault) == [
        {"client": 1, "format": "pdf", "to": "file"},
        {"client": 1, "format": "png", "to": "file"},
    ]


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (["-o", "t.jpg"], "Choose a file name ending in .png or .pdf"),
        (["--from", "1/3/2025", "-o", "t.png"], "--from takes a date written as 2025-03-01"),
        (
            ["--from", "2025-03-01", "--to", "2025-02-01", "-o", "t.png"],
            "--from is after --to",
        ),
    ],
)
def test_bad_input_is_one_sentence_before_the_passphrase_is_asked(
    vault: Path, tmp_path: Path, capsys, monkeypatch, extra: list[str], sentence: str
) -> None:
    here = tmp_path / "out"
    here.mkdir()
    monkeypatch.chdir(here)
    code, _out, err = run(
        capsys,
        "timeline",
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "--client",
        "C-001",
        *extra,
        stdin="",  # an empty standard input: it was never read
    )
    assert code == 2
    (line,) = err.strip().splitlines()
    assert line.startswith(f"counsel-desk: {sentence}")
    assert list(here.iterdir()) == []


@pytest.mark.usefixtures("qapp")
def test_an_unknown_client_a_wrong_passphrase_and_a_missing_folder(
    vault: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "t.png"
    base = ["timeline", "--vault", str(vault), "--passphrase-stdin"]
    code, _out, err = run(capsys, *base, "--client", "C-404", "-o", str(target))
    assert (code, err.strip()) == (2, "counsel-desk: There is no client with the code C-404.")
    code, _out, err = run(
        capsys, *base, "--client", "C-001", "-o", str(target), stdin="not the passphrase\n"
    )
    assert code == 3
    assert "passphrase" in err
    code, _out, err = run(capsys, *base, "--client", "C-001", "-o", str(tmp_path / "no" / "t.png"))
    assert code == 2
    assert err.strip().startswith("counsel-desk: That folder does not exist.")
    assert not target.exists()
    assert exported(vault) == []
    code, _out, err = run(capsys, "timeline", "--vault", str(vault), "-o", str(target))
    assert code == 2
    assert "--client" in err


def test_a_real_process_with_no_display_writes_the_picture(vault: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    target = tmp_path / "t.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "counsel_desk",
            "timeline",
            "--vault",
            str(vault),
            "--passphrase-stdin",
            "--client",
            "C-001",
            "-o",
            str(target),
        ],
        input=f"{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
