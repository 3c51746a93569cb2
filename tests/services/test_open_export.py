"""The open export and import through the services: round trips, refusals, files."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import stat
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.open_export import (
    ExportFileProblem,
    ImportFileInvalid,
    OpenExportService,
    import_vault,
)
from counsel_desk.services.workspace import Workspace, create_vault, unlock


def export_bytes(ws: Workspace, path: Path) -> bytes:
    OpenExportService(ws.vault).export(path)
    return path.read_bytes()


def round_trip(first: bytes, tmp: Path) -> bytes:
    """Import ``first`` into a new vault and export that vault again."""
    (tmp / "first.json").write_bytes(first)
    import_vault(tmp / "first.json", tmp / "second", PASSPHRASE, kdf=LIGHT_KDF)
    ws = unlock(tmp / "second", PASSPHRASE)
    try:
        return export_bytes(ws, tmp / "second.json")
    finally:
        ws.close()


def same_apart_from_trail_growth(first: bytes, second: bytes) -> None:
    """Byte for byte the same, but for the entries the round trip itself appended to the
    audit trail (the import, the new vault's creation, unlocking, locking): the first
    export's trail is a prefix of the second's, entry for entry."""
    a, b = json.loads(first), json.loads(second)
    trail_a, trail_b = a.pop("audit"), b.pop("audit")
    assert trail_b[: len(trail_a)] == trail_a
    assert [e["kind"] for e in trail_b[len(trail_a) :]][:2] == ["data_imported", "vault_created"]
    assert a == b
    # and the bytes of everything before the trail are identical
    cut = first.index(b'\n"audit":')
    assert second[:cut] == first[:cut]


FTS = "SELECT rowid, title, body, tags, amendments FROM notes_fts ORDER BY rowid"


def test_demo_vault_round_trip_is_identical(workspace: Workspace, tmp_path: Path) -> None:
    populate(workspace, DemoSpec(clients=5, years=1.0, seed=7))
    note = workspace.vault.conn.execute("SELECT id FROM notes WHERE status = 'final'").fetchone()
    workspace.notes.amend(note[0], "Remembered later, a word.", "Forgotten at first.")
    index = workspace.vault.conn.execute(FTS).fetchall()
    hits = [r.note_id for r in workspace.search.search("remembered later")]
    first = export_bytes(workspace, tmp_path / "a.json")
    workspace.close()
    second = round_trip(first, tmp_path)
    same_apart_from_trail_growth(first, second)
    imported = unlock(tmp_path / "second", PASSPHRASE)
    try:  # the search index, built once at the end of the import, as the notes had it
        assert imported.vault.conn.execute(FTS).fetchall() == index
        assert [r.note_id for r in imported.search.search("remembered later")] == hits
        assert note[0] in hits
    finally:
        imported.close()
    data = json.loads(first)
    client = data["clients"][0]
    assert client["identity"]["full_name"]
    assert client["sessions"][0]["notes"] is not None
    assert any(s["notes"] for c in data["clients"] for s in c["sessions"])


def test_export_is_private_whole_and_audited(workspace: Workspace, tmp_path: Path) -> None:
    workspace.clients.add(ClientDraft("C-001"))
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    OpenExportService(workspace.vault).export(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]
    last = workspace.audit.entries()[-1] if hasattr(workspace.audit, "entries") else None
    row = workspace.vault.conn.execute(
        "SELECT kind, detail FROM audit_log ORDER BY position DESC LIMIT 1"
    ).fetchone()
    assert row == (AuditKind.VAULT_EXPORTED.value, '{"format":"json","to":"file"}')
    assert last is None or str(target) not in str(last)


def test_export_refuses_a_missing_folder(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportFileProblem, match="does not exist"):
        OpenExportService(workspace.vault).export(tmp_path / "nowhere" / "x.json")
    assert not (tmp_path / "nowhere").exists()


def test_export_refuses_a_read_only_folder(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    with pytest.raises(ExportFileProblem, match="cannot be written"):
        OpenExportService(workspace.vault).export(folder / "x.json")
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_no_file_and_no_entry(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(workspace, DemoSpec(clients=3, years=0.5, seed=2))
    before = workspace.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    real_write, written = os.write, []

    def write(fd: int, data: bytes) -> int:
        written.append(len(data))
        if len(written) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(ExportFileProblem, match="the disk is full"):
        OpenExportService(workspace.vault).export(tmp_path / "x.json")
    monkeypatch.setattr(os, "write", real_write)
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == []
    after = workspace.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert after == before


# --- generated vault contents ----------------------------------------------------------
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    clients=st.lists(
        st.tuples(
            TEXT.filter(lambda s: s.strip() != ""),
            st.lists(st.tuples(st.integers(0, 400), TEXT, TEXT, st.booleans()), max_size=3),
        ),
        max_size=3,
    )
)
def test_generated_vaults_round_trip(tmp_path_factory: pytest.TempPathFactory, clients) -> None:
    tmp = tmp_path_factory.mktemp("rt")
    ws, _recovery = create_vault(tmp / "first", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        for n, (name, sessions) in enumerate(clients):
            client = ws.clients.add(
                ClientDraft(f"G-{n:03d}", identity=ClientIdentity(full_name=name.strip()[:100]))
            )
            for days, title, body, final in sessions:
                start = dt.datetime(2024, 1, 1, 9, 0) + dt.timedelta(days=days)
                session = ws.sessions.add(SessionDraft(client.id, start))
                note = ws.notes.create(session.id)
                ws.notes.save(note.id, body, title)
                if final and body.strip():
                    ws.notes.finalise(note.id)
        first = export_bytes(ws, tmp / "a.json")
    finally:
        ws.close()
    same_apart_from_trail_growth(first, round_trip(first, tmp))


# --- refusals --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def good_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    tmp = tmp_path_factory.mktemp("good")
    ws, _ = create_vault(tmp / "v", PASSPHRASE, kdf=LIGHT_KDF)
    try:
        populate(ws, DemoSpec(clients=4, years=1.0, seed=11))
        return export_bytes(ws, tmp / "good.json")
    finally:
        ws.close()


def _refused(tmp_path: Path, content: bytes, words: str) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    target = tmp_path / "new-vault"
    with pytest.raises(ImportFileInvalid, match=words) as caught:
        import_vault(source, target, PASSPHRASE, kdf=LIGHT_KDF)
    assert caught.value.exit_code == 2
    assert not target.exists()


def _edited(good: bytes, change) -> bytes:
    data = json.loads(good)
    change(data)
    return json.dumps(data).encode()


def _first_scored(data: dict) -> dict:
    return next(s for c in data["clients"] for s in c["scores"])


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format_version=2), "export format 2, newer"),
        (lambda d: d["clients"][1].pop("code"), r"clients\[1\]\.code is missing"),
        (lambda d: d["clients"][2].update(nickname="x"), r"clients\[2\]\.nickname is not a field"),
        (
            lambda d: d["clients"][0]["sessions"][1].update(scheduled_start=20240101),
            r"clients\[0\]\.sessions\[1\]\.scheduled_start must be text",
        ),
        (
            lambda d: d["clients"][3].update(code=d["clients"][0]["code"].lower()),
            r"clients\[3\]\.code is the code of an earlier client",
        ),
        (
            lambda d: d["clients"][1]["sessions"][2].update(created_at="2000-01-01T00:00:00Z"),
            r"clients\[1\]\.sessions\[2\]\.created_at is before its client was added",
        ),
        (lambda d: _first_scored(d).update(total="9999"), r"\.scores\[\d+\]\.total is outside"),
        (lambda d: d["practice"].update(currency=None), r"practice\.currency must not be empty"),
        (  # text where a time belongs: the app could not read the session back
            lambda d: d["clients"][2]["sessions"][5].update(scheduled_start="next Tuesday"),
            r"clients\[2\]\.sessions\[5\]\.scheduled_start must be a time",
        ),
        (
            lambda d: d["clients"][1]["sessions"][0].update(scheduled_start="2025-02-30T10:00"),
            r"clients\[1\]\.sessions\[0\]\.scheduled_start must be a time",
        ),
        (
            lambda d: d["clients"][0].update(start_date="2025-13-01"),
            r"clients\[0\]\.start_date must be a date written as YYYY-MM-DD",
        ),
        (
            lambda d: d["clients"][0].update(created_at="yesterday"),
            r"clients\[0\]\.created_at must be a UTC time",
        ),
    ],
)
def test_bad_records_are_named_by_place(
    good_export: bytes, tmp_path: Path, change, words: str
) -> None:
    _refused(tmp_path, _edited(good_export, change), words)


def test_truncated_files_are_refused_wherever_they_end(good_export: bytes, tmp_path: Path) -> None:
    for cut in (1, 40, len(good_export) // 3, len(good_export) - 3):
        _refused(tmp_path, good_export[:cut], "ends early|cut short|is missing")


def test_not_json_and_empty(tmp_path: Path) -> None:
    _refused(tmp_path, b"", "empty")
    _refused(tmp_path, b"name,code\nAnn,C-1\n", "not a JSON object")
    _refused(tmp_path, b'{"format": "something else"}', "not a Counsel Desk export")
    _refused(tmp_path, b'{"format":"counsel-desk-export","format_version":1,"practice":{,}', "JSON")


def test_200_mb_of_garbage_is_refused_without_reading_it(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.json"
    with garbage.open("wb") as fp:  # sparse: 200 MB of zero bytes, no disk used
        fp.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileInvalid, match="not a JSON object"):
            import_vault(garbage, tmp_path / "new", PASSPHRASE, kdf=LIGHT_KDF)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    assert not (tmp_path / "new").exists()


def test_a_folder_that_is_not_empty_is_refused_and_kept(good_export: bytes, tmp_path: Path) -> None:
    (tmp_path / "good.json").write_bytes(good_export)
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    from counsel_desk.services.open_export import ImportTargetProblem

    with pytest.raises(ImportTargetProblem, match="not an empty folder"):
        import_vault(tmp_path / "good.json", target, PASSPHRASE, kdf=LIGHT_KDF)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_a_failure_while_writing_removes_the_new_vault(
    good_export: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsel_desk.storage.open_format import OpenFormatTables

    (tmp_path / "good.json").write_bytes(good_export)
    real, calls = OpenFormatTables.insert, []

    def insert(self, part, row, parent=None):
        calls.append(part.table)
        if part.table == "notes" and calls.count("notes") == 3:
            raise RuntimeError("injected")
        return real(self, part, row, parent)

    monkeypatch.setattr(OpenFormatTables, "insert", insert)
    with pytest.raises(RuntimeError):
        import_vault(tmp_path / "good.json", tmp_path / "new", PASSPHRASE, kdf=LIGHT_KDF)
    assert not (tmp_path / "new").exists()


def test_an_audit_entry_that_cannot_be_recorded_leaves_no_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsel_desk.storage.audit import AuditLog

    workspace.clients.add(ClientDraft("C-001"))

    def refuse(self, kind, **detail):
        raise RuntimeError("injected")

    monkeypatch.setattr(AuditLog, "record", refuse)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        OpenExportService(workspace.vault).export(out / "x.json")
    monkeypatch.undo()  # closing the vault records its lock
    assert list(out.iterdir()) == []


def test_one_endless_value_is_refused_before_it_fills_memory(tmp_path: Path) -> None:
    from counsel_desk.services.open_reader import MAX_VALUE_CHARS

    source = tmp_path / "endless.json"
    with source.open("wb") as fp:
        fp.write(b'{"format":"counsel-desk-export","format_version":1,"practice":"')
        chunk = b"A" * (1 << 20)
        for _ in range(MAX_VALUE_CHARS // len(chunk) + 4):
            fp.write(chunk)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileInvalid, match="larger than any record"):
            import_vault(source, tmp_path / "new", PASSPHRASE, kdf=LIGHT_KDF)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_VALUE_CHARS
    assert not (tmp_path / "new").exists()
