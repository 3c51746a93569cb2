"""Boundaries through the services: those the contract in force sets, worded as agreed, and the
practitioner's own; the boundary events log, checked (a sentence for each bad input, nothing
kept), listed newest first, searchable, changed and deleted with ids-only audit entries."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from contractkit import practice_profile

from counsel_desk.domain.clients import ClientDraft
from counsel_desk.domain.contract.boundaries import BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.contract.version import AgreedHow, edit_clause
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.sessions import SessionDraft

FIRST_CONTACT = dt.date(2025, 1, 2)
TODAY = dt.date(2025, 3, 14)


@pytest.fixture
def setting(workspace):
    ws = workspace
    ws.practice.save(practice_profile())
    client = ws.clients.add(
        ClientDraft("C-020", start_date=dt.date(2025, 1, 9), first_contact=FIRST_CONTACT)
    )
    draft = ws.contracts.start(client.id, "individual")
    ws.contracts.save_draft(edit_clause(draft, "social_media", enabled=False))
    ws.contracts.agree(client.id, 1, dt.date(2025, 1, 9), AgreedHow.IN_SESSION, today=TODAY)
    session = ws.sessions.add(SessionDraft(client.id, dt.datetime(2025, 2, 3, 10)))
    return ws, client, session


def _event(client_id: int, **changes) -> BoundaryEvent:
    event = BoundaryEvent(
        client_id=client_id,
        on=dt.date(2025, 2, 5),
        kind=BoundaryKind.CONTACT,
        initiated_by=Initiator.CLIENT,
        what_happened="Three long emails about the week, late at night.",
        what_was_done="Replied briefly; suggested we talk about it on Monday.",
        clause_key="contact",
    )
    return replace(event, **changes)


def test_the_agreed_boundaries_are_the_contracts_then_the_practitioners_own(setting):
    ws, client, _session = setting
    keys = [b.key for b in ws.boundaries.agreed(client.id, TODAY)]
    # the boundary clauses switched on, in the contract's order (social media is off)
    assert keys == ["sessions", "cancellation", "missed", "lateness", "contact", "breaks",
                    "endings"]  # fmt: skip
    contact = next(b for b in ws.boundaries.agreed(client.id, TODAY) if b.key == "contact")
    assert "{" not in contact.text  # worded as agreed: placeholders filled
    assert "sam@rivers-counselling.example" in contact.text
    own = ws.boundaries.add_own(client.id, "  No hugs  ", "We agreed to a handshake at endings.")
    assert own.title == "No hugs"
    assert ws.boundaries.agreed(client.id, TODAY)[-1] == own
    assert (own.key, "No hugs") in ws.boundaries.clause_choices(client.id)
    ws.boundaries.remove_own(client.id, own.key)
    assert own not in ws.boundaries.agreed(client.id, TODAY)
    with pytest.raises(ValidationError, match="Only a boundary you added yourself"):
        ws.boundaries.remove_own(client.id, "contact")
    # before the first agreement, only the practitioner's own
    assert ws.boundaries.agreed(client.id, dt.date(2025, 1, 8)) == ()


def test_an_event_is_logged_listed_newest_first_and_found_again(setting):
    ws, client, session = setting
    first = ws.boundaries.log(_event(client.id, session_id=session.id), today=TODAY)
    gift = ws.boundaries.log(
        _event(
            client.id,
            on=dt.date(2025, 3, 3),
            kind=BoundaryKind.GIFT,
            what_happened="Brought a small pot of honey from their garden.",
            what_was_done="Thanked them and accepted it; noted it for supervision.",
            clause_key=None,
        ),
        today=TODAY,
    )
    assert [e.id for e in ws.boundaries.events(client.id)] == [gift.id, first.id]
    assert first.session_id == session.id
    assert [e.id for e in ws.boundaries.events(client.id, "honey")] == [gift.id]
    assert [e.id for e in ws.boundaries.events(client.id, "LATE emails")] == [first.id]
    assert [e.id for e in ws.boundaries.events(client.id, "between sessions")] == [first.id]
    assert ws.boundaries.events(client.id, "honey emails") == []
    changed = ws.boundaries.update(replace(gift, what_was_done="Accepted it."), today=TODAY)
    assert changed.what_was_done == "Accepted it."
    ws.boundaries.delete(first.id)
    assert ws.boundaries.events(client.id) == [changed]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"on": TODAY + dt.timedelta(days=1)}, "in the future"),
        ({"on": FIRST_CONTACT - dt.timedelta(days=1)}, "before the client first got in touch"),
        ({"what_happened": "  "}, "Say what happened"),
        ({"what_happened": "x" * 1001}, "a line or two"),
        ({"clause_key": "no_such_clause"}, "not in this client's contract"),
        ({"on": dt.date(2025, 2, 1), "session_id": "session"}, "comes after the event's date"),
    ],
)
def test_a_bad_event_is_a_sentence_and_nothing_is_kept(setting, changes, words):
    ws, client, session = setting
    if changes.get("session_id") == "session":
        changes["session_id"] = session.id
    before = ws.boundaries.events(client.id)
    with pytest.raises(ValidationError, match=words):
        ws.boundaries.log(_event(client.id, **changes), today=TODAY)
    assert ws.boundaries.events(client.id) == before


def test_another_clients_session_is_refused(setting):
    ws, client, _session = setting
    other = ws.clients.add(ClientDraft("C-021"))
    theirs = ws.sessions.add(SessionDraft(other.id, dt.datetime(2025, 2, 3, 12)))
    with pytest.raises(ValidationError, match="another client's"):
        ws.boundaries.log(_event(client.id, session_id=theirs.id), today=TODAY)
    with pytest.raises(CounselDeskError):
        ws.boundaries.log(_event(client.id, session_id=999_999), today=TODAY)


def test_the_audit_trail_keeps_ids_and_kinds_never_the_words(setting):
    ws, client, _session = setting
    event = ws.boundaries.log(_event(client.id), today=TODAY)
    ws.boundaries.update(replace(event, what_happened="A call at midnight."), today=TODAY)
    ws.boundaries.delete(event.id)
    own = ws.boundaries.add_own(client.id, "No hugs")
    ws.boundaries.remove_own(client.id, own.key)
    rows = ws.vault.conn.execute(
        "SELECT kind, detail FROM audit_log ORDER BY position DESC LIMIT 5"
    ).fetchall()
    assert [(k, json.loads(d)) for k, d in reversed(rows)] == [
        (
            "boundary_event_logged",
            {"client": client.id, "event": event.id, "event_kind": "contact_between_sessions"},
        ),
        (
            "boundary_event_changed",
            {"client": client.id, "event": event.id, "event_kind": "contact_between_sessions"},
        ),
        ("boundary_event_deleted", {"client": client.id, "event": event.id}),
        ("boundary_added", {"client": client.id, "boundary": 1}),
        ("boundary_removed", {"client": client.id, "boundary": 1}),
    ]
    trail = str(rows)
    for text in ("emails", "midnight", "hugs", "C-020"):
        assert text not in trail
