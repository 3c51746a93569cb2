"""Retention: 7 years after the last session for adults; for those under 18 in therapy,
until their 25th birthday or 7 years, whichever is later; the practitioner's defaults, a
shorter period for process notes, and decisions to keep records longer."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.retention import (
    Hold,
    RetentionPolicy,
    RetentionRule,
    TherapyFacts,
    add_years,
    check_extension,
    due_for_review,
    end_of_therapy,
    ordinal,
    retention,
)

TODAY = dt.date(2031, 6, 1)
D = dt.date


def facts(**changes: object) -> TherapyFacts:
    base: dict[str, object] = {
        "client_id": 1,
        "code": "C-001",
        "status": "ended",
        "first_session": D(2020, 1, 6),
        "last_session": D(2022, 3, 14),
        "next_session": None,
        "end_date": None,
        "added": D(2019, 12, 1),
    }
    base.update(changes)
    return TherapyFacts(**base)  # type: ignore[arg-type]


def test_an_adult_is_kept_seven_years_after_the_last_session() -> None:
    r = retention(facts(date_of_birth=D(1980, 5, 1)), RetentionPolicy())
    assert r.end_of_therapy == D(2022, 3, 14)
    assert (r.keep_until, r.rule, r.rule_years) == (D(2029, 3, 14), RetentionRule.ADULT, 7)
    assert r.due(D(2029, 3, 14))
    assert not r.due(D(2029, 3, 13))
    assert r.summary == "Kept until 14 March 2029, 7 years after the last session."


def test_the_end_date_counts_when_later_than_the_last_session() -> None:
    r = retention(facts(end_date=D(2022, 5, 1)), RetentionPolicy())
    assert r.keep_until == D(2029, 5, 1)


def test_a_client_with_a_session_booked_is_still_in_therapy() -> None:
    r = retention(facts(next_session=D(2031, 6, 8)), RetentionPolicy())
    assert r.keep_until is None
    assert r.rule is None
    assert not r.due(TODAY)
    assert r.summary.startswith("In therapy")


def test_a_client_never_seen_counts_from_the_day_they_were_added() -> None:
    f = facts(first_session=None, last_session=None)
    assert end_of_therapy(f) == D(2019, 12, 1)
    assert retention(f, RetentionPolicy()).keep_until == D(2026, 12, 1)


def test_a_young_client_is_kept_until_their_25th_birthday_when_that_is_later() -> None:
    # 15 at the start, 17 at the end: 25th birthday (2032) is after 2022 + 7 (2029).
    r = retention(facts(date_of_birth=D(2005, 2, 2)), RetentionPolicy())
    assert r.minor
    assert (r.keep_until, r.rule) == (D(2030, 2, 2), RetentionRule.MINOR_BIRTHDAY)
    assert "25th birthday" in str(r.summary)


def test_a_young_client_is_kept_seven_years_when_that_is_later() -> None:
    # 17 at the start, 19 at the end: 25th birthday 2028 is before 2022 + 7 = 2029.
    r = retention(facts(date_of_birth=D(2003, 1, 1)), RetentionPolicy())
    assert r.minor
    assert (r.keep_until, r.rule) == (D(2029, 3, 14), RetentionRule.MINOR_YEARS)
    assert "under 18 in therapy" in str(r.summary)


def test_eighteen_on_the_first_day_is_an_adult() -> None:
    r = retention(facts(date_of_birth=D(2002, 1, 6)), RetentionPolicy())
    assert not r.minor
    assert r.rule is RetentionRule.ADULT


def test_no_date_of_birth_uses_the_adult_rule_and_says_so() -> None:
    r = retention(facts(), RetentionPolicy())
    assert r.rule is RetentionRule.ADULT
    assert not r.birth_date_known
    assert "No date of birth is recorded, so the adult rule is used." in str(r.summary)


def test_the_practitioner_sets_the_defaults() -> None:
    policy = RetentionPolicy(adult_years=10, minor_until_age=26)
    assert retention(facts(), policy).keep_until == D(2032, 3, 14)
    young = retention(facts(date_of_birth=D(2005, 2, 2)), policy)
    assert young.keep_until == D(2032, 3, 14)  # 2022 + 10 is later than the 26th birthday
    assert retention(facts(date_of_birth=D(2008, 2, 2)), policy).keep_until == D(2034, 2, 2)


def test_process_notes_can_go_sooner() -> None:
    policy = RetentionPolicy(process_note_years=2)
    r = retention(facts(process_notes=4), policy)
    assert r.process_notes_until == D(2024, 3, 14)
    assert r.process_notes_due(D(2024, 3, 14))
    assert not r.process_notes_due(D(2024, 3, 13))
    assert not r.process_notes_due(D(2030, 1, 1))  # by then the whole record is due
    assert retention(facts(process_notes=0), policy).process_notes_due(D(2025, 1, 1)) is False
    # A period as long as the rest is no shorter period at all.
    assert retention(facts(), RetentionPolicy(process_note_years=7)).process_notes_until is None


def test_a_decision_to_keep_longer_moves_the_date_and_gives_its_reason() -> None:
    hold = Hold(D(2033, 1, 1), "A complaint is being heard.", D(2029, 3, 1))
    r = retention(facts(holds=(hold,)), RetentionPolicy())
    assert (r.keep_until, r.rule) == (D(2033, 1, 1), RetentionRule.EXTENDED)
    assert r.summary == "Kept until 1 January 2033 by your decision: A complaint is being heard."
    earlier = Hold(D(2025, 1, 1), "Not needed.", D(2024, 1, 1))
    assert retention(facts(holds=(earlier,)), RetentionPolicy()).rule is RetentionRule.ADULT


def test_a_decision_for_process_notes_keeps_only_them_longer() -> None:
    hold = Hold(D(2027, 1, 1), "Supervision review.", D(2024, 1, 1), process_notes_only=True)
    r = retention(facts(process_notes=2, holds=(hold,)), RetentionPolicy(process_note_years=1))
    assert r.process_notes_until == D(2027, 1, 1)
    assert r.keep_until == D(2029, 3, 14)


def test_the_review_list_holds_what_is_due_oldest_first() -> None:
    policy = RetentionPolicy(process_note_years=1)
    items = [
        retention(facts(client_id=1, code="C-001", last_session=D(2024, 1, 1)), policy),
        retention(facts(client_id=2, code="C-002", last_session=D(2020, 1, 1)), policy),
        retention(facts(client_id=3, code="C-003", last_session=D(2020, 1, 1)), policy),
        retention(
            facts(client_id=4, code="C-004", last_session=D(2029, 1, 1), process_notes=3), policy
        ),
        retention(facts(client_id=5, code="C-005", next_session=D(2031, 7, 1)), policy),
    ]
    due = due_for_review(items, D(2030, 6, 1))
    assert [(r.code, r.process_notes_only) for r in due] == [
        ("C-002", False),
        ("C-003", False),
        ("C-004", True),
    ]
    assert due[0].due_since == D(2027, 1, 1)
    assert due[2].due_since == D(2030, 1, 1)


def test_twenty_ninth_of_february() -> None:
    assert add_years(D(2024, 2, 29), 7) == D(2031, 2, 28)
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)


@given(
    st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 1, 1)),
    st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 1, 1)),
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=18, max_value=40),
)
def test_never_before_the_rule_whatever_the_birth_date(
    born: dt.date, last: dt.date, years: int, age: int
) -> None:
    f = facts(first_session=min(last, D(2000, 1, 1)), last_session=last, date_of_birth=born)
    r = retention(f, RetentionPolicy(adult_years=years, minor_until_age=age))
    assert r.keep_until is not None
    assert r.keep_until >= add_years(last, years)  # never sooner than the adult rule
    if r.minor:
        assert r.keep_until >= add_years(born, age)
        assert r.keep_until == max(add_years(born, age), add_years(last, years))


@pytest.mark.parametrize(
    ("policy", "words"),
    [
        (RetentionPolicy(adult_years=0), "between 1 and 100"),
        (RetentionPolicy(minor_until_age=16), "between 18 and 100"),
        (RetentionPolicy(process_note_years=9), "from 0 to 7 years, not 9"),
        (RetentionPolicy(adult_years=True), "whole number"),  # type: ignore[arg-type]
    ],
)
def test_a_policy_out_of_range_is_a_sentence(policy: RetentionPolicy, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        policy.validated()


def test_an_extension_needs_a_later_date_and_a_reason() -> None:
    assert check_extension(D(2032, 1, 1), "  a  complaint \n", TODAY) == "a complaint"
    for until, reason, words in (
        (TODAY, "why", "after today"),
        (D(2032, 1, 1), "   ", "short reason"),
        (D(2032, 1, 1), "x" * 501, "under 500"),
        (D(2200, 1, 1), "why", "within 100 years"),
    ):
        with pytest.raises(ValidationError, match=words):
            check_extension(until, reason, TODAY)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (21, 22, 23, 25, 11, 12, 13, 101)] == [
        "21st",
        "22nd",
        "23rd",
        "25th",
        "11th",
        "12th",
        "13th",
        "101st",
    ]


def test_what_a_contract_promises_is_held_to_the_retention_periods() -> None:
    from counsel_desk.domain.retention import RetentionPolicy, contract_promise_differs

    assert contract_promise_differs(7, RetentionPolicy(adult_years=7)) is None
    said = contract_promise_differs(5, RetentionPolicy(adult_years=7))
    assert said is not None
    assert str(said).startswith(
        "New contracts will tell clients their records are kept 5 years after the last "
        "session, but your retention periods keep an adult's record 7 years"
    )
