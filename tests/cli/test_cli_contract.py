"""``counsel-desk contract``: the version agreed last (or ``--version N``) written as PDF, HTML
or Markdown by the file's extension or ``--format``, recorded in the audit trail; an unknown
client, version or format is exit 2 with one sentence; a missing, read-only or full folder
is a sentence with nothing half-written."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from contractkit import practice_profile
from renderkit import page_texts, reader, small_disk, unwritable_folder
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.version import AgreedHow, set_terms
from counsel_desk.services.workspace import create_vault, unlock

OLD = b"an earlier copy, which must survive"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:
    """The command asks for Qt to draw its PDF (``render.headless``) and uses the one
    running: in this test process, pytest-qt's, so later GUI tests find a QApplication."""


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """C-014 (Alex Morgan) with version 1 agreed (48 hours) and version 2 (72 hours)."""
    folder = tmp_path_factory.mktemp("cli-contract") / "vault"
    ws, _recovery = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        ws.practice.save(practice_profile())
        client = ws.clients.add(
            ClientDraft(
                "C-014",
                first_contact=dt.date(2025, 1, 2),
                identity=ClientIdentity(full_name="Alex Morgan"),
            )
        )
        ws.contracts.start(client.id, "individual")
        ws.contracts.agree(client.id, 1, dt.date(2025, 1, 9), AgreedHow.SIGNED_PAPER)
        draft = ws.contracts.start(client.id)
        ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
        ws.contracts.agree(client.id, 2, dt.date(2025, 3, 3), AgreedHow.IN_SESSION)
        ws.clients.add(ClientDraft("C-015"))  # no contract yet
    finally:
        ws.close()
    return folder


def run(capsys, *args: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def contract(vault: Path, *args: str) -> list[str]:
    return ["contract", "--vault", str(vault), "--passphrase-stdin", *args]


def _exports(vault: Path) -> list[dict]:
    ws = unlock(vault, PASSPHRASE)
    try:
        rows = ws.vault.conn.execute(
            "SELECT detail FROM audit_log WHERE kind = 'contract_exported' ORDER BY position"
        )
        return [json.loads(detail) for (detail,) in rows]
    finally:
        ws.close()


def test_the_version_agreed_last_as_a_pdf(vault, tmp_path, capsys) -> None:
    out = tmp_path / "C-014 contract.pdf"
    before = len(_exports(vault))
    code, said, err = run(capsys, *contract(vault, "--client", "c-014", "-o", str(out)))
    assert (code, err) == (0, "")
    assert said.startswith("Wrote version 2 of C-014's contract (agreed) to ")
    assert "not encrypted" in said
    assert out.stat().st_mode & 0o777 == 0o600
    text = " ".join(page_texts(out.read_bytes()))
    assert "Alex Morgan (C-014)" in text
    assert "Agreed on 3 March 2025" in text
    assert "Notice you give to cancel 3 days" in text
    assert len(reader(out.read_bytes()).pages) >= 2
    exports = _exports(vault)
    assert len(exports) == before + 1
    assert exports[-1]["format"] == "pdf"
    assert exports[-1]["number"] == 2
    assert exports[-1]["to"] == "file"


def test_an_earlier_version_as_markdown_or_html_by_extension_or_format(
    vault, tmp_path, capsys
) -> None:
    md = tmp_path / "one.md"
    code, _said, _err = run(capsys, *contract(vault, "--client", "C-014", "--version", "1",
                                               "-o", str(md)))  # fmt: skip
    assert code == 0
    text = md.read_text()
    assert text.startswith("# ")
    assert "48 hours" in text
    assert "Replaced by a later version on 3 March 2025" in text
    html = tmp_path / "one.txt"
    code, _said, _err = run(
        capsys, *contract(vault, "--client", "C-014", "--format", "html", "-o", str(html))
    )
    assert code == 0
    assert html.read_text().startswith("<!DOCTYPE html>")


def test_the_code_alone_when_asked(vault, tmp_path, capsys) -> None:
    out = tmp_path / "plain.md"
    code, _said, _err = run(
        capsys, *contract(vault, "--client", "C-014", "--code-only", "-o", str(out))
    )
    assert code == 0
    assert "Alex Morgan" not in out.read_text()
    assert "C-014" in out.read_text()


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--client", "C-999"), "There is no client with the code C-999."),
        (("--client", "C-015"), "This client has no contract yet."),
        (("--client", "C-014", "--version", "9"), "This client's contract has no version 9."),
        (("--client", "C-014", "--version", "0"), "Contract versions are numbered from 1."),
    ],
)
def test_an_unknown_client_or_version_is_exit_2_with_one_sentence(
    vault, tmp_path, capsys, args, sentence
) -> None:
    out = tmp_path / "x.pdf"
    code, said, err = run(capsys, *contract(vault, *args, "-o", str(out)))
    assert code == 2
    assert said == ""
    assert err.strip().splitlines()[-1] == f"counsel-desk: {sentence}"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_without_a_format_is_exit_2_before_any_passphrase(
    vault, tmp_path, capsys
) -> None:
    code, _said, err = run(
        capsys, *contract(vault, "--client", "C-014", "-o", str(tmp_path / "x.docx")), stdin=""
    )
    assert code == 2
    assert "ending in .pdf, .html or .md" in err


def test_a_folder_that_does_not_exist_is_a_sentence_and_nothing_is_written(
    vault, tmp_path, capsys
) -> None:
    out = tmp_path / "missing" / "x.pdf"
    code, _said, err = run(capsys, *contract(vault, "--client", "C-014", "-o", str(out)), stdin="")
    assert code == 2
    assert err.strip() == (
        "counsel-desk: That folder does not exist. Choose a folder that does; nothing was saved."
    )
    assert not out.parent.exists()


def test_a_read_only_folder_is_a_sentence_and_the_old_file_survives(
    vault, tmp_path, capsys
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "x.pdf").write_bytes(OLD)
    before = len(_exports(vault))
    with unwritable_folder(folder):
        code, _said, err = run(capsys, *contract(vault, "--client", "C-014", "-o",
                                                  str(folder / "x.pdf")))  # fmt: skip
        assert code == 1
        assert "not allowed to write in that folder" in err
        assert (folder / "x.pdf").read_bytes() == OLD
        assert [p.name for p in folder.iterdir()] == ["x.pdf"]
    assert len(_exports(vault)) == before  # nothing left, nothing recorded


def test_a_full_disk_leaves_no_partial_pdf(vault, tmp_path, capsys, monkeypatch) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    with small_disk(folder, monkeypatch, {"x.pdf": OLD, "filler": b"f" * 40_000}):
        code, _said, err = run(capsys, *contract(vault, "--client", "C-014", "-o",
                                                  str(folder / "x.pdf")))  # fmt: skip
        assert code == 1
        assert "The disk is full, so the file was not saved." in err
        assert (folder / "x.pdf").read_bytes() == OLD
        assert sorted(p.name for p in folder.iterdir()) == ["filler", "x.pdf"]


def test_a_wrong_passphrase_is_exit_3_and_nothing_written(vault, tmp_path, capsys) -> None:
    out = tmp_path / "x.pdf"
    code, _said, err = run(
        capsys, *contract(vault, "--client", "C-014", "-o", str(out)), stdin="not it at all\n"
    )
    assert code == 3
    assert not out.exists()
    assert err.count("counsel-desk: ") == 1


def test_a_real_process_writes_the_pdf_without_a_display(vault, tmp_path) -> None:
    """As a user runs it, with no display and no QT_QPA_PLATFORM: a windowless Qt."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "x.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "counsel_desk", *contract(vault, "--client", "C-014", "-o",
                                                          str(out))],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Agreed on 3 March 2025" in " ".join(page_texts(out.read_bytes()))
