"""The supervision tables and erasure (issue #15): every row that belongs to a client goes
with the client's row (a foreign key with ON DELETE CASCADE); the supervision session itself,
the practitioner's own record, stays."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.supervision import SupervisionSession

CLIENT_OWNED = {"supervision_clients", "redaction_terms"}


def test_client_owned_tables_cascade_from_clients(workspace) -> None:
    conn = workspace.vault.conn
    for table in CLIENT_OWNED:
        keys = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        to_clients = [k for k in keys if k[2] == "clients"]
        assert [(k[3], k[4], k[6]) for k in to_clients] == [("client_id", "id", "CASCADE")]


def test_deleting_a_client_takes_their_rows_and_keeps_the_session(workspace) -> None:
    ws = workspace
    gone = ws.clients.add(ClientDraft("C-001"))
    kept = ws.clients.add(ClientDraft("C-002"))
    ws.redaction.add(gone.id, "Marcus")
    ws.redaction.add(kept.id, "Priya")
    session = ws.supervision.log(
        SupervisionSession(dt.date(2025, 6, 2), "Dr Rowan", 60, client_ids=(gone.id, kept.id))
    )
    with ws.vault.work:
        ws.vault.conn.execute("DELETE FROM clients WHERE id = ?", (gone.id,))
    conn = ws.vault.conn
    assert conn.execute("SELECT client_id FROM redaction_terms").fetchall() == [(kept.id,)]
    assert ws.supervision.get(session.id).client_ids == (kept.id,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
