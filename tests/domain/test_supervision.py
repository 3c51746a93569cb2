"""The supervision log's rules: what a session must have, registration years (including a
year that starts on 28 February or 1 March across leap years), and the hours they add up to."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.supervision import (
    CALENDAR_YEAR,
    MAX_MINUTES,
    Period,
    RegistrationYear,
    SupervisionFormat,
    SupervisionSession,
    hours_text,
    totals,
    validate_supervision,
)

TODAY = dt.date(2025, 6, 30)


def _session(on: dt.date = dt.date(2025, 6, 2), minutes: int = 60, **kw) -> SupervisionSession:
    return SupervisionSession(
        on=on, supervisor=kw.pop("supervisor", "Dr Rowan"), minutes=minutes, **kw
    )


def test_a_session_is_kept_trimmed_with_each_client_once_in_order() -> None:
    kept = validate_supervision(
        _session(supervisor="  Dr   Rowan ", client_ids=(7, 3, 7)), today=TODAY
    )
    assert kept.supervisor == "Dr Rowan"
    assert kept.client_ids == (3, 7)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"supervisor": "   "}, "Name the supervisor"),
        ({"supervisor": "x" * 121}, "longer than 120"),
        ({"minutes": 4}, "between 5 minutes and 8 hours"),
        ({"minutes": MAX_MINUTES + 1}, "between 5 minutes and 8 hours"),
        ({"minutes": 1.5}, "whole minutes"),
        ({"minutes": True}, "whole minutes"),
        ({"on": TODAY + dt.timedelta(days=1)}, "once it has happened"),
        ({"notes": "x" * 20_001}, "notes are longer"),
        ({"actions": "x" * 5_001}, "actions are longer"),
    ],
)
def test_each_bad_input_is_one_sentence(change: dict, words: str) -> None:
    fields = {"on": dt.date(2025, 6, 2), "supervisor": "Dr Rowan", "minutes": 60} | change
    with pytest.raises(ValidationError, match=words) as caught:
        validate_supervision(SupervisionSession(**fields), today=TODAY)
    assert caught.value.message.endswith(".")


def test_today_and_the_limits_themselves_are_allowed() -> None:
    for minutes in (5, MAX_MINUTES):
        assert validate_supervision(_session(TODAY, minutes), today=TODAY).minutes == minutes


@pytest.mark.parametrize(
    ("month", "day", "words"),
    [
        (2, 29, "28 February or 1 March"),
        (4, 31, "April has no day 31"),
        (13, 1, "between January and December"),
        (0, 1, "between January and December"),
        (6, 0, "June has no day 0"),
    ],
)
def test_a_registration_year_starts_on_a_day_every_year_has(month, day, words) -> None:
    with pytest.raises(ValidationError, match=words):
        RegistrationYear(month, day)


def test_periods_of_a_registration_year() -> None:
    april = RegistrationYear(4, 1)
    assert april.period_of(dt.date(2025, 3, 31)) == Period(
        dt.date(2024, 4, 1), dt.date(2025, 3, 31)
    )
    assert april.period_of(dt.date(2025, 4, 1)) == Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    assert april.period_of(dt.date(2025, 4, 1)).label == "1 Apr 2025 to 31 Mar 2026"
    assert CALENDAR_YEAR.period_of(dt.date(2024, 2, 29)).label == "2024"
    march = RegistrationYear(3, 1)  # the year before it ends on 29 February in a leap year
    assert march.period_of(dt.date(2024, 2, 29)).last == dt.date(2024, 2, 29)
    assert march.period_of(dt.date(2023, 2, 28)).last == dt.date(2023, 2, 28)


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
)
def test_every_day_falls_in_exactly_one_period_that_runs_a_year(month, day, on) -> None:
    year = RegistrationYear(month, day)
    period = year.period_of(on)
    assert on in period
    assert (period.first.month, period.first.day) == (month, day)
    assert period.last + dt.timedelta(days=1) == year.start_in(period.first.year + 1)
    assert year.period_of(period.first) == period == year.period_of(period.last)
    assert year.period_of(period.last + dt.timedelta(days=1)).first == period.last + dt.timedelta(
        days=1
    )


def test_hours_are_totalled_per_period_newest_first_with_group_time_apart() -> None:
    logged = [
        _session(dt.date(2024, 3, 10), 90, id=1),
        _session(dt.date(2024, 4, 10), 60, format=SupervisionFormat.GROUP, id=2),
        _session(dt.date(2025, 1, 5), 75, id=3),
    ]
    by_year = totals(logged)
    assert [(t.period.label, t.sessions, t.minutes) for t in by_year] == [
        ("2025", 1, 75),
        ("2024", 2, 150),
    ]
    assert (by_year[1].individual_minutes, by_year[1].group_minutes) == (90, 60)
    by_registration = totals(logged, RegistrationYear(4, 1))
    assert [(t.period.first, t.minutes, t.session_ids) for t in by_registration] == [
        (dt.date(2024, 4, 1), 135, (2, 3)),
        (dt.date(2023, 4, 1), 90, (1,)),
    ]
    assert totals([]) == []


@given(
    st.lists(
        st.tuples(
            st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)),
            st.integers(5, MAX_MINUTES),
            st.sampled_from(SupervisionFormat),
        ),
        max_size=40,
    ),
    st.integers(1, 12),
    st.integers(1, 28),
)
def test_totals_lose_and_double_count_nothing(rows, month, day) -> None:
    logged = [_session(on, m, format=f) for on, m, f in rows]
    for year in (CALENDAR_YEAR, RegistrationYear(month, day)):
        found = totals(logged, year)
        assert sum(t.minutes for t in found) == sum(m for _on, m, _f in rows)
        assert sum(t.sessions for t in found) == len(rows)
        assert all(t.individual_minutes + t.group_minutes == t.minutes for t in found)
        assert [t.period for t in found] == sorted({t.period for t in found}, reverse=True)


@pytest.mark.parametrize(
    ("minutes", "text"), [(45, "45 min"), (60, "1 h"), (90, "1 h 30 min"), (750, "12 h 30 min")]
)
def test_hours_read_as_a_person_would_say_them(minutes: int, text: str) -> None:
    assert hours_text(minutes) == text
