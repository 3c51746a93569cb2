"""Boundary events as data: validation in one sentence each, search, and the boundaries a
client has agreed (from the contract's clauses, and the practitioner's own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from contractkit import CLIENT, FIRST_CONTACT, TODAY, draft

from counsel_desk.domain.contract import version as v
from counsel_desk.domain.contract.boundaries import (
    BOUNDARY_CLAUSES,
    Boundary,
    BoundaryEvent,
    BoundaryKind,
    Initiator,
    agreed_boundaries,
    validate_boundary_event,
    validate_own_boundary,
)
from counsel_desk.domain.errors import ValidationError

EVENT = BoundaryEvent(
    client_id=7,
    on=dt.date(2024, 12, 18),
    kind=BoundaryKind.GIFT,
    initiated_by=Initiator.CLIENT,
    what_happened="  Brought a small box of biscuits at the last session before the break.  ",
    what_was_done="Accepted it, and we talked about what giving meant to them.",
    session_id=31,
)


def test_a_valid_event_comes_back_tidied() -> None:
    event = validate_boundary_event(EVENT, today=TODAY, first_contact=FIRST_CONTACT)
    assert event.what_happened.startswith("Brought")
    assert event.what_happened.endswith("break.")
    assert event.session_id == 31
    assert event.clause_key is None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"on": TODAY + dt.timedelta(days=1)}, "in the future"),
        ({"on": FIRST_CONTACT - dt.timedelta(days=1)}, "before the client first got in touch"),
        ({"what_happened": "   "}, "Say what happened"),
        ({"what_happened": "x" * 1001}, "Keep what happened to a line or two"),
        ({"what_was_done": "x" * 1001}, "Keep what was done to a line or two"),
        ({"clause_key": "fees"}, "not in this client's contract"),
        ({"kind": "gossip"}, "not a valid BoundaryKind"),
    ],
)
def test_each_problem_is_one_sentence(change: dict, words: str) -> None:
    with pytest.raises((ValidationError, ValueError), match=words):
        validate_boundary_event(
            replace(EVENT, **change),
            today=TODAY,
            first_contact=FIRST_CONTACT,
            clause_keys=("contact", "social_media"),
        )


def test_what_was_done_may_wait_and_the_clause_may_be_one_of_the_clients() -> None:
    event = replace(EVENT, kind=BoundaryKind.CONTACT, what_was_done="", clause_key="contact")
    checked = validate_boundary_event(event, today=TODAY, clause_keys=("contact",))
    assert checked.what_was_done == ""
    assert checked.clause_key == "contact"


def test_every_kind_and_initiator_has_words_and_a_usual_clause_that_exists() -> None:
    for kind in BoundaryKind:
        assert kind.label
        assert kind.clause is None or kind.clause in BOUNDARY_CLAUSES
    assert BoundaryKind.CONTACT.clause == "contact"
    assert BoundaryKind.OTHER.clause is None
    assert [i.label for i in Initiator] == ["The client", "Me", "Someone else", "Nobody: by chance"]


def test_events_are_found_by_any_of_their_words() -> None:
    assert EVENT.matches("biscuits")
    assert EVENT.matches("GIFT client")  # the kind and who began it, in any case
    assert EVENT.matches("giving break")
    assert not EVENT.matches("biscuits overran")
    assert EVENT.matches("")


def test_the_agreed_boundaries_come_from_the_clauses_switched_on_then_my_own() -> None:
    version = v.edit_clause(draft(), "social_media", enabled=False)
    own = (Boundary("own-1", "No hugs", "We agreed to say goodbye at the door.", False),)
    found = agreed_boundaries(version, CLIENT, own)
    keys = [b.key for b in found]
    assert keys == ["sessions", "cancellation", "missed", "lateness", "contact", "breaks",
                    "endings", "own-1"]  # fmt: skip
    contact = found[keys.index("contact")]
    assert "within two working days" in contact.text  # as agreed, placeholders filled
    assert contact.from_contract
    assert agreed_boundaries(None, CLIENT, own) == own


def test_an_own_boundary_needs_a_name() -> None:
    assert validate_own_boundary("  No   hugs ", " At the door. ") == ("No hugs", "At the door.")
    with pytest.raises(ValidationError, match="short name"):
        validate_own_boundary(" ", "text")
    with pytest.raises(ValidationError, match="under 2,000"):
        validate_own_boundary("Long", "x" * 2001)
