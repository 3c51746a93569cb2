"""The practitioner's reflection (eight conditions, 1 to 5, an optional word) and ruptures
with their repair: what is kept, and one sentence for each thing refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.reflection import (
    RATING_WORDS,
    Condition,
    check_rating,
    make_reflection,
)
from counsel_desk.domain.ruptures import RuptureKind, make_repair, make_rupture

DAY = dt.date(2025, 3, 4)


def test_the_eight_conditions_in_order_with_their_own_words() -> None:
    assert [c.label for c in Condition] == [
        "Communication",
        "Reliability",
        "Consistency",
        "Boundaries",
        "Respect",
        "Acceptance",
        "Trust and safety",
        "Pace and control",
    ]
    for condition in Condition:
        assert condition.prompt.endswith(".")
        assert len(condition.prompt) < 80  # a tooltip's line
    assert sorted(RATING_WORDS) == [1, 2, 3, 4, 5]


def test_a_full_reflection_keeps_order_words_mean_and_lowest() -> None:
    ratings = [(c, 4, "") for c in reversed(Condition)]
    ratings[2] = (Condition.ACCEPTANCE, 2, "  felt judged  ")
    reflection = make_reflection(3, DAY, ratings, session_id=40)
    assert [r.condition for r in reflection.ratings] == list(Condition)  # in the usual order
    accepted = reflection.rating(Condition.ACCEPTANCE)
    assert accepted is not None
    assert accepted.word == "felt judged"
    assert reflection.mean == Decimal("3.8")  # (7 × 4 + 2) / 8 = 3.75, to one place
    assert reflection.lowest.condition is Condition.ACCEPTANCE
    assert reflection.session_id == 40


def test_conditions_can_be_left_unrated_and_ratings_typed_as_text() -> None:
    reflection = make_reflection(
        3,
        DAY,
        {Condition.PACE_AND_CONTROL: "5", Condition.RESPECT: None, Condition.TRUST_AND_SAFETY: 3},
    )
    assert [(r.condition, r.rating) for r in reflection.ratings] == [
        (Condition.TRUST_AND_SAFETY, 3),
        (Condition.PACE_AND_CONTROL, 5),
    ]
    assert reflection.rating(Condition.RESPECT) is None
    assert reflection.mean == 4


@pytest.mark.parametrize(
    ("ratings", "sentence"),
    [
        ({Condition.RESPECT: 0}, "Rate respect from 1 to 5; 0 is outside that."),
        ({Condition.PACE_AND_CONTROL: 7}, "Rate pace and control from 1 to 5; 7 is outside that."),
        ({Condition.BOUNDARIES: 2.5}, "Rate boundaries with a whole number from 1 to 5."),
        ({Condition.TRUST_AND_SAFETY: "lots"},
         "Rate trust and safety with a whole number from 1 to 5."),
        ({Condition.RESPECT: True}, "Rate respect with a whole number from 1 to 5."),
        ({}, "Rate at least one of the conditions, or skip the reflection."),
        ({Condition.RESPECT: None}, "Rate at least one of the conditions, or skip the reflection."),
        ([(Condition.RESPECT, 3, "x" * 41)], "The word for respect can be at most 40 characters."),
        ([(Condition.RESPECT, None, "tense")], "Give respect a rating for its word."),
        ([(Condition.RESPECT, 3, ""), (Condition.RESPECT, 4, "")], "Respect is rated twice."),
        ([("warmth", 3, "")], "There is no condition called warmth."),
    ],
)  # fmt: skip
def test_a_bad_reflection_is_refused_with_one_sentence(ratings: object, sentence: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_reflection(3, DAY, ratings)  # type: ignore[arg-type]
    assert caught.value.message == sentence


@given(st.integers(-10, 10))
def test_a_rating_is_kept_exactly_when_it_is_1_to_5(rating: int) -> None:
    if 1 <= rating <= 5:
        assert check_rating(Condition.CONSISTENCY, rating).rating == rating
    else:
        with pytest.raises(ValidationError, match=r"^Rate consistency from 1 to 5"):
            check_rating(Condition.CONSISTENCY, rating)


# --- ruptures and repairs ------------------------------------------------------------


def test_a_rupture_and_its_repair() -> None:
    rupture = make_rupture(
        3, DAY, "withdrawal", "  Went quiet when I moved on too fast.  ", session_id=9
    )
    assert rupture.kind is RuptureKind.WITHDRAWAL
    assert rupture.what_happened == "Went quiet when I moved on too fast."
    assert rupture.is_open
    same_day = make_repair(rupture, DAY, "Named it before the end and slowed down.")
    assert not same_day.is_open
    assert same_day.repair is not None
    assert same_day.repair.on == DAY
    later = make_repair(rupture, DAY + dt.timedelta(days=7), "Talked it through.", session_id=10)
    assert later.repair is not None
    assert later.repair.session_id == 10
    assert later.what_happened == rupture.what_happened
    assert [k.label for k in RuptureKind] == [
        "Withdrawal",
        "Confrontation",
        "Withdrawal and confrontation",
    ]


@pytest.mark.parametrize(
    ("kind", "text", "sentence"),
    [
        ("sulk", "x", "Choose withdrawal, confrontation or both."),
        ("both", "   ", "Say briefly what happened."),
        ("confrontation", "x" * 501,
         "Keep what happened to 500 characters; the session note has room for more."),
    ],
)  # fmt: skip
def test_a_bad_rupture_is_refused_with_one_sentence(kind: str, text: str, sentence: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_rupture(3, DAY, kind, text)
    assert caught.value.message == sentence


def test_a_repair_dated_before_its_rupture_is_refused() -> None:
    rupture = make_rupture(3, DAY, RuptureKind.CONFRONTATION, "Angry about the fee change.")
    with pytest.raises(ValidationError) as caught:
        make_repair(rupture, DAY - dt.timedelta(days=1), "Talked about it.")
    assert caught.value.message == (
        "A repair cannot come before its rupture: the rupture was on 4 March 2025, "
        "the repair is dated 3 March 2025."
    )
    with pytest.raises(ValidationError, match=r"^Say briefly how it was repaired\.$"):
        make_repair(rupture, DAY, "")
    assert rupture.is_open  # nothing changed on the rupture
