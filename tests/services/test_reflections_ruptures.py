"""Reflections and ruptures through the services: kept whole or refused in one sentence with
nothing written, a second reflection replacing the first, a repair never before its
rupture, and open ruptures listed for Today by code."""

from __future__ import annotations

import datetime as dt

import pytest
from alliancekit import weekly_client

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.reflection import Condition
from counsel_desk.domain.ruptures import RuptureKind


@pytest.fixture
def alliance(workspace):
    return weekly_client(workspace, weeks=6)


def _count(ws, table: str) -> int:
    return ws.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_reflection_is_kept_in_the_order_of_the_conditions_and_replaced_later(
    workspace, alliance
) -> None:
    ratings = [
        (Condition.PACE_AND_CONTROL, 3, "rushed"),
        (Condition.COMMUNICATION, "4", ""),
        (Condition.TRUST_AND_SAFETY, 2, " guarded "),
    ]
    kept = workspace.reflections.record(alliance.session(2), ratings)
    assert [(r.condition, r.rating, r.word) for r in kept.ratings] == [
        (Condition.COMMUNICATION, 4, ""),
        (Condition.TRUST_AND_SAFETY, 2, "guarded"),
        (Condition.PACE_AND_CONTROL, 3, "rushed"),
    ]
    assert kept.on == dt.date(2025, 1, 20)
    again = workspace.reflections.record(alliance.session(2), {Condition.RESPECT: 5})
    assert again.id == kept.id
    assert [r.condition for r in again.ratings] == [Condition.RESPECT]
    assert workspace.reflections.for_session(alliance.session(2)) == again
    assert len(workspace.reflections.for_client(alliance.client_id)) == 1
    assert workspace.audit.recent(1)[0].detail == {
        "reflection": kept.id,
        "session": alliance.session(2),
    }


@pytest.mark.parametrize(
    ("ratings", "sentence"),
    [
        ({Condition.RESPECT: 6}, "Rate respect from 1 to 5; 6 is outside that."),
        ({Condition.RESPECT: 0}, "Rate respect from 1 to 5; 0 is outside that."),
        (
            {Condition.TRUST_AND_SAFETY: "x"},
            "Rate trust and safety with a whole number from 1 to 5.",
        ),
        ({}, "Rate at least one of the conditions, or skip the reflection."),
    ],
)
def test_a_rating_outside_one_to_five_is_refused_and_nothing_is_kept(
    workspace, alliance, ratings, sentence
) -> None:
    with pytest.raises(ValidationError) as raised:
        workspace.reflections.record(alliance.session(0), ratings)
    assert raised.value.message == sentence
    assert _count(workspace, "reflections") == _count(workspace, "reflection_ratings") == 0


def test_a_rupture_is_logged_repaired_and_leaves_today_once_repaired(workspace, alliance) -> None:
    rupture = workspace.ruptures.log(
        alliance.session(3), RuptureKind.CONFRONTATION, "Angry that I was late."
    )
    assert rupture.on == dt.date(2025, 1, 27)
    assert rupture.is_open
    (listed,) = workspace.ruptures.open_ruptures()
    assert (listed.client_code, listed.rupture.id) == ("C-001", rupture.id)
    repaired = workspace.ruptures.repair(
        rupture.id,
        dt.date(2025, 2, 3),
        "We talked about it at the start.",
        session_id=alliance.session(4),
    )
    assert repaired.repair.on == dt.date(2025, 2, 3)
    assert repaired.repair.session_id == alliance.session(4)
    assert workspace.ruptures.open_ruptures() == []
    kinds = [e.kind.value for e in workspace.audit.recent(2)]
    assert kinds == ["rupture_repaired", "rupture_recorded"]


def test_a_rupture_mended_in_the_same_session_is_kept_repaired(workspace, alliance) -> None:
    rupture = workspace.ruptures.log(
        alliance.session(1),
        "both",
        "Went quiet, then said I was not listening.",
        repaired_how="Named it together before the end.",
    )
    assert rupture.repair.on == rupture.on
    assert workspace.ruptures.open_ruptures() == []


def test_a_repair_dated_before_its_rupture_is_one_sentence_and_changes_nothing(
    workspace, alliance
) -> None:
    rupture = workspace.ruptures.log(alliance.session(3), "withdrawal", "Silent for a while.")
    entries = workspace.audit.count()
    with pytest.raises(ValidationError) as raised:
        workspace.ruptures.repair(rupture.id, dt.date(2025, 1, 20), "Talked.")
    assert raised.value.message == (
        "A repair cannot come before its rupture: the rupture was on 27 January 2025, the "
        "repair is dated 20 January 2025."
    )
    assert workspace.ruptures.get(rupture.id).is_open
    assert workspace.audit.count() == entries


@pytest.mark.parametrize(
    ("kind", "text", "sentence"),
    [
        ("sulking", "x", "Choose withdrawal, confrontation or both."),
        ("withdrawal", "   ", "Say briefly what happened."),
        (
            "withdrawal",
            "x" * 501,
            "Keep what happened to 500 characters; the session note has room for more.",
        ),
    ],
)
def test_a_rupture_that_cannot_be_kept_is_one_sentence(workspace, alliance, kind, text, sentence):
    with pytest.raises(ValidationError) as raised:
        workspace.ruptures.log(alliance.session(0), kind, text)
    assert raised.value.message == sentence
    assert _count(workspace, "ruptures") == 0


def test_a_repair_in_another_clients_session_is_refused(workspace, alliance) -> None:
    other = weekly_client(workspace, "C-002", weeks=2)
    rupture = workspace.ruptures.log(alliance.session(0), "withdrawal", "Quiet.")
    with pytest.raises(ValidationError, match="another client"):
        workspace.ruptures.repair(
            rupture.id, dt.date(2025, 1, 13), "Talked.", session_id=other.session(1)
        )
    assert workspace.ruptures.get(rupture.id).is_open
