"""Scoring each shipped measure against hand-computed examples, and every refusal: a value
out of range or with too many decimals, an item missing, a total where items are needed,
items and a total that disagree — one sentence naming the value and the item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measure_mapping import measure_from_mapping
from counsel_desk.domain.measures import MeasureDefinition, Respondent
from counsel_desk.domain.scoring import (
    ScoreRecord,
    kept_score,
    parse_value,
    rescore,
    score,
    score_items,
)

D = Decimal


def measure(measure_id: str) -> MeasureDefinition:
    found = shipped_measures().get(measure_id)
    assert found is not None
    return found


# Worked by hand: (measure, items, total, band, past the cutoff, subscales)
EXAMPLES = [
    ("srs", ["9.4", "9.1", "8.7", "9"], "36.2", "fair", False, {}),
    ("srs", ["8", "8.5", "9", "9.9"], "35.4", "fair", True, {}),
    ("srs", ["10", "10", "10", "10"], "40", "good", False, {}),
    ("ors", ["4.2", "6", "5.5", "5"], "20.7", None, True, {}),
    ("wai_sr", [4, 5, 3, 2, 4, 3, 5, 2, 4, 5, 1, 4], "42", "moderate", False,
     {"goal": 8, "task": 18, "bond": 16}),  # goal 2+3+2+1, task 4+5+5+4, bond 3+4+5+4
    ("wai_sr", [1] * 12, "12", "low", False, {"goal": 4, "task": 4, "bond": 4}),
    ("core10", [2, 1, 3, 0, 1, 0, 2, 1, 2, 0], "12", "mild", True, {}),
    ("core10", [0] * 10, "0", "healthy", False, {}),
    ("phq9", [1, 1, 2, 1, 0, 1, 1, 0, 0], "7", "mild", False, {}),
    ("phq9", [3, 3, 2, 2, 2, 1, 2, 1, 1], "17", "moderately severe", True, {}),
    ("gad7", [2, 2, 1, 2, 1, 1, 1], "10", "moderate", True, {}),
    ("gad7", [0, 1, 0, 1, 0, 0, 1], "3", "minimal", False, {}),
]  # fmt: skip


@pytest.mark.parametrize(("measure_id", "items", "total", "band", "concern", "subs"), EXAMPLES)
def test_each_measure_scores_as_worked_by_hand(
    measure_id: str, items: list, total: str, band: str | None, concern: bool, subs: dict
) -> None:
    result = score(measure(measure_id), items=items)
    assert result.total == D(total)
    assert (result.band.label if result.band else None) == band
    assert result.concern is concern
    assert {s.key: v for s, v in result.subscales} == {k: D(v) for k, v in subs.items()}
    assert result.items == tuple(D(str(v)) for v in items)
    # the same items and their total together agree
    assert score(measure(measure_id), items=items, total=total).total == D(total)


def test_risk_items_are_shown_with_their_values() -> None:
    phq = score(measure("phq9"), items=[1, 1, 2, 1, 0, 1, 1, 0, 2])
    assert phq.visible_items == ((9, D(2)),)
    core = score(measure("core10"), items=[2, 1, 3, 0, 1, 3, 2, 1, 2, 0])
    assert core.visible_items == ((6, D(3)),)
    assert score(measure("srs"), total="38").visible_items == ()


def test_a_total_alone_for_the_measures_that_allow_it() -> None:
    srs = score(measure("srs"), total="37.5")
    assert srs.total == D("37.5")
    assert srs.items is None
    assert srs.subscales == ()
    assert score(measure("gad7"), total=12).concern
    assert score(measure("srs"), total=" 9,5 ").total == D("9.5")  # a comma, and spaces


def test_reversed_items_are_turned_round_before_adding() -> None:
    own = measure_from_mapping(
        {
            "id": "own:2",
            "name": "Mine",
            "short_name": "Mine",
            "kind": "outcome",
            "completed_by": "client",
            "items": 3,
            "item_min": 1,
            "item_max": 5,
            "direction": "higher_is_worse",
            "rights": "own",
            "licence": "My own.",
            "reversed": [2],
            "subscales": [{"name": "Second", "items": [2, 3]}],
        }
    )
    result = score(own, items=[4, 2, 5])  # 4 + (1 + 5 - 2) + 5
    assert result.total == 13
    assert result.items == (4, 2, 5)  # kept as entered
    assert result.subscale("second") == 9
    assert result.subscale("first") is None


@pytest.mark.parametrize(
    ("measure_id", "entered", "sentence"),
    [
        ("phq9", {"items": [1, 2, 7, 0, 0, 0, 0, 0, 0]},
         "Item 3 of the PHQ-9 is 7, outside its range of 0 to 3."),
        ("phq9", {"items": [1, -1, 0, 0, 0, 0, 0, 0, 0]},
         "Item 2 of the PHQ-9 is -1, outside its range of 0 to 3."),
        ("srs", {"items": ["9", "10.5", "9", "9"]},
         "Item 2 of the SRS is 10.5, outside its range of 0 to 10."),
        ("wai_sr", {"items": [3, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3]},
         "Item 5 of the WAI-SR is 0, outside its range of 1 to 5."),
        ("phq9", {"items": [1, "2.5", 0, 0, 0, 0, 0, 0, 0]},
         "Item 2 of the PHQ-9 is 2.5, but it takes whole numbers only."),
        ("srs", {"items": ["9.45", 9, 9, 9]},
         "Item 1 of the SRS is 9.45, but it takes numbers to one decimal place."),
        ("phq9", {"items": ["x", 2, 0, 0, 0, 0, 0, 0, 0]},
         "‘x’ is not a number: item 1 of the PHQ-9 takes a whole number from 0 to 3."),
        ("srs", {"total": "41"}, "The SRS total is 41, outside its range of 0 to 40."),
        ("srs", {"total": "thirty"},
         "‘thirty’ is not a number: the SRS total takes a number from 0 to 40."),
        ("wai_sr", {"items": [3, 3, 3, None, 3, 3, "", 3, 3, 3, 3, 3]},
         "Items 4 and 7 of the WAI-SR are missing: it is scored from every item."),
        ("core10", {"items": [1, 1, 1, 1, 1, 1, 1, 1, 1, None]},
         "Item 10 of the CORE-10 is missing: it is scored from every item."),
        ("phq9", {"items": [1] * 10}, "The PHQ-9 has 9 items; 10 were given."),
        ("phq9", {"total": "12"}, "The PHQ-9 is scored from its items: enter all 9 of them."),
        ("wai_sr", {}, "Enter the 12 items of the WAI-SR."),
        ("srs", {"items": [None] * 4, "total": ""}, "Enter the SRS total or its 4 items."),
        ("srs", {"items": [9, 9, 9, 9], "total": "35"},
         "The SRS items add up to 36, not the 35 entered as the total."),
    ],
)  # fmt: skip
def test_bad_scores_are_refused_with_one_sentence(
    measure_id: str, entered: dict, sentence: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        score(measure(measure_id), **entered)
    assert caught.value.message == sentence


def test_a_kept_score_reads_back_the_same() -> None:
    wai = measure("wai_sr")
    entered = score(wai, items=[4, 5, 3, 2, 4, 3, 5, 2, 4, 5, 1, 4])
    kept = ScoreRecord.from_score(entered, client_id=7, on=dt.date(2025, 3, 4), session_id=12)
    assert kept.completed_by is Respondent.CLIENT
    assert kept.total == 42
    assert rescore(wai, kept) == entered
    srs = measure("srs")
    total_only = ScoreRecord.from_score(
        score(srs, total="33.3"),
        client_id=7,
        on=dt.date(2025, 3, 4),
        completed_by=Respondent.PRACTITIONER,
    )
    assert total_only.completed_by is Respondent.PRACTITIONER
    assert rescore(srs, total_only).total == D("33.3")


@given(st.data())
def test_any_items_in_range_score_to_their_sum(data: st.DataObject) -> None:
    m = measure(data.draw(st.sampled_from(["srs", "ors", "wai_sr", "core10", "phq9", "gad7"])))
    tenths = int(m.step.scaleb(1))  # 1 for SRS and ORS, 10 for whole-number measures
    low, high = int(m.item_min * 10), int(m.item_max * 10)
    values = data.draw(
        st.lists(
            st.integers(low // tenths, high // tenths).map(lambda n: D(n * tenths).scaleb(-1)),
            min_size=m.items,
            max_size=m.items,
        )
    )
    result = score_items(m, values)
    assert result.total == sum(values)
    assert m.total_min <= result.total <= m.total_max
    for sub, value in result.subscales:
        assert value == sum(values[n - 1] for n in sub.items)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=1, min_value=-100, max_value=100))
def test_a_value_is_accepted_exactly_when_it_is_in_range(value: Decimal) -> None:
    srs = measure("srs")
    if srs.item_min <= value <= srs.item_max:
        assert parse_value(srs, str(value), 1) == value
    else:
        with pytest.raises(ValidationError, match=r"^Item 1 of the SRS is .*, outside its range"):
            parse_value(srs, str(value), 1)


@given(st.data())
def test_a_kept_score_shown_again_matches_it_checked_again(data: st.DataObject) -> None:
    """The timeline reads kept scores back without checking them again; it must see what
    checking them would (subscales, reversed items), and only a total when items are short."""
    m = data.draw(st.sampled_from([*shipped_measures(), REVERSED]))
    values = [
        data.draw(st.integers(int(m.item_min), int(m.item_max)).map(Decimal))
        for _ in range(m.items)
    ]
    kept = ScoreRecord.from_score(score(m, items=values), client_id=1, on=dt.date(2025, 1, 6))
    assert kept_score(m, kept) == rescore(m, kept)
    short = ScoreRecord(
        m.id, 1, dt.date(2025, 1, 6), Respondent.CLIENT, kept.total, kept.items[:-1]
    )
    assert kept_score(m, short).subscales == ()


REVERSED = measure_from_mapping(
    {
        "id": "own:3",
        "name": "Reversed",
        "short_name": "Rev",
        "kind": "outcome",
        "completed_by": "client",
        "items": 4,
        "item_min": 0,
        "item_max": 4,
        "direction": "higher_is_worse",
        "rights": "own",
        "licence": "Mine.",
        "reversed": [1, 3],
        "subscales": [{"name": "Odd", "items": [1, 3]}, {"name": "Even", "items": [2, 4]}],
    }
)
