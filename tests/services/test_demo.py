"""A generated practice, written into a vault, holds together as the app's own rules expect."""

from __future__ import annotations

from counsel_desk.domain.attendance import validate_attendance
from counsel_desk.domain.clients import ClientStatus
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
