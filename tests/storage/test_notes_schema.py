"""Schema 2: migrating a version-1 vault, the database's own locks on finalised notes, list
queries that never read note text, and no note text in the vault's files."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from schema_kit import build_at_version
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.notes import NoteKind, NoteStatus, NoteSummary
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace, unlock
from counsel_desk.storage.bulk import BulkWriter
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.migrate import current_version, latest_version
from counsel_desk.storage.notes import NoteRepository, NoteSeed


def test_a_version_1_vault_migrates_with_its_data_and_a_copy(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_at_version(vault_dir, 1, monkeypatch)
    ws = unlock(vault_dir, PASSPHRASE)
    try:
        assert current_version(ws.vault.conn) == latest_version() >= 2
        (copy,) = vault_dir.glob("vault.pre-v2-*.db")
        assert copy.stat().st_mode & 0o777 == 0o600
        assert ws.clients.get(1).identity.full_name == "Isla Marsh"
        assert [s.status for s in ws.sessions.for_client(1)] == [
            SessionStatus.SCHEDULED,
            SessionStatus.ATTENDED,
        ]
        att = ws.attendance.get(1)
        assert att.status is SessionStatus.ATTENDED
        assert att.recorded_at is None
        note = ws.notes.create(1, "builtin:birp")
        assert ws.notes.for_client(1)[0].id == note.id
        assert all(check.ok for check in ws.vault.verify())
    finally:
        ws.close()


@pytest.fixture
def final_note(workspace) -> tuple[Workspace, int, int]:
    client = workspace.clients.add(ClientDraft(code="C-009"))
    session = workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10)))
    note = workspace.notes.finalise(workspace.notes.create(session.id).id, body="signed text")
    workspace.notes.amend(note.id, "an addition", "why")
    return workspace, note.id, client.id


def test_the_schema_itself_refuses_to_change_a_finalised_note(final_note) -> None:
    ws, note_id, _ = final_note
    conn = ws.vault.conn
    for sql in (
        "UPDATE notes SET body = 'forged' WHERE id = ?",
        "UPDATE notes SET status = 'draft', finalised_at = NULL WHERE id = ?",
        "DELETE FROM notes WHERE id = ?",
        "UPDATE note_amendments SET body = 'forged' WHERE note_id = ?",
        "DELETE FROM note_amendments WHERE note_id = ?",
    ):
        with pytest.raises(IntegrityError):
            conn.execute(sql, (note_id,))
    assert ws.notes.get(note_id).body == "signed text"
    conn.execute("UPDATE notes SET risk_flag = 1 WHERE id = ?", (note_id,))  # flags may change


def test_erasing_a_client_removes_their_finalised_notes_and_index(final_note) -> None:
    ws, note_id, client_id = final_note
    conn = ws.vault.conn
    with pytest.raises(IntegrityError):  # a client is not deleted except by an erasure
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    assert ws.notes.get(note_id).body == "signed text"
    with ws.vault.work:  # what storage/erasure.py does, without its other steps
        conn.execute(
            "INSERT INTO erasure_in_progress (client_id, scope) VALUES (?, 'client')",
            (client_id,),
        )
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        conn.execute("DELETE FROM erasure_in_progress")
    for table in ("notes", "note_amendments", "note_tags", "drafts"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM notes_fts").fetchone()[0] == 0
    assert ws.search.search("signed") == []


def test_listing_2000_notes_never_reads_their_text(workspace) -> None:
    conn = workspace.vault.conn
    with BulkWriter(workspace.vault.work) as writer:
        client_id = writer.add_client(ClientDraft("C-100"))
        seeds = []
        for i in range(2000):
            start = dt.datetime(2020, 1, 1, 9) + dt.timedelta(days=i)
            session = SessionDraft(client_id, start)
            session_id = writer.add_session(client_id, session)
            final = i % 2 == 0
            seeds.append(
                NoteSeed(
                    session_id,
                    NoteKind.SESSION if i % 3 else NoteKind.PROCESS,
                    f"Note {i}",
                    f"Body of note {i}. " * 40,
                    NoteStatus.FINAL if final else NoteStatus.DRAFT,
                    finalised_at="2024-01-01T00:00:00Z" if final else None,
                    tags=("bulk",) if i % 10 == 0 else (),
                )
            )
        ids = NoteRepository(conn).insert_many(seeds)
    assert len(ids) == 2000
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        page = workspace.notes.for_client(client_id, limit=100)
        second = workspace.notes.for_client(client_id, limit=100, offset=100)
        everything = workspace.notes.for_client(client_id, limit=5000)
        workspace.notes.unfinished(limit=10)
        workspace.today.overview(dt.date(2025, 6, 1))
        workspace.search.search("", client_id=client_id, limit=10)
    finally:
        conn.set_trace_callback(None)
    assert statements
    assert not [s for s in statements if "body" in s.lower()]
    assert "body" not in NoteSummary.__dataclass_fields__
    assert len(everything) == 2000
    assert workspace.notes.count(client_id) == 2000
    assert page[0].title == "Note 1999"
    assert second[0].title == "Note 1899"
    assert sum(1 for s in everything if s.tags == ("bulk",)) == 200
    assert sum(1 for s in everything if s.status is NoteStatus.FINAL) == 1000
    assert len(workspace.search.search("body", limit=500)) == 500  # and search finds them


def test_note_text_never_reaches_the_vault_files_in_plaintext(workspace) -> None:
    sentinel = f"ZQX-{uuid.uuid4().hex}"
    folder = workspace.folder
    client = workspace.clients.add(ClientDraft(code="C-042"))
    session = workspace.sessions.add(SessionDraft(client.id, dt.datetime(2024, 5, 1, 10)))
    note = workspace.notes.create(session.id)
    workspace.notes.autosave_draft(note.id, f"typing {sentinel}")
    workspace.notes.save(note.id, f"The client said {sentinel} twice.", title=sentinel)
    workspace.notes.set_tags(note.id, [sentinel[:40]])
    workspace.notes.finalise(note.id)
    workspace.notes.amend(note.id, f"Also {sentinel}.", "addition")
    assert workspace.search.search(sentinel)
    audit = workspace.vault.conn.execute("SELECT kind || detail FROM audit_log").fetchall()
    assert not [row for row in audit if sentinel in row[0]]
    workspace.close()
    needles = [sentinel.encode("utf-8"), sentinel.encode("utf-16-le"), sentinel.lower().encode()]
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in files)
    for path in files:
        data = path.read_bytes()
        assert not [n for n in needles if n in data], path.name
