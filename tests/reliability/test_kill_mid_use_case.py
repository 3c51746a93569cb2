"""kill -9 inside a use case that writes several records: all of it or nothing, every time.

A child process unlocks the vault and adds clients, each with its identity and three first
sessions in one use case (``ClientService.add(draft, first_sessions)``). At a chosen write
of a chosen client (the second session, the last session, the audit entry of a session) the
child stops, says where it is, and waits; the parent kills it with SIGKILL right there, in
the middle of the unit of work. Afterwards the clients written before are whole, the
interrupted one is not there at all (no client, no identity, no session, no audit entry),
the audit chain holds, and ``verify`` finds the vault sound.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE
from vaultkit import changes, state

from counsel_desk.services.workspace import unlock, verify

WHOLE_CLIENTS = 2  # clients written in full before the one interrupted
SESSIONS = 3

CHILD = f"""
import datetime as dt, sys, time
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.sessions import SessionRepository

folder, passphrase, where = sys.argv[1:4]
START = dt.datetime(2024, 1, 1, 9)
ws = unlock(folder, passphrase)
state = {{"client": 0, "sessions": 0, "audits": 0}}

def stop(label):
    print("inside " + label, flush=True)
    time.sleep(120)  # killed here, in the middle of the unit of work

real_insert = SessionRepository._insert
def insert(self, draft, stamp):
    state["sessions"] += 1
    row = real_insert(self, draft, stamp)
    if state["client"] == {WHOLE_CLIENTS} and where == f"session {{state['sessions']}}":
        stop(where)
    return row
SessionRepository._insert = insert

real_record = AuditLog.record
def record(self, kind, **detail):
    position = real_record(self, kind, **detail)
    if state["client"] == {WHOLE_CLIENTS} and where == "audit" and kind == "session_added":
        stop(where)
    return position
AuditLog.record = record

for n in range({WHOLE_CLIENTS} + 1):
    state["client"], state["sessions"] = n, 0
    ws.clients.add(
        ClientDraft(code=f"K-{{n}}", identity=ClientIdentity(full_name=f"Person {{n}}")),
        [SessionDraft(0, START + dt.timedelta(days=k)) for k in range({SESSIONS})],
    )
    print(f"written K-{{n}}", flush=True)
print("finished", flush=True)
"""


@pytest.mark.parametrize("where", ["session 2", f"session {SESSIONS}", "audit"])
def test_a_kill_inside_a_use_case_leaves_all_or_nothing(
    closed_vault: tuple[Path, str], where: str
) -> None:
    folder, _ = closed_vault
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    lines = []
    try:
        assert child.stdout is not None
        for raw in child.stdout:
            lines.append(raw.decode().strip())
            if lines[-1].startswith("inside"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        errors = child.stderr.read().decode() if child.stderr else ""
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert lines[-1] == f"inside {where}", (lines, errors)
    assert lines[:-1] == [f"written K-{n}" for n in range(WHOLE_CLIENTS)]
    assert child.returncode == -signal.SIGKILL

    before = state(folder)
    report = verify(folder, PASSPHRASE)
    assert report.ok, [c for c in report.checks if not c.ok]
    assert changes(folder, before) == []
    ws = unlock(folder, PASSPHRASE)
    try:
        clients = ws.clients.list()
        assert [c.code for c in clients] == [f"K-{n}" for n in range(WHOLE_CLIENTS)]
        for client in clients:
            assert len(ws.sessions.for_client(client.id)) == SESSIONS
        assert ws.sessions.count() == WHOLE_CLIENTS * SESSIONS
        conn = ws.vault.conn
        assert conn.execute("SELECT count(*) FROM client_identity").fetchone()[0] == WHOLE_CLIENTS
        entries = ws.audit.recent(500)
        added = [e for e in entries if e.kind == "client_added"]
        assert sorted(e.detail["client"] for e in added) == sorted(c.id for c in clients)
        sessions = [e for e in entries if e.kind == "session_added"]
        assert len(sessions) == WHOLE_CLIENTS * SESSIONS
        assert ws.audit.check().ok
    finally:
        ws.close()
