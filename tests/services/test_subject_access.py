"""The subject access bundle through the services: everything about one client and nothing
about another, the JSON in the export's format, a private folder whole or absent, audited."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
from pathlib import Path

import pytest

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.document import Heading
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.domain.supervision import SupervisionSession
from counsel_desk.render.subject_access import bundle_pdf, save_bundle
from counsel_desk.services.open_export import OpenExportService
from counsel_desk.services.open_schema import build_schema
from counsel_desk.services.subject_access import BundleProblem, BundleStopped
from counsel_desk.services.workspace import Workspace

A_WORDS = ("Rowena Applethwaite", "Kittiwake", "Tamsinford", "amended-lantern", "draft-marigold")
B_WORDS = ("Zebedee Quillfeather", "Zeb", "Plughshire", "xylophone-sentinel", "gooseberry-b")


def _client(ws: Workspace, code: str, name: str, preferred: str) -> tuple[int, int]:
    client = ws.clients.add(
        ClientDraft(code, identity=ClientIdentity(full_name=name, preferred_name=preferred)),
        [SessionDraft(0, dt.datetime(2026, 3, 2, 10, 0))],
    )
    session = ws.sessions.for_client(client.id)[0].id
    return client.id, session


@pytest.fixture
def two_clients(workspace: Workspace) -> tuple[int, int]:
    """A and B, each with a note, a redaction term and sentinel words; a supervision
    session discussing both, and one only B."""
    ws = workspace
    a, a_session = _client(ws, "A-001", "Rowena Applethwaite", "Kittiwake")
    b, b_session = _client(ws, "B-002", "Zebedee Quillfeather", "Zeb")
    ws.redaction.add(a, "Tamsinford")
    ws.redaction.add(b, "Plughshire")
    note = ws.notes.create(a_session, title="First meeting")
    ws.notes.finalise(note.id, "We met; she spoke of Tamsinford.")
    ws.notes.amend(note.id, "Later: amended-lantern.", "Remembered after")
    draft = ws.notes.create(a_session, title="Second thoughts")
    ws.notes.save(draft.id, "Not finished: draft-marigold.")
    other = ws.notes.create(b_session, title="B's note")
    ws.notes.finalise(other.id, "He mentioned xylophone-sentinel and Plughshire.")
    ws.supervision.log(
        SupervisionSession(dt.date(2026, 3, 5), "Dr Supervisor", 60, client_ids=(a, b)),
        today=dt.date(2026, 3, 6),
    )
    ws.supervision.log(
        SupervisionSession(
            dt.date(2026, 3, 6), "Dr Supervisor", 60, client_ids=(b,), notes="gooseberry-b"
        ),
        today=dt.date(2026, 3, 6),
    )
    return a, b


def _files(folder: Path) -> tuple[dict, str]:
    data = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    return data, next(folder.glob("*.json")).read_text(encoding="utf-8")


def test_a_bundle_holds_everything_about_a_and_nothing_about_b(
    workspace: Workspace, two_clients: tuple[int, int], tmp_path: Path, qapp: object
) -> None:
    a, b = two_clients
    out = tmp_path / "out"
    out.mkdir()
    bundle = workspace.subject_access.bundle(a)
    text = bundle.document.text()
    folder = save_bundle(workspace.subject_access, a, out)
    data, raw = _files(folder)
    for word in A_WORDS:
        assert word in text, word
        assert word in raw, word
    for word in B_WORDS:
        assert word.casefold() not in text.casefold(), word
        assert word.casefold() not in raw.casefold(), word
    assert "B-002" not in raw
    assert "B-002" not in text
    # the client's record is the full export's, whole
    full = tmp_path / "full.json"
    OpenExportService(workspace.vault).export(full)
    everything = json.loads(full.read_text(encoding="utf-8"))
    assert data["clients"] == [c for c in everything["clients"] if c["id"] == a]
    # the supervision session discussing both, with only A left in it; not B's own
    assert [[c["client_id"] for c in s["clients"]] for s in data["supervision_sessions"]] == [[a]]
    # audit entries: every one names one of A's records, and A's own are there
    kinds = {e["kind"] for e in data["audit"]}
    assert {"client_added", "note_finalised", "note_amended", "redaction_term_added"} <= kinds
    assert "supervision_logged" in kinds
    for entry in data["audit"]:
        detail = json.loads(entry["detail"])
        assert detail.get("client", a) == a, entry
    b_entries = [e for e in everything["audit"] if json.loads(e["detail"]).get("client") == b]
    assert b_entries
    assert not [e for e in b_entries if e in data["audit"]]
    assert data["note_templates"] == []


def test_the_json_fits_the_export_schema(
    workspace: Workspace, two_clients: tuple[int, int], tmp_path: Path, qapp: object
) -> None:
    a, _b = two_clients
    folder = save_bundle(workspace.subject_access, a, tmp_path)
    data, _raw = _files(folder)
    schema = build_schema()

    def check(value: object, spec: dict, where: str) -> None:
        if "oneOf" in spec:
            spec = spec["oneOf"][0] if value is not None else spec["oneOf"][1]
        if spec.get("type") == "object":
            assert isinstance(value, dict), where
            assert list(value) == list(spec["properties"]), where
            for key, item in value.items():
                check(item, spec["properties"][key], f"{where}.{key}")
        elif spec.get("type") == "array":
            assert isinstance(value, list), where
            for n, item in enumerate(value):
                check(item, spec["items"], f"{where}[{n}]")

    check(data, schema, "")
    assert data["format"] == "counsel-desk-export"


def test_the_folder_is_private_whole_and_audited(
    workspace: Workspace, two_clients: tuple[int, int], tmp_path: Path, qapp: object
) -> None:
    a, _b = two_clients
    made = dt.datetime(2026, 3, 9, 12, 0)
    folder = save_bundle(workspace.subject_access, a, tmp_path, now=made)
    assert folder.name == "subject-access-A-001-2026-03-09"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["subject-access-A-001.json", "subject-access-A-001.pdf"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (folder / names[1]).read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "vault") == [folder.name]
    kind, detail = workspace.vault.conn.execute(
        "SELECT kind, detail FROM audit_log ORDER BY position DESC LIMIT 1"
    ).fetchone()
    assert kind == AuditKind.SUBJECT_ACCESS_WRITTEN.value
    assert json.loads(detail) == {"client": a, "to": "file"}
    again = save_bundle(workspace.subject_access, a, tmp_path, now=made)
    assert again.name == "subject-access-A-001-2026-03-09-2"


def test_the_cover_says_what_to_withhold_and_what_it_holds(
    workspace: Workspace, two_clients: tuple[int, int]
) -> None:
    a, _b = two_clients
    document = workspace.subject_access.bundle(a, dt.datetime(2026, 3, 9, 12, 0)).document
    text = document.text()
    assert document.metadata[0] == ("For", "A-001 (Rowena Applethwaite)")
    assert "9 March 2026" in text
    assert "Before you send it" in text
    assert "other people's" in text
    assert "Notes: notes of every kind" in text
    assert "Risk and safety: nothing held" in text
    assert "not encrypted" in text


def test_an_unknown_code_is_a_sentence(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="no client with the code Q-9") as caught:
        workspace.subject_access.client_by_code("Q-9")
    assert caught.value.exit_code == 2


def test_a_missing_or_read_only_folder_is_refused(
    workspace: Workspace,
    two_clients: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _b = two_clients
    service = workspace.subject_access
    bundle = service.bundle(a)
    with pytest.raises(BundleProblem, match="does not exist") as caught:
        service.write(bundle, tmp_path / "nowhere", b"%PDF-1.4")
    assert caught.value.exit_code == 1
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "a-file").write_text("mine")
    with pytest.raises(BundleProblem, match="is a file, not a folder"):
        service.write(bundle, tmp_path / "a-file", b"%PDF-1.4")
    assert (tmp_path / "a-file").read_text() == "mine"
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    with pytest.raises(BundleProblem, match="cannot be written"):
        service.write(bundle, folder, b"%PDF-1.4")
    assert list(folder.iterdir()) == []


def test_a_full_disk_or_a_failed_entry_leaves_no_folder_and_no_entry(
    workspace: Workspace,
    two_clients: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    a, _b = two_clients
    out = tmp_path / "out"
    out.mkdir()
    count = "SELECT count(*) FROM audit_log"
    before = workspace.vault.conn.execute(count).fetchone()[0]
    real_write, written = os.write, []

    def write(fd: int, data: bytes) -> int:
        written.append(len(data))
        if len(written) > 2:  # the PDF goes in, the JSON does not
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(BundleProblem, match="the disk is full"):
        save_bundle(workspace.subject_access, a, out)
    monkeypatch.setattr(os, "write", real_write)
    assert list(out.iterdir()) == []
    assert workspace.vault.conn.execute(count).fetchone()[0] == before

    from counsel_desk.storage.audit import AuditLog

    def refuse(self: AuditLog, kind: AuditKind, **detail: object) -> int:
        raise RuntimeError("the entry could not be written")

    monkeypatch.setattr(AuditLog, "record", refuse)
    with pytest.raises(RuntimeError):
        save_bundle(workspace.subject_access, a, out)
    monkeypatch.undo()
    assert list(out.iterdir()) == []


def test_a_stop_at_any_look_leaves_nothing(
    workspace: Workspace, two_clients: tuple[int, int], tmp_path: Path, qapp: object
) -> None:
    """Stopped at each look in turn: before anything, before and inside each file, between
    them, and after both were whole, before the audit entry: no folder, no temporary one,
    no entry. Not stopped, the same write makes the folder."""
    a, _b = two_clients
    out = tmp_path / "out"
    out.mkdir()
    count = "SELECT count(*) FROM audit_log"
    before = workspace.vault.conn.execute(count).fetchone()[0]
    service = workspace.subject_access
    bundle = service.bundle(a)
    pdf = bundle_pdf(bundle)
    looks: list[int] = []

    def counting() -> bool:
        looks.append(1)
        return False

    whole = service.write(bundle, tmp_path, pdf, counting)  # elsewhere: counts the looks
    assert len(looks) >= 5
    for stop_at in range(1, len(looks) + 1):
        asked: list[int] = []

        def cancelled(stop_at: int = stop_at, asked: list[int] = asked) -> bool:
            asked.append(1)
            return len(asked) >= stop_at

        with pytest.raises(BundleStopped) as stopped:
            service.write(bundle, out, pdf, cancelled)
        assert list(out.iterdir()) == [], stop_at  # the half-made folder is gone too
        assert workspace.vault.conn.execute(count).fetchone()[0] == before + 1  # whole's
    assert str(stopped.value) == "The subject access bundle was stopped; nothing was written."
    folder = service.write(bundle, out, pdf, lambda: False)
    assert sorted(p.name for p in out.iterdir()) == [folder.name]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in whole.iterdir())


def test_each_contract_version_is_the_clients_copy(
    workspace: Workspace, two_clients: tuple[int, int]
) -> None:
    a, _b = two_clients
    draft = workspace.contracts.start(a, "individual")
    bundle = workspace.subject_access.bundle(a)
    (version,) = bundle.values["clients"][0]["contract_versions"]
    assert version["id"] == draft.id
    text = bundle.document.text()
    assert f"Version 1: {version['title']}" in text
    copy = workspace.contracts.document(a, 1)[1]
    # the copy as the contract tab writes it (its terms filled in from the practice's
    # details and the client's), its headings one level down under the version's
    headings = [b for b in copy.blocks if isinstance(b, Heading)]
    assert len(headings) > 5
    for heading in headings:
        assert Heading(heading.text, min(4, heading.level + 1)) in bundle.document.blocks
    assert "Rowena Applethwaite" in copy.text()
