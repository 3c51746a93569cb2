"""What a client record needs, through the service: GP details and consent, contact
preferences, an emergency contact, a minor's date of birth and who holds parental
responsibility, and the ending (kind, date, signposting), with a sentence for each bad
input and nothing half-saved."""

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
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionDraft
from counsel_desk.services.workspace import Workspace

TODAY = dt.date.today()


def _years_ago(years: int) -> dt.date:
    day = TODAY.replace(day=28) if (TODAY.month, TODAY.day) == (2, 29) else TODAY
    return day.replace(year=day.year - years)


def test_the_new_details_round_trip(workspace: Workspace) -> None:
    identity = ClientIdentity(
        full_name="Ivy Moss",
        date_of_birth=_years_ago(16),
        emergency_contact="Ann Moss, 07700 900111",
        gp=GpDetails("Dr Okafor", "Riverside Surgery", "01632 960000", GpConsent.GIVEN),
        contact=ContactPreferences(text=True, voicemail=False, email=True),
        minor=True,
        parental_responsibility="Ann Moss (mother)",
    )
    client = workspace.clients.add(
        ClientDraft("C-021", start_date=TODAY - dt.timedelta(days=30), identity=identity)
    )
    assert workspace.clients.get(client.id).identity == identity
    assert identity.contact.summary() == "Safe to text and email; not safe to leave a voicemail"


@pytest.mark.parametrize(
    ("identity", "words"),
    [
        (ClientIdentity(date_of_birth=TODAY + dt.timedelta(days=1)), "in the future"),
        (ClientIdentity(date_of_birth=_years_ago(121)), "over 120"),
        (ClientIdentity(minor=True), "date of birth of a client under 18"),
        (ClientIdentity(minor=True, date_of_birth=_years_ago(19)), "untick Under 18"),
        (ClientIdentity(parental_responsibility="x" * 201), "at most 200"),
        (ClientIdentity(gp=GpDetails(name="x" * 201)), "GP's name is at most"),
    ],
)
def test_bad_details_are_refused_with_a_sentence(
    workspace: Workspace, identity: ClientIdentity, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        workspace.clients.add(ClientDraft("C-001", identity=identity))
    assert workspace.clients.count() == 0


def test_an_age_of_exactly_120_is_allowed(workspace: Workspace) -> None:
    client = workspace.clients.add(
        ClientDraft("C-001", identity=ClientIdentity(date_of_birth=_years_ago(120)))
    )
    assert client.identity.date_of_birth == _years_ago(120)


@pytest.fixture
def with_sessions(workspace: Workspace) -> tuple[int, list[int]]:
    """C-004: a session three weeks ago (with a note), one last week, two still to come."""
    client = workspace.clients.add(ClientDraft("C-004", start_date=TODAY - dt.timedelta(30)))
    at = dt.datetime.combine(TODAY, dt.time(11))
    ids = [
        workspace.sessions.add(SessionDraft(client.id, at + dt.timedelta(weeks=w))).id
        for w in (-3, -1, 1, 2)
    ]
    workspace.notes.create(ids[0])
    return client.id, ids


def test_end_work_as_referred_on(workspace: Workspace, with_sessions) -> None:
    client_id, ids = with_sessions
    assert workspace.clients.booked_after(client_id, TODAY) == 2
    ended = workspace.clients.end(
        client_id, TODAY, kind=EndingKind.REFERRED_ON, signposting="Community mental health team"
    )
    assert ended.status is ClientStatus.ENDED
    assert (ended.end_date, ended.ending) == (TODAY, EndingKind.REFERRED_ON)
    assert ended.signposting == "Community mental health team"
    # sessions booked after the ending leave the diary; those before stay
    assert sorted(s.id for s in workspace.sessions.for_client(client_id)) == ids[:2]
    entry = workspace.audit.recent(1)[0]
    assert entry.kind == "client_ended"
    assert entry.detail == {"client": client_id, "ending": "referred_on", "removed": 2}


def test_an_ending_before_the_first_session_is_refused(workspace: Workspace, with_sessions) -> None:
    client_id, _ids = with_sessions
    before = workspace.clients.get(client_id)
    first = workspace.clients.first_session_day(client_id)
    with pytest.raises(ValidationError, match="before C-004's first session") as caught:
        workspace.clients.end(client_id, first - dt.timedelta(days=1), kind=EndingKind.UNPLANNED)
    assert f"{first.day} {first:%b %Y}" in caught.value.message
    with pytest.raises(ValidationError, match="in the future"):
        workspace.clients.end(client_id, TODAY + dt.timedelta(days=1))
    assert workspace.clients.get(client_id) == before
    assert len(workspace.sessions.for_client(client_id)) == 4


def test_a_kind_of_ending_needs_ended_work(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="Only work that has ended"):
        workspace.clients.add(ClientDraft("C-001", ending=EndingKind.PLANNED))
