"""Search's own read-only connection: opened with the vault, with the same settings, sees
what the app commits, can never write, stops a running query on interrupt(), is closed on
lock and follows the database through a key rotation."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from testkit import LIGHT_KDF, PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.search_query import SearchCancelled
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace, unlock
from counsel_desk.storage.db import DatabaseError


def _note(ws: Workspace, text: str) -> int:
    clients = ws.clients.list()
    client = clients[0] if clients else ws.clients.add(ClientDraft(code="C-001"))
    session = ws.sessions.add(SessionDraft(client.id, dt.datetime(2024, 3, 1, 10)))
    note = ws.notes.create(session.id)
    ws.notes.save(note.id, text)
    return note.id


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("temp_store", 2),
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("trusted_schema", 0),
        ("secure_delete", 1),
    ],
)
def test_the_reader_has_the_vaults_settings(
    closed_vault: tuple[Path, str], pragma: str, expected: object
) -> None:
    ws = unlock(closed_vault[0], PASSPHRASE)
    try:
        assert ws.vault.reader is not None
        assert ws.vault.reader is not ws.vault.conn
        assert ws.vault.reader.execute(f"PRAGMA {pragma}").fetchone()[0] == expected
    finally:
        ws.close()


def test_the_reader_sees_each_save_at_once_and_cannot_write(workspace: Workspace) -> None:
    note_id = _note(workspace, "Quietly determined.")
    reader = workspace.vault.reader
    assert [h.note_id for h in workspace.search.search("determined")] == [note_id]
    workspace.notes.save(note_id, "Now hopeful instead.")
    assert workspace.search.search("determined") == []
    assert [h.note_id for h in workspace.search.search("hopeful")] == [note_id]
    with pytest.raises(DatabaseError, match="readonly"):
        reader.execute("DELETE FROM notes")
    assert workspace.notes.get(note_id).body == "Now hopeful instead."


def test_a_write_in_progress_is_not_seen_until_committed(workspace: Workspace) -> None:
    note_id = _note(workspace, "Before the change.")
    conn = workspace.vault.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE notes SET body = 'After the change.' WHERE id = ?", (note_id,))
    try:
        assert [h.note_id for h in workspace.search.search("before")] == [note_id]
        assert workspace.search.search("after") == []
    finally:
        conn.execute("COMMIT")
    assert [h.note_id for h in workspace.search.search("after")] == [note_id]


def test_interrupt_stops_the_running_search_and_only_that_one(workspace: Workspace) -> None:
    note_id = _note(workspace, "Grief and the garden.")
    reader = workspace.vault.reader
    calls = []

    def interrupt_while_running() -> int:
        calls.append(1)
        workspace.search.interrupt()  # as the UI thread does when a newer search starts
        return 0

    reader.set_progress_handler(interrupt_while_running, 1)
    try:
        with pytest.raises(SearchCancelled):
            workspace.search.search("garden")
    finally:
        reader.set_progress_handler(None, 1)
    assert calls
    workspace.search.interrupt()  # nothing running: no effect on the next search
    assert [h.note_id for h in workspace.search.search("garden")] == [note_id]


def test_searches_run_on_another_thread_while_the_app_writes(workspace: Workspace) -> None:
    note_id = _note(workspace, "walking by the canal")
    found: list[list[int]] = []
    failures: list[BaseException] = []

    def search_repeatedly() -> None:
        try:
            for _ in range(40):
                found.append([h.note_id for h in workspace.search.search("canal")])
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    worker = threading.Thread(target=search_repeatedly)
    worker.start()
    for i in range(40):
        workspace.notes.save(note_id, f"walking by the canal, draft {i}")
    worker.join(10)
    assert not failures
    assert found
    assert all(ids == [note_id] for ids in found)


def test_lock_closes_the_reader(workspace: Workspace) -> None:
    reader = workspace.vault.reader
    workspace.close()
    assert workspace.vault.reader is None
    with pytest.raises(Exception, match="closed"):
        reader.execute("SELECT 1")
    workspace.search.interrupt()  # harmless once locked


def test_after_a_key_rotation_search_reads_the_new_file(workspace: Workspace) -> None:
    note_id = _note(workspace, "Rotation survives.")
    old_reader = workspace.vault.reader
    workspace.rotate_data_key(PASSPHRASE, lambda _key: None, kdf=LIGHT_KDF)
    assert workspace.vault.reader is not None
    assert workspace.vault.reader is not old_reader
    with pytest.raises(Exception, match="closed"):
        old_reader.execute("SELECT 1")
    assert [h.note_id for h in workspace.search.search("rotation")] == [note_id]
    workspace.notes.save(note_id, "Written after rotating.")
    assert [h.note_id for h in workspace.search.search("rotating")] == [note_id]
