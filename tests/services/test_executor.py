"""The executor pack through the service: current and recently ended clients with their
contact details, how they may be contacted and their next session, the executor's page,
and nothing clinical; its audit entry records how many clients, never who."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel_desk.domain.clients import (
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    ContactPreferences,
    EndingKind,
    GpConsent,
    GpDetails,
)
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.risk import RiskDraft, RiskLevel
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace

NOW = dt.datetime.now().replace(second=0, microsecond=0)
CLINICAL = (
    "the weight of the divorce",  # a note
    "thoughts of harm at night",  # a risk entry
    "Dr Quill",  # the GP
    "Sister Ruth",  # the emergency contact
    "Bereavement service",  # signposting at an ending
    "1961",  # a date of birth
)


@pytest.fixture
def practice(workspace: Workspace) -> dict[str, int]:
    ws = workspace
    ws.practice.save(
        PracticeProfile(
            practitioner_name="Sam Rivers",
            professional_body="BACP",
            registration_number="123",
            clinical_will_contact="Jo Park, a fellow counsellor",
        )
    )
    current = ws.clients.add(
        ClientDraft(
            "C-001",
            start_date=NOW.date() - dt.timedelta(days=60),
            identity=ClientIdentity(
                full_name="Greta Vale",
                date_of_birth=dt.date(1961, 4, 2),
                email="greta@example.org",
                phone="07700 900222",
                address="2 Quay Street\nWhitby",
                emergency_contact="Sister Ruth, 07700 900333",
                gp=GpDetails("Dr Quill", "Harbour Surgery", "", GpConsent.GIVEN),
                contact=ContactPreferences(text=True, voicemail=False, email=False),
            ),
        )
    )
    past = ws.sessions.add(SessionDraft(current.id, NOW - dt.timedelta(days=7)))
    ws.notes.finalise(ws.notes.create(past.id).id, "We explored the weight of the divorce.")
    ws.risks.add(
        RiskDraft(
            current.id,
            NOW.date() - dt.timedelta(days=7),
            "thoughts of harm at night",
            RiskLevel.MODERATE,
            review_on=NOW.date(),
        )
    )
    ws.sessions.add(SessionDraft(current.id, NOW + dt.timedelta(days=9)))
    ws.sessions.add(SessionDraft(current.id, NOW + dt.timedelta(days=2)))
    recent = ws.clients.add(
        ClientDraft("C-002", identity=ClientIdentity(full_name="Hal Drew", phone="01632 960111"))
    )
    first = ws.sessions.add(SessionDraft(recent.id, NOW - dt.timedelta(days=80))).start.date()
    ws.clients.end(
        recent.id, first + dt.timedelta(days=20), kind=EndingKind.PLANNED,
        signposting="Bereavement service",
    )  # fmt: skip
    long_ago = ws.clients.add(
        ClientDraft(
            "C-003",
            status=ClientStatus.ENDED,
            start_date=dt.date(2020, 1, 1),
            end_date=dt.date(2021, 1, 1),
            identity=ClientIdentity(full_name="Old Client"),
        )
    )
    return {"current": current.id, "recent": recent.id, "long_ago": long_ago.id}


def test_the_pack_lists_contact_details_and_nothing_clinical(
    workspace: Workspace, practice
) -> None:
    pack = workspace.executor.pack(NOW)
    text = pack.document.text()
    assert pack.clients == 2
    for expected in (
        "C-001 — Greta Vale",
        "greta@example.org",
        "07700 900222",
        "2 Quay Street, Whitby",
        "Safe to text; not safe to leave a voicemail or email",
        (NOW + dt.timedelta(days=2)).strftime("%A"),
        "C-002 — Hal Drew",
        "Work ended",
        "For the clinical executor",
        str(workspace.folder),
        "Forgot passphrase?",
        "recovery key",
        "What not to do",
        "Sam Rivers (BACP, registration 123)",
        "named you (Jo Park, a fellow counsellor) as their clinical executor",
    ):
        assert expected in text, expected
    for word in (*CLINICAL, "Old Client", "C-003"):
        assert word not in text, word


def test_writing_it_is_recorded_by_count_only(workspace: Workspace, practice) -> None:
    workspace.executor.record_written(2)
    entry = workspace.audit.recent(1)[0]
    assert entry.kind == "executor_pack_written"
    assert entry.detail == {"clients": 2, "to": "file"}


def test_an_empty_practice_still_has_the_executors_page(workspace: Workspace) -> None:
    pack = workspace.executor.pack(NOW)
    assert pack.clients == 0
    assert "No current clients." in pack.document.text()
    assert "named you as their clinical executor" in pack.document.text()  # none recorded
    assert "Opening the vault" in pack.document.text()
