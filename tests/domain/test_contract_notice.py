"""Short notice, judged by the contract in force on the session's date (or the practice
defaults, which the verdict says), for the client's and the practitioner's cancellations;
checked across contract changes with hypothesis."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from contractkit import DEFAULTS, TERMS, agreed_history, draft
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.notice import (
    Cancellation,
    NoticePeriods,
    classify,
    validate_cancellation,
)
from counsel_desk.domain.contract.terms import MAX_NOTICE_HOURS, Party
from counsel_desk.domain.contract.version import AgreedHow, Agreement, ContractStatus
from counsel_desk.domain.errors import ValidationError

SESSION = dt.datetime(2024, 9, 10, 10, 0)


def hours_before(start: dt.datetime, hours: float) -> dt.datetime:
    return start - dt.timedelta(hours=hours)


def test_notice_exactly_equal_to_the_period_is_enough_and_a_second_less_is_short() -> None:
    history = agreed_history(dt.date(2024, 1, 15), notice=(48,))
    exact = Cancellation(Party.CLIENT, SESSION, received=hours_before(SESSION, 48))
    verdict = classify(exact, history, TERMS)
    assert not verdict.short
    assert verdict.version_number == 1
    assert verdict.required_hours == 48
    assert verdict.sentence == (
        "Enough notice: 48 hours given, where contract version 1 asks the client for 48 hours."
    )
    late = Cancellation(
        Party.CLIENT, SESSION, received=hours_before(SESSION, 48) + dt.timedelta(seconds=1)
    )
    verdict = classify(late, history, TERMS)
    assert verdict.short
    assert str(verdict.sentence).startswith("Short notice: 47 hours given,")  # never "48 given"


def test_the_practitioner_is_judged_by_their_own_period() -> None:
    history = agreed_history(dt.date(2024, 1, 15))  # client 48 h, practitioner 72 h
    mine = Cancellation(Party.PRACTITIONER, SESSION, notice_hours=60.0)
    verdict = classify(mine, history, TERMS)
    assert verdict.short
    assert verdict.required_hours == 72
    assert verdict.sentence == (
        "Short notice: 60 hours given, where contract version 1 asks you for 3 days."
    )
    theirs = Cancellation(Party.CLIENT, SESSION, notice_hours=60.0)
    assert not classify(theirs, history, TERMS).short


def test_with_no_agreed_contract_the_practice_defaults_apply_and_say_so() -> None:
    for history in (ContractHistory([]), ContractHistory([draft()])):
        verdict = classify(Cancellation(Party.CLIENT, SESSION, notice_hours=0.5), history, TERMS)
        assert verdict.short
        assert verdict.by_defaults
        assert verdict.version_number is None
        assert verdict.sentence == (
            "Short notice: less than an hour given, where your practice defaults ask the "
            "client for 48 hours (no contract had been agreed by then)."
        )
    # a session before the first agreement is judged by the defaults too
    history = agreed_history(dt.date(2024, 10, 1), notice=(12,))
    early = classify(Cancellation(Party.CLIENT, SESSION, notice_hours=24.0), history, TERMS)
    assert early.short
    assert early.by_defaults


def test_word_after_the_start_is_no_notice_and_is_refused_as_a_cancellation() -> None:
    after = Cancellation(Party.CLIENT, SESSION, received=SESSION + dt.timedelta(minutes=5))
    assert after.given_hours == 0.0
    with pytest.raises(ValidationError, match="record it as missed"):
        validate_cancellation(after)
    for hours in (-1.0, MAX_NOTICE_HOURS + 1.0, float("nan")):
        with pytest.raises(ValidationError, match="between 0 hours and a year"):
            validate_cancellation(Cancellation(Party.CLIENT, SESSION, notice_hours=hours))
    with pytest.raises(ValueError, match="either"):
        Cancellation(Party.CLIENT, SESSION)


def test_the_new_terms_apply_from_the_day_they_are_agreed() -> None:
    history = agreed_history(dt.date(2024, 1, 15), dt.date(2024, 9, 10), notice=(24, 72))
    cancel = dict(by=Party.CLIENT, notice_hours=48.0)
    before = classify(Cancellation(session_start=SESSION - dt.timedelta(days=1), **cancel),
                      history, TERMS)  # fmt: skip
    on_the_day = classify(Cancellation(session_start=SESSION, **cancel), history, TERMS)
    assert (before.short, before.version_number) == (False, 1)
    assert (on_the_day.short, on_the_day.version_number) == (True, 2)
    assert on_the_day.label == "Short notice"
    assert before.label == "Enough notice"


# --- across contract changes --------------------------------------------------------------

START = dt.date(2020, 1, 1)
days = st.integers(min_value=0, max_value=2000)


@st.composite
def contract_changes(draw: st.DrawFn) -> list[tuple[int, int, int]]:
    """Agreements as (day offset, client notice, practitioner notice), in the order agreed
    (days never going back, several on one day allowed)."""
    offsets = sorted(draw(st.lists(days, max_size=6)))
    notice = st.integers(min_value=0, max_value=400)
    return [(day, draw(notice), draw(notice)) for day in offsets]


def build(changes: list[tuple[int, int, int]]) -> ContractHistory:
    versions = []
    for n, (offset, client, own) in enumerate(changes, start=1):
        version = replace(
            draft(),
            number=n,
            terms=replace(TERMS, client_notice_hours=client, practitioner_notice_hours=own),
            status=ContractStatus.SUPERSEDED if n < len(changes) else ContractStatus.AGREED,
            agreement=Agreement(START + dt.timedelta(days=offset), AgreedHow.IN_SESSION),
        )
        versions.append(version)
    return ContractHistory(versions)


@given(
    changes=contract_changes(),
    session_day=st.integers(min_value=-30, max_value=2100),
    minute=st.integers(min_value=0, max_value=24 * 60 - 1),
    notice=st.floats(min_value=0, max_value=500, allow_nan=False),
    by=st.sampled_from(Party),
)
def test_the_verdict_follows_the_latest_agreement_on_or_before_the_session(
    changes: list[tuple[int, int, int]], session_day: int, minute: int, notice: float, by: Party
) -> None:
    history = build(changes)
    start = dt.datetime.combine(START + dt.timedelta(days=session_day), dt.time()) + dt.timedelta(
        minutes=minute
    )
    verdict = classify(Cancellation(by, start, notice_hours=notice), history, DEFAULTS.terms)
    # Brute force: the last agreement (in the order agreed) dated on or before the session.
    in_force = [
        (n, c)
        for n, c in enumerate(changes, start=1)
        if START + dt.timedelta(days=c[0]) <= start.date()
    ]
    if in_force:
        number, (_, client, own) = in_force[-1]
        required = client if by is Party.CLIENT else own
        assert verdict.version_number == number
    else:
        required = DEFAULTS.terms.notice_hours(by)
        assert verdict.by_defaults
    assert verdict.required_hours == required
    assert verdict.short == (notice < required)
    assert ("Short notice" in str(verdict.sentence)) == verdict.short


@given(
    required=st.integers(min_value=0, max_value=MAX_NOTICE_HOURS),
    slack=st.integers(min_value=-(10**6), max_value=10**6),
    by=st.sampled_from(Party),
)
def test_notice_from_times_is_short_exactly_when_it_falls_short(
    required: int, slack: int, by: Party
) -> None:
    terms = replace(TERMS, client_notice_hours=required, practitioner_notice_hours=required)
    history = ContractHistory([])
    received = SESSION - dt.timedelta(hours=required) + dt.timedelta(seconds=slack)
    verdict = classify(Cancellation(by, SESSION, received=received), history, terms)
    assert verdict.short == (slack > 0 and required > 0)  # later than the period: short
    given_words = str(verdict.sentence).split(": ", 1)[1].split(" given")[0]
    if verdict.short and given_words != "less than an hour":
        assert int(given_words.split()[0]) < required  # never rounded up to the period


def test_classifying_a_ten_year_client_takes_each_session_to_its_own_version() -> None:
    history = build([(365 * n, 48, 48) for n in range(1, 11)])
    sessions = [dt.datetime(2020, 1, 6, 10) + dt.timedelta(weeks=w) for w in range(580)]
    verdicts = [
        classify(Cancellation(Party.CLIENT, s, notice_hours=30.0), history, TERMS) for s in sessions
    ]
    assert {v.version_number for v in verdicts} == {None, *range(1, 11)}
    assert all(v.short for v in verdicts)  # 30 hours against 48 every time


@given(
    offsets=st.lists(st.integers(0, 300), max_size=4),
    notices=st.lists(st.sampled_from([0, 12, 24, 48, 72, 168]), min_size=4, max_size=4),
    day=st.integers(-20, 400),
    party=st.sampled_from(list(Party)),
)
def test_notice_periods_ask_what_classify_asks(offsets, notices, day, party) -> None:
    """The periods made once per client for judging many cancellations
    (``NoticePeriods``) require what :func:`classify` requires, on any day, before and
    between agreements (two on one day too: the later number is in force)."""
    first = dt.date(2024, 2, 1)  # after the client first got in touch
    days = [first + dt.timedelta(days=n) for n in sorted(offsets)]
    history = agreed_history(*days, notice=tuple(notices))
    periods = NoticePeriods(
        [
            (
                v.agreement.on,
                v.number,
                v.terms.client_notice_hours,
                v.terms.practitioner_notice_hours,
            )
            for v in reversed(history.versions)  # any order: the periods sort them
            if v.agreement is not None
        ],
        TERMS,
    )
    start = dt.datetime.combine(first + dt.timedelta(days=day), dt.time(10))
    verdict = classify(Cancellation(party, start, notice_hours=1.0), history, TERMS)
    assert periods.required(party, start.date()) == verdict.required_hours
