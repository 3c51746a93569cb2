"""A generated practice, written into a vault, holds together as the app's own rules expect."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from testkit import LIGHT_KDF, PASSPHRASE, private_home

from counsel_desk.domain.attendance import validate_attendance
from counsel_desk.domain.clients import ClientStatus, EndingKind, GpConsent
from counsel_desk.domain.contract.version import ContractStatus
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.services.demo import DemoSpec, populate
from counsel_desk.services.workspace import Workspace, create_vault


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict]]:
    """The demo practice of 40 clients over three years, written once for the module's
    three tests, which only read it: (workspace, what populate counted)."""
    root = tmp_path_factory.mktemp("demo-practice")
    with private_home(root):
        ws, _ = create_vault(root / "vault", PASSPHRASE, kdf=LIGHT_KDF)
        try:
            counts = populate(ws, DemoSpec(clients=40, years=3, seed=5))
        except BaseException:
            ws.close()
            raise
    yield ws, counts
    ws.close()


def test_a_populated_vault_keeps_the_apps_rules(practice) -> None:
    ws, counts = practice
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
            assert client.ending is not None, client.code
            assert client.signposting, client.code
            held = [s for s in ws.sessions.for_client(client.id) if s.id in attended]
            last = max(held, key=lambda s: s.start)
            tags = {t for n in ws.notes.for_session(last.id) for t in n.tags}
            # an ending prepared for ends with an ending session; the others just stop
            prepared = client.ending in (EndingKind.PLANNED, EndingKind.REFERRED_ON)
            assert ("ending" in tags) == prepared, client.code
        else:
            assert client.ending is None


def test_the_demo_practice_keeps_care_records(practice) -> None:
    """A few risk entries logged from their notes and followed up, GP consents, planned and
    unplanned endings, and the practice's breaks in the diary with no session inside."""
    ws, counts = practice
    clients = ws.clients.list()
    endings = Counter(c.ending for c in clients if c.ending is not None)
    assert endings[EndingKind.PLANNED]
    assert endings[EndingKind.UNPLANNED]
    assert sum(c.identity.gp.consent is GpConsent.GIVEN for c in clients) >= 10
    risks = [r for c in clients for r in ws.risks.for_client(c.id)]
    assert len(risks) == counts["risk entries"] >= 3
    for risk in risks:
        note = ws.notes.get(risk.note_id)
        assert note.risk_flag
        assert note.supervision_flag  # a risk disclosed is taken to supervision
        assert note.supervision_question.endswith("?")
        assert note.client_id == risk.client_id
        assert risk.reviews or risk.is_open
        if not risk.is_open:
            assert risk.outcome
    assert any(not r.is_open for r in risks)
    breaks = ws.breaks.list()
    assert len(breaks) == counts["breaks"] >= 6
    today = dt.date.today()
    for item in breaks:  # told some weeks before, or not yet for one still to come
        assert item.told_on is None or item.told_on < item.first_day
        assert item.told_on is not None or item.first_day > today
    assert any(b.first_day > today for b in breaks)  # the breaks ahead are written down
    for client in clients:
        for session in ws.sessions.for_client(client.id):
            assert not any(b.covers(session.start.date()) for b in breaks), session


def test_the_demo_writes_contract_histories_and_boundary_events(practice) -> None:
    """Each client's planned contract is stored (agreed ones locked, superseded in turn),
    boundary events are linked to their sessions, and the demo's cancellations are judged
    by the contract in force: some short notice, most not."""
    ws, counts = practice
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
