"""A contract's terms: every number checked with one sentence, and the same terms in words."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.contract.terms import (
    MAX_NOTICE_HOURS,
    ContactChannel,
    ContactPolicy,
    Frequency,
    LatenessPolicy,
    Party,
    PractitionerLateness,
    Terms,
    check_notice,
    duration_words,
    money,
    term_rows,
    terms_from_data,
    terms_to_data,
    validate_terms,
)
from counsel_desk.domain.errors import ValidationError

GOOD = Terms(fee_pence=6000)


def test_the_defaults_are_valid_and_each_side_has_its_own_notice() -> None:
    terms = Terms(client_notice_hours=24, practitioner_notice_hours=168)
    assert validate_terms(terms) is terms
    assert terms.notice_hours(Party.CLIENT) == 24
    assert terms.notice_hours(Party.PRACTITIONER) == 168


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"session_minutes": 4}, "between 5 minutes and 8 hours"),
        ({"session_minutes": 481}, "between 5 minutes and 8 hours"),
        ({"session_minutes": 50.0}, "whole number of minutes"),
        ({"fee_pence": -1}, "fee cannot be negative"),
        ({"fee_pence": 1_000_001}, "cannot be more than"),
        ({"currency": "pounds"}, "three-letter code"),
        ({"client_notice_hours": -1}, "client's notice period cannot be negative"),
        ({"client_notice_hours": MAX_NOTICE_HOURS + 1}, "more than a year"),
        ({"practitioner_notice_hours": -24}, "Your own notice period cannot be negative"),
        ({"practitioner_notice_hours": MAX_NOTICE_HOURS + 1}, "more than a year"),
        ({"practitioner_notice_hours": True}, "whole number of hours"),
        ({"client_notice_hours": 1.5}, "whole number of hours"),
        ({"short_notice_charge_percent": 101}, "cannot be more than 100"),
        ({"lateness": LatenessPolicy(wait_minutes=51)}, "up to the session's length"),
        ({"contact": ContactPolicy(channels=())}, "at least one way"),
        ({"contact": ContactPolicy(channels=(ContactChannel.EMAIL,) * 2)}, "only once"),
        ({"contact": ContactPolicy(reply_within_days=0)}, "at least 1"),
        ({"contact": ContactPolicy(reply_within_days=31)}, "more than 30"),
    ],
)
def test_each_impossible_term_is_one_sentence(change: dict, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_terms(replace(GOOD, **change))
    message = caught.value.message
    assert words in message
    assert message.endswith(".")
    assert message.count(". ") == 0
    assert caught.value.exit_code == 2


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_a_notice_period_is_from_none_up_to_a_year(hours: int) -> None:
    if 0 <= hours <= MAX_NOTICE_HOURS:
        assert check_notice(hours) == hours
        assert validate_terms(replace(GOOD, client_notice_hours=hours)).client_notice_hours == hours
    else:
        with pytest.raises(ValidationError):
            check_notice(hours)


@pytest.mark.parametrize(
    ("pence", "currency", "said"),
    [
        (6000, "GBP", "£60"),
        (6250, "GBP", "£62.50"),
        (123456, "GBP", "£1,234.56"),
        (0, "EUR", "€0"),
        (7005, "chf", "70.05 CHF"),
    ],
)
def test_money_reads_as_people_write_it(pence: int, currency: str, said: str) -> None:
    assert money(pence, currency) == said


@pytest.mark.parametrize(
    ("hours", "said"),
    [(0, "no notice"), (1, "1 hour"), (24, "24 hours"), (48, "48 hours"), (72, "3 days"),
     (168, "1 week"), (336, "2 weeks"), (30, "30 hours")],
)  # fmt: skip
def test_notice_periods_read_as_people_say_them(hours: int, said: str) -> None:
    assert duration_words(hours) == said


def test_the_terms_in_words_speak_to_the_practitioner_or_to_the_client() -> None:
    terms = replace(
        GOOD,
        lateness=LatenessPolicy(15, PractitionerLateness.REDUCE_FEE),
        contact=ContactPolicy((ContactChannel.EMAIL, ContactChannel.TEXT, ContactChannel.PHONE)),
    )
    mine = dict(term_rows(terms))
    theirs = dict(term_rows(terms, to_client=True))
    assert mine["Client's notice to cancel"] == "48 hours"
    assert mine["Your notice to cancel"] == "48 hours"
    assert theirs["Notice you give to cancel"] == "48 hours"
    assert theirs["If you are late, I wait"] == "15 minutes"
    assert mine["If you start late"] == "Fee reduced"
    assert mine["Fee"] == "£60 a session"
    assert mine["Contact between sessions"] == (
        "Email, text message or phone call, to arrange times only"
    )
    assert [label for label, _ in term_rows(terms)][:3] == ["Session length", "How often", "Fee"]


terms_strategy = st.builds(
    Terms,
    session_minutes=st.integers(5, 480),
    frequency=st.sampled_from(list(Frequency)),
    fee_pence=st.integers(0, 1_000_000),
    currency=st.sampled_from(["GBP", "EUR", "USD"]),
    client_notice_hours=st.integers(0, MAX_NOTICE_HOURS),
    practitioner_notice_hours=st.integers(0, MAX_NOTICE_HOURS),
    short_notice_charge_percent=st.integers(0, 100),
    lateness=st.builds(
        LatenessPolicy, st.integers(0, 5), st.sampled_from(list(PractitionerLateness))
    ),
    contact=st.builds(
        ContactPolicy,
        st.lists(st.sampled_from(list(ContactChannel)), min_size=1, unique=True).map(tuple),
        st.booleans(),
        st.integers(1, 30),
    ),
)


@given(terms_strategy)
def test_terms_round_trip_through_plain_data(terms: Terms) -> None:
    data = json.loads(json.dumps(terms_to_data(terms)))
    assert terms_from_data(data) == terms


def test_terms_kept_wrongly_are_one_sentence_and_missing_ones_are_defaults() -> None:
    assert terms_from_data({}) == Terms()
    for bad in ({"frequency": "daily"}, {"contact_channels": ["pigeon"]},
                {"client_notice_hours": -3}, {"contact_channels": 5}):  # fmt: skip
        with pytest.raises(ValidationError):
            terms_from_data(bad)
