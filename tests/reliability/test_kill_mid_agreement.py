"""kill -9 inside agreeing a contract's next version: the version before superseded, its
audit entry written, the new one not yet agreed — the process dies there. Afterwards the
version before is still the one in force, the new one is still a draft, no entry of either
is kept, the audit chain holds and ``verify`` finds the vault sound."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from contractkit import practice_profile
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.version import AgreedHow, ContractStatus, set_terms
from counsel_desk.services.workspace import unlock, verify

CHILD = """
import datetime as dt, sys, time
from counsel_desk.domain.contract.version import AgreedHow
from counsel_desk.services.workspace import unlock
from counsel_desk.storage.audit import AuditLog

folder, passphrase, client_id, where = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
ws = unlock(folder, passphrase)

real_record = AuditLog.record
def record(self, kind, **detail):
    position = real_record(self, kind, **detail)
    if kind == where:
        print("inside " + where, flush=True)
        time.sleep(120)  # killed here, in the middle of the unit of work
    return position
AuditLog.record = record

ws.contracts.agree(client_id, 2, dt.date(2025, 3, 3), AgreedHow.BY_EMAIL)
print("finished", flush=True)
"""


@pytest.mark.parametrize("where", ["contract_superseded", "contract_agreed"])
def test_a_kill_inside_agreeing_keeps_the_version_before_in_force(
    closed_vault: tuple[Path, str], where: str
) -> None:
    folder, _ = closed_vault
    ws = unlock(folder, PASSPHRASE)
    try:
        ws.practice.save(practice_profile())
        client = ws.clients.add(ClientDraft("C-001", first_contact=dt.date(2025, 1, 2)))
        ws.contracts.start(client.id, "individual")
        ws.contracts.agree(client.id, 1, dt.date(2025, 1, 9), AgreedHow.IN_SESSION)
        draft = ws.contracts.start(client.id)
        ws.contracts.save_draft(set_terms(draft, replace(draft.terms, client_notice_hours=72)))
        entries = ws.audit.count()
    finally:
        ws.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, str(client.id), where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().decode().strip()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        errors = child.stderr.read().decode() if child.stderr else ""
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert line == f"inside {where}", errors
    assert child.returncode == -signal.SIGKILL

    report = verify(folder, PASSPHRASE)
    assert report.ok, [c for c in report.checks if not c.ok]
    ws = unlock(folder, PASSPHRASE)
    try:
        history = ws.contracts.history(client.id)
        assert history.version(1).status is ContractStatus.AGREED
        assert history.version(1).superseded_on is None
        assert history.version(2).is_draft
        assert history.version(2).terms.client_notice_hours == 72
        kinds = [e.kind for e in ws.audit.recent(ws.audit.count() - entries)]
        assert "contract_superseded" not in kinds
        assert kinds.count("contract_agreed") == 0
        assert ws.audit.check().ok
        # and agreeing it now works as it would have
        ws.contracts.agree(client.id, 2, dt.date(2025, 3, 3), AgreedHow.BY_EMAIL)
        assert ws.contracts.history(client.id).in_force(dt.date(2025, 3, 3)).number == 2
    finally:
        ws.close()
