"""A generated practice, written into a vault, holds together as the app's own rules expect."""

from __future__ import annotations

from counsel_desk.domain.attendance import validate_attendance
from counsel_desk.domain.clients import ClientStatus
from counsel_desk.domain.contract.version import ContractStatus
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.demo import DemoSpec, populate


def test_a_populated_vault_keeps_the_apps_rules(workspace) -> None:
    counts = populate(workspace, DemoSpec(clients=40, years=3, seed=5))
    ws = workspace
    clients = ws.clients.list()
    assert len(clients) == counts["clients"] == 40
    sessions = [s for c in clients for s in ws.sessions.for_client(c.id)]
    assert len(sessions) == counts["sessions"]
    notes = [n for c in clients for n in ws.notes.for_client(c.id, limit=10_000)]
    assert len(notes) == counts["notes"]

    moved = 0
    for session in sessions:
        attendance = ws.attendance.get(session.id)
        if session.status is not SessionStatus.SCHEDULED:  # what happened obeys the form's rules
            validate_attendance(attendance, session.planned_minutes)
        if session.status is SessionStatus.RESCHEDULED:
            new = ws.attendance.moved_to(session.id)
            assert new is not None
            assert new.client_id == session.client_id
            assert new.start > session.start
            moved += 1
    assert moved > 0

    with_notes = {n.session_id for n in notes}
    by_id = {s.id: s for s in sessions}
    assert all(by_id[sid].status is SessionStatus.ATTENDED for sid in with_notes)
    attended = {s.id for s in sessions if s.status is SessionStatus.ATTENDED}
    assert with_notes == attended  # every held session has its note, and only those

    for client in clients:
        if client.status is ClientStatus.ENDED:
            held = [s for s in ws.sessions.for_client(client.id) if s.id in attended]
            last = max(held, key=lambda s: s.start)
            tags = {t for n in ws.notes.for_session(last.id) for t in n.tags}
            assert "ending" in tags, client.code


def test_the_demo_writes_contract_histories_and_boundary_events(workspace) -> None:
    """Each client's planned contract is stored (agreed ones locked, superseded in turn),
    boundary events are linked to their sessions, and the demo's cancellations are judged
    by the contract in force: some short notice, most not."""
    counts = populate(workspace, DemoSpec(clients=40, years=3, seed=5))
    ws = workspace
    clients = ws.clients.list()
    histories = {c.id: ws.contracts.history(c.id) for c in clients}
    assert sum(len(h) for h in histories.values()) == counts["contract versions"] > 40 // 2
    assert any(len(h) > 1 for h in histories.values())  # some have a second version
    for client in clients:
        history = histories[client.id]
        in_force = [v for v in history.versions if v.status is ContractStatus.AGREED]
        assert len(in_force) <= 1
        assert client.first_contact is not None
        for version in history.versions:
            if version.agreement is not None:
                assert version.agreement.on >= client.first_contact
    events = [e for c in clients for e in ws.boundaries.events(c.id)]
    assert len(events) == counts["boundary events"] > 0
    sessions = {s.id: s for c in clients for s in ws.sessions.for_client(c.id)}
    linked = [e for e in events if e.session_id is not None]
    assert linked
    assert all(sessions[e.session_id].client_id == e.client_id for e in linked)
    verdicts = [v for c in clients for v in ws.notice.for_client(c.id).values()]
    assert any(v.short for v in verdicts)
    assert any(not v.short for v in verdicts)
    assert any(v.version_number is not None for v in verdicts)
