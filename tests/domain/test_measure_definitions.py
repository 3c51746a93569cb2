"""Measure definitions: the six shipped measures carry the numbers in the domain notes, and
every rule a definition must keep is refused with one sentence, for a practitioner's own
measure as for a shipped one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.measure_files import shipped_measures
from counsel_desk.domain.measure_mapping import measure_from_mapping, measure_to_mapping
from counsel_desk.domain.measures import (
    Direction,
    Entry,
    Kind,
    MeasureDefinition,
    Respondent,
    Rights,
    number_text,
)

D = Decimal

# id: (items, item range, totals, entry, direction, cutoff, notable change, always shown)
SHIPPED = {
    "srs": (4, (0, 10), (0, 40), Entry.ITEMS_OR_TOTAL, Direction.HIGHER_IS_BETTER, 36, 1, ()),
    "ors": (4, (0, 10), (0, 40), Entry.ITEMS_OR_TOTAL, Direction.HIGHER_IS_BETTER, 25, 5, ()),
    "wai_sr": (12, (1, 5), (12, 60), Entry.ITEMS, Direction.HIGHER_IS_BETTER, None, None, ()),
    "core10": (10, (0, 4), (0, 40), Entry.ITEMS, Direction.HIGHER_IS_WORSE, 11, 6, (6,)),
    "phq9": (9, (0, 3), (0, 27), Entry.ITEMS, Direction.HIGHER_IS_WORSE, 10, 6, (9,)),
    "gad7": (7, (0, 3), (0, 21), Entry.ITEMS_OR_TOTAL, Direction.HIGHER_IS_WORSE, 10, 4, ()),
}  # fmt: skip


def test_the_six_measures_load_in_the_pickers_order() -> None:
    catalogue = shipped_measures()
    assert catalogue.problems == ()
    assert [m.id for m in catalogue] == ["srs", "wai_sr", "ors", "core10", "phq9", "gad7"]
    names = ["SRS", "WAI-SR", "ORS", "CORE-10", "PHQ-9", "GAD-7"]
    assert [m.short_name for m in catalogue] == names
    assert catalogue.get("nope") is None


@pytest.mark.parametrize("measure_id", SHIPPED)
def test_each_shipped_measure_has_its_published_numbers(measure_id: str) -> None:
    items, (lo, hi), (tmin, tmax), entry, direction, cutoff, change, visible = SHIPPED[measure_id]
    m = shipped_measures().get(measure_id)
    assert m is not None
    assert (m.items, m.item_min, m.item_max) == (items, lo, hi)
    assert (m.total_min, m.total_max) == (tmin, tmax)
    assert m.entry is entry
    assert m.direction is direction
    assert m.cutoff == (None if cutoff is None else D(cutoff))
    assert m.notable_change == (None if change is None else D(change))
    assert m.always_visible == visible
    assert m.completed_by is Respondent.CLIENT
    assert m.rights in (Rights.COPYRIGHTED, Rights.OPEN)
    assert "scores only" in m.licence


def test_kinds_rights_and_the_alliance_subscales() -> None:
    catalogue = shipped_measures()
    assert {m.id for m in catalogue if m.kind is Kind.ALLIANCE} == {"srs", "wai_sr"}
    assert {m.id for m in catalogue if m.rights is Rights.COPYRIGHTED} == {"srs", "ors", "wai_sr"}
    wai = catalogue.get("wai_sr")
    assert wai is not None
    assert {s.key: s.items for s in wai.subscales} == {
        "goal": (4, 6, 8, 11),
        "task": (1, 2, 10, 12),
        "bond": (3, 5, 7, 9),
    }
    srs = catalogue.get("srs")
    assert srs is not None
    assert srs.decimals == 1
    assert srs.bands_illustrative
    assert [b.label for b in srs.bands] == ["low", "fair", "good"]
    assert srs.band_range(srs.bands[0]) == (D(0), D("34.9"))


@pytest.mark.parametrize(
    ("measure_id", "total", "concern", "band"),
    [
        ("srs", "35.9", True, "fair"),
        ("srs", "36", False, "fair"),
        ("srs", "39", False, "good"),
        ("ors", "24.9", True, None),
        ("ors", "25", False, None),
        ("core10", "10", False, "low level"),
        ("core10", "11", True, "mild"),
        ("core10", "25", True, "severe"),
        ("phq9", "9", False, "mild"),
        ("phq9", "10", True, "moderate"),
        ("phq9", "20", True, "severe"),
        ("gad7", "15", True, "severe"),
        ("wai_sr", "12", False, "low"),
        ("wai_sr", "48", False, "high"),
    ],
)
def test_cutoffs_and_bands_on_both_sides(
    measure_id: str, total: str, concern: bool, band: str | None
) -> None:
    m = shipped_measures().get(measure_id)
    assert m is not None
    assert m.concern(D(total)) is concern
    found = m.band_of(D(total))
    assert (found.label if found else None) == band


def test_cutoff_words_follow_the_direction() -> None:
    catalogue = shipped_measures()
    assert catalogue.get("srs").cutoff_words() == "under 36"  # type: ignore[union-attr]
    assert catalogue.get("phq9").cutoff_words() == "10 or more"  # type: ignore[union-attr]
    assert catalogue.get("wai_sr").cutoff_words() == ""  # type: ignore[union-attr]


@pytest.mark.parametrize("measure_id", SHIPPED)
def test_a_definition_reads_back_from_its_mapping(measure_id: str) -> None:
    m = shipped_measures().get(measure_id)
    assert m is not None
    assert measure_from_mapping(measure_to_mapping(m)) == m


# --- a practitioner's own measure ----------------------------------------------------------


def own(**changes: object) -> dict[str, object]:
    table: dict[str, object] = {
        "id": "own:1",
        "name": "Weekly check-in",
        "short_name": "Check-in",
        "kind": "alliance",
        "completed_by": "practitioner",
        "items": 3,
        "item_min": 1,
        "item_max": 7,
        "direction": "higher_is_better",
        "rights": "own",
        "licence": "My own measure.",
    }
    table.update(changes)
    return {k: v for k, v in table.items() if v is not None}


def test_a_practitioners_own_measure_is_the_same_type() -> None:
    m = measure_from_mapping(own(reversed=[2], subscales=[{"name": "Warmth", "items": [1, 3]}]))
    assert isinstance(m, MeasureDefinition)
    assert (m.total_min, m.total_max) == (3, 21)
    assert m.subscales[0].key == "warmth"
    assert m.completed_by is Respondent.PRACTITIONER


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"item_min": 8}, "The lowest item value (8) must be below the highest (7)."),
        ({"item_min": 7}, "The lowest item value (7) must be below the highest (7)."),
        ({"items": 0}, "A measure has between 1 and 100 items, not 0."),
        ({"items": None}, "A measure needs items."),
        ({"items": "three"}, "The measure's items should be a whole number."),
        ({"name": "  "}, "A measure needs a name."),
        ({"name": "x" * 81}, "The measure's name can be at most 80 characters."),
        ({"kind": "mood"}, "The measure's kind is one of alliance, outcome, not mood."),
        ({"item_max": "lots"}, "The measure's item max should be a number."),
        ({"reversed": [4]}, "The reversed items name item 4, but the measure has 3."),
        ({"always_visible": [1, 1]}, "The items always shown name the same item twice."),
        ({"subscales": [{"name": "A", "items": [1, 5]}]},
         "The items of the subscale A name item 5, but the measure has 3."),
        ({"subscales": [{"name": "A", "items": []}]}, "The subscale A has no items."),
        ({"subscales": [{"name": "A", "items": [1]}, {"name": "a", "items": [2]}]},
         "Two subscales are called a."),
        ({"subscales": [{"name": "A", "items": [1], "text": "x"}]},
         "Subscale 1 has no setting called text."),
        ({"cutoff": 22}, "The cutoff (22) must lie within the totals 3 to 21."),
        ({"cutoff": 3}, "The cutoff (3) must lie within the totals 3 to 21."),
        ({"notable_change": 0}, "The change that counts as notable must be above 0"),
        ({"bands": [{"from": 4, "label": "low"}]}, "The first band must start at the lowest"),
        ({"bands": [{"from": 3, "label": "a"}, {"from": 3, "label": "b"}]},
         "Each band must start above the one before it."),
        ({"bands": [{"from": 3, "label": "a"}, {"from": 22, "label": "b"}]},
         "The band b starts above the highest total, 21."),
        ({"bands": [{"from": 3, "label": "a"}, {"from": "9.5", "label": "b"}]},
         "The band b starts between two possible totals."),
        ({"item_max": "7.5"}, "The highest item value (7.5) has more decimal places"),
        ({"decimals": 3}, "Item values can have at most 2 decimal places."),
        ({"id": "Own 1"}, "A measure's id is lower-case letters"),
        ({"item_text": "How was it?"}, "A measure has no setting called item_text."),
        ({"format": 2}, "This measure was written by a newer Counsel Desk (format 2)."),
    ],
)  # fmt: skip
def test_a_definition_that_breaks_a_rule_is_refused_with_one_sentence(
    changes: dict[str, object], sentence: str
) -> None:
    table = own()
    table.update(changes)
    table = {k: v for k, v in table.items() if v is not None}
    with pytest.raises(ValidationError) as caught:
        measure_from_mapping(table)
    assert caught.value.message.startswith(sentence)
    assert caught.value.message.endswith(".")
    assert "\n" not in caught.value.message


@st.composite
def definitions(draw: st.DrawFn) -> dict[str, object]:
    items = draw(st.integers(1, 12))
    decimals = draw(st.integers(0, 2))
    step = D(1).scaleb(-decimals)
    low = draw(st.integers(-5, 5))
    high = low + draw(st.integers(1, 20))
    numbers = st.lists(st.integers(1, items), unique=True, max_size=items)
    table = own(
        items=items,
        item_min=low,
        item_max=high,
        decimals=decimals,
        reversed=draw(numbers),
        always_visible=draw(numbers),
        direction=draw(st.sampled_from(["higher_is_better", "higher_is_worse"])),
        entry=draw(st.sampled_from(["items", "items_or_total"])),
    )
    tmin, tmax = D(low * items), D(high * items)
    steps = int((tmax - tmin) / step)
    if draw(st.booleans()):
        table["cutoff"] = str(tmin + step * draw(st.integers(1, steps)))
    if draw(st.booleans()):
        table["notable_change"] = str(step * draw(st.integers(1, steps)))
    starts = sorted(draw(st.sets(st.integers(1, steps), max_size=4)))
    table["bands"] = [{"from": str(tmin + step * n), "label": f"b{n}"} for n in [0, *starts]]
    some = st.lists(st.integers(1, items), unique=True, min_size=1, max_size=items)
    subs = draw(st.lists(some, max_size=3))
    table["subscales"] = [{"name": f"S{n}", "items": s} for n, s in enumerate(subs)]
    return table


@given(definitions())
def test_any_valid_definition_reads_back_the_same(table: dict[str, object]) -> None:
    m = measure_from_mapping(table)
    assert measure_from_mapping(measure_to_mapping(m)) == m


@pytest.mark.parametrize(
    ("value", "text"), [("36.0", "36"), ("9.40", "9.4"), ("4E+1", "40"), ("-2", "-2")]
)
def test_numbers_are_written_as_a_practitioner_writes_them(value: str, text: str) -> None:
    assert number_text(D(value)) == text
