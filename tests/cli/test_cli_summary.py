"""``counsel-desk summary``: a month's supervision summary as PDF, HTML or Markdown (by
extension or ``--format``), no client's name in any of them, the clients suggested when
none is named, recorded in the audit trail with no content; bad dates, an unknown client,
no one to include, a missing or read-only folder and a full disk are each a sentence with
nothing half-written."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from renderkit import page_texts, small_disk, unwritable_folder
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk import cli
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.notes import NoteDetails
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import create_vault, unlock

OLD = b"an earlier copy, which must survive"
START = dt.datetime(2025, 3, 3, 10)
NAMES = ("zoë", "zoe", "hartley", "marcus", "hebden")


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:
    """The PDF is drawn with the test process's own QApplication (pytest-qt's)."""


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """C-014 (Zoë Hartley): weekly sessions from 3 March 2025, a note flagged for
    supervision in April naming her and Marcus; C-015: nothing in April."""
    folder = tmp_path_factory.mktemp("cli-summary") / "vault"
    ws, _recovery = create_vault(folder, PASSPHRASE, kdf=LIGHT_KDF)
    try:
        zoe = ws.clients.add(
            ClientDraft(
                "C-014",
                first_contact=START.date(),
                identity=ClientIdentity(full_name="Zoë Hartley"),
            ),
            [SessionDraft(0, START + dt.timedelta(weeks=n)) for n in range(8)],
        )
        ws.clients.add(ClientDraft("C-015", identity=ClientIdentity(full_name="Ann Lee")))
        ws.redaction.add(zoe.id, "Marcus")
        ws.redaction.add(zoe.id, "Hebden Bridge")
        april = next(s for s in ws.sessions.for_client(zoe.id) if s.start.month == 4)
        note = ws.notes.create(april.id)
        ws.notes.set_details(
            note.id,
            NoteDetails(
                supervision_flag=True,
                supervision_question="Is zoe's fury at Marcus in Hebden Bridge mine to hold?",
            ),
        )
        ws.boundaries.log(
            BoundaryEvent(
                zoe.id, dt.date(2025, 4, 10), BoundaryKind.GIFT, Initiator.CLIENT, "ZOË's card."
            )
        )
    finally:
        ws.close()
    return folder


def run(capsys, *args: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args), stdin=io.StringIO(stdin))
    said = capsys.readouterr()
    return code, said.out, said.err


def summary(vault: Path, *more: str) -> list[str]:
    return [
        "summary",
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "--from",
        "2025-04-01",
        "--to",
        "2025-04-30",
        *more,
    ]


def _exports(vault: Path) -> list[dict]:
    ws = unlock(vault, PASSPHRASE)
    try:
        rows = ws.vault.conn.execute(
            "SELECT detail FROM audit_log WHERE kind = 'summary_exported' ORDER BY position"
        ).fetchall()
    finally:
        ws.close()
    return [json.loads(r[0]) for r in rows]


def test_pdf_html_and_markdown_name_no_one(vault, tmp_path, capsys) -> None:
    before = len(_exports(vault))
    texts = {}
    for name in ("s.pdf", "s.html", "s.md"):
        code, said, err = run(capsys, *summary(vault, "-o", str(tmp_path / name)))
        assert code == 0, err
        assert "not encrypted" in said
        data = (tmp_path / name).read_bytes()
        texts[name] = " ".join(page_texts(data)) if name.endswith("pdf") else data.decode()
    for name, text in texts.items():
        folded = text.casefold()
        assert "C-014" in text, name
        assert "C-015" not in text, name  # not suggested: nothing to discuss in April
        for word in NAMES:
            assert word not in folded, (name, word)
        assert "Question" in text
    assert "week 6" in texts["s.md"]  # 10 April 2025, six weeks in
    assert [e for e in _exports(vault)[before:]] == [
        {"format": f, "to": "file", "clients": 1} for f in ("pdf", "html", "md")
    ]
    assert (tmp_path / "s.md").stat().st_mode & 0o777 == 0o600


def test_clients_named_and_dates_as_written(vault, tmp_path, capsys) -> None:
    out = tmp_path / "summary.txt"
    code, said, err = run(
        capsys,
        *summary(vault, "--client", "c-015", "--client", "C-014", "--format", "md"),
        "--dates-as-written",
        "-o",
        str(out),
    )
    assert code == 0, err
    text = out.read_text()
    assert "## C-014" in text
    assert "## C-015" in text
    assert "10 Apr 2025" in text
    assert "2 clients" in said


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--client", "C-999"), "No client has the code “C-999”."),
        (("--from", "2025-05-01"), "The period ends before it begins"),
        (("--to", "30/04/2025"), "--to must be a date written as YYYY-MM-DD."),
    ],
)
def test_bad_input_is_exit_2_with_one_sentence(vault, tmp_path, capsys, args, words) -> None:
    out = tmp_path / "x.md"
    code, _said, err = run(capsys, *summary(vault), *args, "-o", str(out))
    assert code == 2
    assert words in err
    assert err.count("counsel-desk: ") == 1
    assert not out.exists()


def test_no_one_to_suggest_is_exit_2(vault, tmp_path, capsys) -> None:
    out = tmp_path / "x.md"
    args = ["summary", "--vault", str(vault), "--passphrase-stdin", "--from", "2024-01-01"]
    code, _said, err = run(capsys, *args, "--to", "2024-01-31", "-o", str(out))
    assert code == 2
    assert "name the clients to include with --client" in err
    assert not out.exists()


def test_a_missing_folder_or_unknown_extension_is_a_sentence_before_any_passphrase(
    vault, tmp_path, capsys
) -> None:
    code, _said, err = run(capsys, *summary(vault, "-o", str(tmp_path / "x.docx")), stdin="")
    assert code == 2
    assert ".pdf, .html or .md" in err
    code, _said, err = run(capsys, *summary(vault, "-o", str(tmp_path / "no" / "x.md")))
    assert code != 0
    assert not (tmp_path / "no").exists()


def test_a_read_only_folder_or_full_disk_leaves_the_old_file(vault, tmp_path, capsys, monkeypatch):
    before = len(_exports(vault))
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "x.pdf").write_bytes(OLD)
    with unwritable_folder(folder):
        code, _said, err = run(capsys, *summary(vault, "-o", str(folder / "x.pdf")))
        assert code == 1
        assert "not allowed to write in that folder" in err
        assert (folder / "x.pdf").read_bytes() == OLD
    small = tmp_path / "small"
    small.mkdir()
    with small_disk(small, monkeypatch, {"x.pdf": OLD, "filler": b"f" * 40_000}):
        code, _said, err = run(capsys, *summary(vault, "-o", str(small / "x.pdf")))
        assert code == 1
        assert "The disk is full, so the file was not saved." in err
        assert (small / "x.pdf").read_bytes() == OLD
        assert sorted(p.name for p in small.iterdir()) == ["filler", "x.pdf"]
    assert len(_exports(vault)) == before  # nothing left, nothing recorded
