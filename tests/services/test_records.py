"""Clients, sessions, practice profile and the audit trail, through the services."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from testkit import PASSPHRASE

from counsel_desk.domain.clients import ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.sessions import Modality, SessionDraft, SessionStatus
from counsel_desk.services.workspace import Workspace, unlock
from counsel_desk.storage.errors import Conflict, NotFound


def _add(ws: Workspace, code: str, status: ClientStatus = ClientStatus.ACTIVE, **identity):
    end = dt.date(2024, 6, 1) if status is ClientStatus.ENDED else None
    return ws.clients.add(
        ClientDraft(
            code=code,
            status=status,
            start_date=dt.date(2024, 1, 10),
            end_date=end,
            identity=ClientIdentity(**identity),
        )
    )


def test_add_and_get_a_client(workspace: Workspace) -> None:
    identity = ClientIdentity(
        full_name="Rosa Penrose",
        preferred_name="Ro",
        date_of_birth=dt.date(1988, 2, 29),
        email="rosa@example.org",
        phone="07700 900123",
        address="3 Mill Lane, Kendal",
        emergency_contact="Sam Penrose (partner)",
    )
    client = workspace.clients.add(
        ClientDraft(code=" c-7 ", start_date=dt.date(2024, 1, 10), identity=identity)
    )
    assert client.code == "C-7"
    assert client.status is ClientStatus.ACTIVE
    assert client.identity == identity
    assert client.identity.display_name == "Ro"
    assert workspace.clients.get(client.id) == client
    assert workspace.clients.count() == 1


def test_invalid_client_is_refused_and_not_saved(workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        workspace.clients.add(ClientDraft(code="not a code"))
    assert workspace.clients.count() == 0


def test_duplicate_code_is_a_conflict_with_a_sentence(workspace: Workspace) -> None:
    first = _add(workspace, "C-001", full_name="First Person")
    with pytest.raises(Conflict, match="Another client already has the code C-001"):
        _add(workspace, "c-001", full_name="Second Person")
    second = _add(workspace, "C-002", full_name="Second Person")
    with pytest.raises(Conflict, match="C-001"):
        workspace.clients.update(second.id, ClientDraft(code="C-001"))
    assert workspace.clients.count() == 2
    assert workspace.clients.get(first.id).identity.full_name == "First Person"
    assert workspace.clients.get(second.id).code == "C-002"


def test_update_a_client(workspace: Workspace) -> None:
    client = _add(workspace, "C-001", full_name="Before Name")
    updated = workspace.clients.update(
        client.id,
        ClientDraft(
            code="C-101",
            status=ClientStatus.PAUSED,
            start_date=dt.date(2024, 2, 1),
            identity=ClientIdentity(full_name="After Name", phone="01234"),
        ),
    )
    assert updated.id == client.id
    assert (updated.code, updated.status) == ("C-101", ClientStatus.PAUSED)
    assert updated.start_date == dt.date(2024, 2, 1)
    assert updated.identity == ClientIdentity(full_name="After Name", phone="01234")


def test_update_a_missing_client_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        workspace.clients.update(999, ClientDraft(code="C-1"))
    with pytest.raises(NotFound):
        workspace.clients.get(999)


def test_end_a_client(workspace: Workspace) -> None:
    client = _add(workspace, "C-001", full_name="Ending Person")
    ended = workspace.clients.end(client.id, dt.date(2024, 9, 30))
    assert ended.status is ClientStatus.ENDED
    assert ended.end_date == dt.date(2024, 9, 30)
    assert ended.identity == client.identity
    today_end = workspace.clients.end(_add(workspace, "C-002").id)
    assert today_end.end_date == dt.date.today()
    with pytest.raises(ValidationError, match="before the start date"):
        workspace.clients.end(client.id, dt.date(2023, 1, 1))


def test_list_filters_by_status_and_orders_by_code(workspace: Workspace) -> None:
    _add(workspace, "C-003", ClientStatus.ACTIVE)
    _add(workspace, "C-001", ClientStatus.ENDED)
    _add(workspace, "C-002", ClientStatus.ACTIVE)
    _add(workspace, "C-004", ClientStatus.ENQUIRY)
    _add(workspace, "C-005", ClientStatus.PAUSED)
    codes = lambda clients: [c.code for c in clients]  # noqa: E731
    assert codes(workspace.clients.list()) == ["C-001", "C-002", "C-003", "C-004", "C-005"]
    assert codes(workspace.clients.list([ClientStatus.ACTIVE])) == ["C-002", "C-003"]
    assert codes(workspace.clients.list([ClientStatus.ENDED, ClientStatus.PAUSED])) == [
        "C-001",
        "C-005",
    ]
    assert workspace.clients.list([]) == []


def test_suggest_code(workspace: Workspace) -> None:
    assert workspace.clients.suggest_code() == "C-001"
    _add(workspace, "C-009")
    _add(workspace, "X-050")
    assert workspace.clients.suggest_code() == "C-010"
    assert workspace.clients.suggest_code("X") == "X-051"


def _session(client_id: int, day: int, hour: int = 10, **kw) -> SessionDraft:
    return SessionDraft(client_id=client_id, start=dt.datetime(2024, 3, day, hour), **kw)


def test_sessions_add_update_set_status(workspace: Workspace) -> None:
    client = _add(workspace, "C-001")
    s = workspace.sessions.add(_session(client.id, 4, planned_minutes=60, modality=Modality.ONLINE))
    assert (s.client_id, s.planned_minutes, s.modality) == (client.id, 60, Modality.ONLINE)
    assert s.status is SessionStatus.SCHEDULED
    assert s.end == dt.datetime(2024, 3, 4, 11, 0)
    moved = workspace.sessions.update(s.id, _session(client.id, 5, 14, planned_minutes=50))
    assert moved.start == dt.datetime(2024, 3, 5, 14, 0)
    assert moved.planned_minutes == 50
    done = workspace.sessions.set_status(s.id, SessionStatus.ATTENDED)
    assert done.status is SessionStatus.ATTENDED
    assert workspace.sessions.get(s.id) == done
    with pytest.raises(NotFound):
        workspace.sessions.set_status(999, SessionStatus.ATTENDED)
    with pytest.raises(NotFound):
        workspace.sessions.update(999, _session(client.id, 6))
    with pytest.raises(ValidationError):
        workspace.sessions.add(_session(client.id, 6, planned_minutes=2))
    with pytest.raises(NotFound, match="client no longer exists"):
        workspace.sessions.add(_session(999, 6))
    assert workspace.sessions.count() == 1


def test_sessions_for_client_newest_first_and_between(workspace: Workspace) -> None:
    a = _add(workspace, "C-001")
    b = _add(workspace, "C-002")
    for day in (4, 18, 11):
        workspace.sessions.add(_session(a.id, day))
    workspace.sessions.add(_session(b.id, 11, 9))
    workspace.sessions.add(_session(b.id, 25, 9))
    starts = [s.start.day for s in workspace.sessions.for_client(a.id)]
    assert starts == [18, 11, 4]
    assert [s.start.day for s in workspace.sessions.for_client(b.id)] == [25, 11]
    window = workspace.sessions.between(dt.datetime(2024, 3, 11), dt.datetime(2024, 3, 18, 10))
    assert [(s.start.day, s.start.hour, s.client_id) for s in window] == [
        (11, 9, b.id),
        (11, 10, a.id),
    ]  # ordered by start; the end bound is exclusive
    assert workspace.sessions.between(dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1)) == []


def test_practice_profile_save_and_get(workspace: Workspace) -> None:
    assert workspace.practice.get() == PracticeProfile()
    profile = PracticeProfile(
        practitioner_name="Dr Quinn Ellery",
        professional_body="UKCP",
        registration_number="12345",
        default_session_minutes=60,
        default_fee_pence=7500,
        currency="EUR",
    )
    workspace.practice.save(profile)
    assert workspace.practice.get() == profile
    workspace.close()
    ws = unlock(workspace.folder, PASSPHRASE)
    try:
        assert ws.practice.get() == profile
    finally:
        ws.close()


def test_records_survive_close_and_reopen(workspace: Workspace) -> None:
    client = _add(workspace, "C-001", full_name="Kept Person", address="1 Station Road")
    session = workspace.sessions.add(_session(client.id, 4))
    folder = workspace.folder
    workspace.close()
    ws = unlock(folder, PASSPHRASE)
    try:
        assert ws.clients.get(client.id) == client
        assert ws.sessions.for_client(client.id) == [session]
    finally:
        ws.close()


@pytest.mark.new_vault  # reads the trail from its first entry
def test_audit_log_records_events_without_names(workspace: Workspace) -> None:
    name = f"Philippa Zed-{uuid.uuid4().hex[:8]} Marchbanks"
    client = _add(
        workspace,
        "C-042",
        full_name=name,
        preferred_name=name.split()[0],
        address=f"{name}'s House, Ludlow",
        email="philippa@example.org",
    )
    session = workspace.sessions.add(_session(client.id, 4))
    workspace.sessions.set_status(session.id, SessionStatus.ATTENDED)
    workspace.clients.update(
        client.id, ClientDraft(code="C-042", identity=ClientIdentity(full_name=name + " Jr"))
    )
    workspace.clients.end(client.id, dt.date(2024, 12, 1))
    workspace.practice.save(PracticeProfile(practitioner_name="Someone"))
    events = workspace.audit.recent()
    kinds = [e.kind for e in reversed(events)]
    assert kinds == [
        "vault_created",
        "client_added",
        "session_added",
        "session_status_changed",
        "client_updated",
        "client_ended",
        "practice_updated",
    ]
    assert events[-1].at.tzinfo is dt.UTC
    for event in events:
        for text in (event.kind, str(event.detail), event.summary):
            for part in (name, "Philippa", "Marchbanks", "philippa@", "Ludlow", "Someone", "C-042"):
                assert part.lower() not in text.lower(), (event, part)
    assert [e.detail for e in events if e.kind == "client_added"] == [{"client": client.id}]
    assert {"session": session.id, "status": "attended"} in [e.detail for e in events]
    assert workspace.audit.check().ok
