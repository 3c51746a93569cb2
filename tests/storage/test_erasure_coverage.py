"""Erasure reaches every table that holds a client's data, and says so about any table that
would not be: each table of the schema is the client's (reached from ``clients`` by ON
DELETE CASCADE), derived (the search index), or named as the practice's with why. A table
added later without that (by another part of the app) fails here, at merge, and stops an
erasure from starting. The triggers' exceptions are exactly as narrow as documented."""

from __future__ import annotations

import pytest
from backupkit import plant_client

from counsel_desk.domain.audit import DETAIL_KEYS, AuditKind
from counsel_desk.services.workspace import Workspace
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.erasure import ErasureBlocked, ErasureRepository
from counsel_desk.storage.erasure_schema import (
    CLIENT,
    OTHER_DETAIL_KEYS,
    PRACTICE_TABLES,
    PROCESS_NOTES,
    RECORD_DETAIL_KEYS,
    client_tables,
    unclassified,
    uncovered,
)


def test_every_table_of_the_schema_is_classified(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    assert unclassified(conn) == []
    assert uncovered(conn) == {}
    mine = set(client_tables(conn))
    assert {
        "clients",
        "client_identity",
        "sessions",
        "notes",
        "note_tags",
        "note_amendments",
        "drafts",
        "retention_holds",
        "contract_versions",
        "contract_clauses",
        "client_boundaries",
        "boundary_events",
        "risk_entries",
        "risk_reviews",
        "note_moves",
        "scores",
        "reflections",
        "reflection_ratings",
        "ruptures",
        "flag_dismissals",
        "supervision_clients",
        "redaction_terms",
    } <= mine
    assert not mine & set(PRACTICE_TABLES)
    assert set(PRACTICE_TABLES) <= {
        r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
    }


def test_every_audit_detail_key_is_classified() -> None:
    assert set(RECORD_DETAIL_KEYS) | OTHER_DETAIL_KEYS == DETAIL_KEYS
    assert not set(RECORD_DETAIL_KEYS) & OTHER_DETAIL_KEYS


def test_every_record_key_names_a_table_of_the_client(workspace: Workspace) -> None:
    assert set(RECORD_DETAIL_KEYS.values()) <= set(client_tables(workspace.vault.conn))


def _erase(ws: Workspace, client_id: int, code: str, scope: str = CLIENT) -> dict[str, int]:
    with ws.vault.work:
        _id, counts = ErasureRepository(ws.vault.conn).erase(client_id, code, scope, "adult", [])
    return counts


def test_a_table_added_without_cascade_is_caught_and_stops_an_erasure(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    planted = plant_client(workspace, "C-001")
    with workspace.vault.work:
        conn.execute(
            "CREATE TABLE worries (id INTEGER PRIMARY KEY, "
            "client_id INTEGER NOT NULL REFERENCES clients (id), what TEXT)"
        )
        conn.execute(
            "INSERT INTO worries (client_id, what) VALUES (?, 'a worry')",
            (planted.client_id,),
        )
    assert uncovered(conn) == {
        "worries": "worries.client_id refers to clients ON DELETE NO ACTION, not CASCADE"
    }
    with pytest.raises(ErasureBlocked):
        _erase(workspace, planted.client_id, "C-001")
    assert workspace.clients.get(planted.client_id).code == "C-001"


def test_a_table_added_with_cascade_is_erased_with_the_client(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    planted = plant_client(workspace, "C-001")
    other = plant_client(workspace, "C-002")
    with workspace.vault.work:
        conn.execute(
            "CREATE TABLE homework (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL "
            "REFERENCES sessions (id) ON DELETE CASCADE, total INTEGER)"
        )
        for session_id in (*planted.sessions, other.sessions[0]):
            conn.execute("INSERT INTO homework (session_id, total) VALUES (?, 30)", (session_id,))
    assert uncovered(conn) == {}
    assert unclassified(conn) == []
    counts = _erase(workspace, planted.client_id, "C-001")
    assert counts["homework"] == len(planted.sessions)
    assert conn.execute("SELECT count(*) FROM homework").fetchone()[0] == 1


def test_a_client_id_without_a_foreign_key_is_caught(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    with workspace.vault.work:
        conn.execute(
            "CREATE TABLE redactions (id INTEGER PRIMARY KEY, client_id INTEGER, word TEXT)"
        )
    assert "redactions" in uncovered(conn)


def test_an_unknown_table_is_named(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    with workspace.vault.work:
        conn.execute("CREATE TABLE rooms (id INTEGER PRIMARY KEY, starts TEXT)")
    assert unclassified(conn) == ["rooms"]


# --- the triggers' exceptions --------------------------------------------------------------
def test_an_audit_entry_cannot_be_blanked_outside_an_erasure(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    with workspace.vault.work, pytest.raises(IntegrityError, match="append-only"):
        conn.execute(
            "UPDATE audit_log SET detail = '{}', detail_digest = ? WHERE position = 1", ("0" * 64,)
        )


@pytest.mark.parametrize(
    "change",
    [
        "kind = 'locked'",
        "at = '2001-01-01T00:00:00Z'",
        "detail = '{\"note\":1}', detail_digest = 'DIGEST'",
        "detail = '{}'",
        "hash = 'DIGEST', detail = '{}', detail_digest = 'DIGEST'",
    ],
)
def test_during_an_erasure_only_blanking_is_allowed(workspace: Workspace, change: str) -> None:
    conn = workspace.vault.conn
    digest = "a" * 64
    with workspace.vault.work:
        conn.execute("INSERT INTO erasure_in_progress (client_id, scope) VALUES (1, 'client')")
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute(
                f"UPDATE audit_log SET {change.replace('DIGEST', digest)} WHERE position = 1"
            )
        conn.execute(
            "UPDATE audit_log SET detail = '{}', detail_digest = ? WHERE position = 1", (digest,)
        )
        with pytest.raises(IntegrityError, match="append-only"):  # only once
            conn.execute(
                "UPDATE audit_log SET detail = '{}', detail_digest = ? WHERE position = 1",
                ("b" * 64,),
            )
        with pytest.raises(IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log WHERE position = 1")
        conn.execute("DELETE FROM erasure_in_progress")


def test_a_finalised_note_goes_only_with_its_own_clients_erasure(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    first = plant_client(workspace, "C-001")
    second = plant_client(workspace, "C-002")
    with workspace.vault.work:
        conn.execute(
            "INSERT INTO erasure_in_progress (client_id, scope) VALUES (?, 'client')",
            (second.client_id,),
        )
        with pytest.raises(IntegrityError, match="finalised"):
            conn.execute("DELETE FROM notes WHERE id = ?", (first.notes[0],))
        conn.execute("DELETE FROM erasure_in_progress")


def test_a_process_notes_erasure_keeps_session_notes(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    planted = plant_client(workspace, "C-001")
    with workspace.vault.work:
        conn.execute(
            "INSERT INTO erasure_in_progress (client_id, scope) VALUES (?, 'process_notes')",
            (planted.client_id,),
        )
        with pytest.raises(IntegrityError, match="finalised"):
            conn.execute("DELETE FROM notes WHERE id = ?", (planted.notes[0],))
        conn.execute("DELETE FROM erasure_in_progress")
    counts = _erase(workspace, planted.client_id, "C-001", PROCESS_NOTES)
    assert counts == {"process_notes": 1, "audit_entries": 1}  # its "note finalised" entry
    kinds = conn.execute("SELECT kind, count(*) FROM notes GROUP BY kind").fetchall()
    assert kinds == [("session", len(planted.notes) - 1)]


def test_the_erasure_blanks_what_names_its_records_and_nothing_else(workspace: Workspace) -> None:
    conn = workspace.vault.conn
    mine = plant_client(workspace, "C-001")
    theirs = plant_client(workspace, "C-002")
    with workspace.vault.work:
        AuditLog(conn).record(AuditKind.NOTE_PRINTED, note=mine.notes[1], to="printer")
    before = dict(conn.execute("SELECT position, detail FROM audit_log").fetchall())
    repo = ErasureRepository(conn)
    positions = repo.audit_positions(mine.client_id, CLIENT)
    _erase(workspace, mine.client_id, "C-001")
    after = dict(conn.execute("SELECT position, detail FROM audit_log").fetchall())
    changed = sorted(p for p in before if before[p] != after[p])
    assert changed == positions
    assert len(positions) > 5
    for position in changed:
        assert after[position] == "{}"
    assert any(str(theirs.client_id) in d for d in after.values() if '"client"' in d)
    assert AuditLog(conn).check().ok
    assert conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0] == 0


def test_a_side_reference_to_a_client_without_a_foreign_key_is_caught(
    workspace: Workspace,
) -> None:
    """A column naming another client's records by id (``*_client_id``, ``*_session_id``)
    must be a foreign key or cleared by erasure (``SIDE_REFERENCES``)."""
    conn = workspace.vault.conn
    assert uncovered(conn) == {}
    with workspace.vault.work:
        conn.execute(
            "CREATE TABLE referrals (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL "
            "REFERENCES clients (id) ON DELETE CASCADE, partner_client_id INTEGER)"
        )
    assert uncovered(conn) == {
        "referrals": "referrals.partner_client_id names another client's records without a "
        "foreign key, and erasure does not clear it"
    }
