"""``counsel-desk sar`` and ``counsel-desk redaction``: the bundle written (one run a real
process), an unknown client exit 2, a folder that cannot take it exit 1 with nothing left,
and the redaction list listed, added to and removed from, with bad words exit 2."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.services.subject_access import NOT_ENCRYPTED
from counsel_desk.services.workspace import unlock


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:
    """``sar`` asks for Qt to draw its PDF (``render.headless``) and uses the one running:
    in this test process, pytest-qt's, so later GUI tests find a QApplication."""


@pytest.fixture
def vault(workspace) -> Path:
    workspace.clients.add(
        ClientDraft("C-001", identity=ClientIdentity(full_name="Rowena Applethwaite"))
    )
    workspace.clients.add(ClientDraft("C-002", identity=ClientIdentity(full_name="Zeb Quill")))
    folder = workspace.folder
    workspace.close()
    return folder


def _run(capsys, *args: str, stdin: str = f"{PASSPHRASE}\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_sar_writes_the_bundle(vault: Path, tmp_path: Path, capsys) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = _run(
        capsys, "sar", "--client", "c-001", "-o", str(out_dir), "--vault", str(vault),
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 0, err
    (folder,) = out_dir.iterdir()
    assert folder.name.startswith("subject-access-C-001-")
    assert str(folder) in out
    assert NOT_ENCRYPTED in out
    data = json.loads((folder / "subject-access-C-001.json").read_text(encoding="utf-8"))
    assert [c["code"] for c in data["clients"]] == ["C-001"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_sar_unknown_client_is_exit_2_and_writes_nothing(
    vault: Path, tmp_path: Path, capsys
) -> None:
    code, _out, err = _run(
        capsys, "sar", "--client", "Q-404", "-o", str(tmp_path), "--vault", str(vault),
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 2
    assert "no client with the code Q-404" in err
    assert [p.name for p in tmp_path.iterdir() if p != vault] == []


def test_sar_missing_or_read_only_folder_is_exit_1(
    vault: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = _run(
        capsys, "sar", "--client", "C-001", "-o", str(tmp_path / "nowhere"), "--vault",
        str(vault), "--passphrase-stdin", stdin="",
    )  # fmt: skip
    assert code == 1  # refused before the passphrase was asked (stdin is empty)
    assert "does not exist" in err
    ro = tmp_path / "ro"
    ro.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == ro else real(p, m))
    code, _out, err = _run(
        capsys, "sar", "--client", "C-001", "-o", str(ro), "--vault", str(vault),
        "--passphrase-stdin",
    )  # fmt: skip
    assert code == 1
    assert "cannot be written" in err
    assert list(ro.iterdir()) == []


def test_sar_in_a_real_process(vault: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "counsel_desk", "sar", "--client", "C-002", "-o", str(out_dir),
         "--vault", str(vault), "--passphrase-stdin"],
        input=f"{PASSPHRASE}\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    (folder,) = out_dir.iterdir()
    pdf = folder / "subject-access-C-002.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert "Rowena" not in (folder / "subject-access-C-002.json").read_text(encoding="utf-8")


# --- redaction lists ------------------------------------------------------------------------
def _redaction(capsys, vault: Path, *args: str) -> tuple[int, str, str]:
    return _run(capsys, "redaction", "--vault", str(vault), "--passphrase-stdin", *args)


def test_redaction_lists_adds_and_removes(vault: Path, capsys) -> None:
    code, out, _err = _redaction(capsys, vault, "--client", "C-001")
    assert code == 0
    assert "Rowena Applethwaite" in out
    assert "Added by you: none yet" in out
    code, out, _err = _redaction(capsys, vault, "--client", "C-001", "add", "Tamsinford", "Dr Ivo")
    assert code == 0
    assert "Added 2 words" in out
    assert "Added by you: Tamsinford, Dr Ivo" in out
    # the options may come after the action too; a word already there is said so
    code, out, _err = _run(
        capsys, "redaction", "add", "tamsinford", "Harrow", "--client", "C-001", "--vault",
        str(vault), "--passphrase-stdin",
    )  # fmt: skip
    assert code == 0
    assert "Added 1 word to C-001's redaction list (1 word already on it)." in out
    code, out, _err = _redaction(capsys, vault, "--client", "C-001", "remove", "TAMSINFORD")
    assert code == 0
    assert "Removed 1 word" in out
    assert "Added by you: Dr Ivo, Harrow" in out
    ws = unlock(vault, PASSPHRASE)
    try:
        client = ws.summary.client_by_code("C-001")
        assert [t for _i, t in ws.redaction.for_client(client.id).added] == ["Dr Ivo", "Harrow"]
        other = ws.summary.client_by_code("C-002")
        assert ws.redaction.for_client(other.id).added == ()
        kinds = [
            r[0]
            for r in ws.vault.conn.execute(
                "SELECT kind FROM audit_log WHERE kind LIKE 'redaction_term_%'"
            )
        ]
        assert kinds.count("redaction_term_added") == 3
        assert kinds.count("redaction_term_removed") == 1
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--client", "Q-9"), "No client has the code"),
        (("--client", "C-001", "add", "1234"), "at least one letter"),
        (("--client", "C-001", "remove", "Nobody"), "is not on C-001's redaction list"),
        (("--client", "C-001", "remove", "Rowena"), "own names"),
        (("add", "Word"), "--client"),
        (("--client", "C-001", "add"), "required"),
    ],
)
def test_redaction_errors_are_exit_2(vault: Path, capsys, args, words) -> None:
    code, _out, err = _redaction(capsys, vault, *args)
    assert code == 2
    assert words in err
    assert err.count("counsel-desk:") == 1
