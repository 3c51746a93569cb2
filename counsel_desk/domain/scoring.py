"""Scoring a measure: a response given as its items or as a total, checked against the
measure's ranges, with its subscales, band and cutoff. Pure.

Every refusal is one sentence naming the value and the item (or the total), so nothing is
saved half: a service scores first and writes only a :class:`Score` that came back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Phrase, phrase
from counsel_desk.domain.measures import (
    Band,
    Entry,
    MeasureDefinition,
    Respondent,
    Subscale,
    number_text,
    to_decimal,
)


@dataclass(frozen=True)
class Score:
    """A checked response: its total, the items as entered (None for a total alone) and the
    subscale scores (empty without items)."""

    measure: MeasureDefinition
    total: Decimal
    items: tuple[Decimal, ...] | None = None
    subscales: tuple[tuple[Subscale, Decimal], ...] = ()

    @property
    def band(self) -> Band | None:
        return self.measure.band_of(self.total)

    @property
    def concern(self) -> bool:
        """On the worrying side of the measure's cutoff."""
        return self.measure.concern(self.total)

    def subscale(self, key: str) -> Decimal | None:
        for sub, value in self.subscales:
            if sub.key == key:
                return value
        return None

    @property
    def visible_items(self) -> tuple[tuple[int, Decimal], ...]:
        """The always-shown (risk) items with their values, when items were entered."""
        if self.items is None:
            return ()
        return tuple((n, self.items[n - 1]) for n in self.measure.always_visible)


@dataclass(frozen=True)
class ScoreRecord:
    """A score as kept: whose, which session, when, who completed it, and what was entered."""

    measure_id: str
    client_id: int
    on: dt.date
    completed_by: Respondent
    total: Decimal
    items: tuple[Decimal, ...] | None = None
    session_id: int | None = None
    id: int | None = None

    @classmethod
    def from_score(
        cls,
        score: Score,
        *,
        client_id: int,
        on: dt.date,
        completed_by: Respondent | None = None,
        session_id: int | None = None,
        id: int | None = None,
    ) -> ScoreRecord:
        return cls(
            measure_id=score.measure.id,
            client_id=client_id,
            on=on,
            completed_by=completed_by or score.measure.completed_by,
            total=score.total,
            items=score.items,
            session_id=session_id,
            id=id,
        )


# what an entry is, in an error's sentence: inside it, and at its start
_ITEM = QT_TRANSLATE_NOOP("errors", "item {n} of the {measure}")
_ITEM_FIRST = QT_TRANSLATE_NOOP("errors", "Item {n} of the {measure}")
_TOTAL = QT_TRANSLATE_NOOP("errors", "the {measure} total")
_TOTAL_FIRST = QT_TRANSLATE_NOOP("errors", "The {measure} total")
# what an entry takes
_WHOLE_ONLY = QT_TRANSLATE_NOOP("errors", "whole numbers only")
_ONE_PLACE = QT_TRANSLATE_NOOP("errors", "numbers to one decimal place")
_TWO_PLACES = QT_TRANSLATE_NOOP("errors", "numbers to two places")
_TAKES_TOTAL = QT_TRANSLATE_NOOP("errors", "a number from {low} to {high}")
_TAKES_WHOLE = QT_TRANSLATE_NOOP("errors", "a whole number from {low} to {high}")
_TAKES_ONE_PLACE = QT_TRANSLATE_NOOP(
    "errors", "a number from {low} to {high}, to one decimal place"
)
_TAKES_PLACES = QT_TRANSLATE_NOOP("errors", "a number from {low} to {high}, to {places} places")
_ONE_MISSING = QT_TRANSLATE_NOOP(
    "errors", "Item {n} of the {measure} is missing: it is scored from every item."
)
_SOME_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "Items {numbers} and {last} of the {measure} are missing: it is scored from every item.",
)


def value_range(measure: MeasureDefinition) -> str:
    """What an item takes: "a whole number from 0 to 3", "a number from 0 to 10, to one
    decimal place"."""
    low, high = number_text(measure.item_min), number_text(measure.item_max)
    if measure.decimals == 0:
        return f"a whole number from {low} to {high}"
    places = "one decimal place" if measure.decimals == 1 else f"{measure.decimals} places"
    return f"a number from {low} to {high}, to {places}"


def parse_value(measure: MeasureDefinition, value: object, item: int | None = None) -> Decimal:
    """An item value (``item`` from 1) or, with no item, a total: checked against the range
    and the measure's decimal places. Text such as "9.4" or "9,4" is read as a number."""
    if item is not None:
        what = phrase(_ITEM, n=item, measure=measure.short_name)
        what_first = phrase(_ITEM_FIRST, n=item, measure=measure.short_name)
    else:
        what = phrase(_TOTAL, measure=measure.short_name)
        what_first = phrase(_TOTAL_FIRST, measure=measure.short_name)
    low, high = (
        (measure.item_min, measure.item_max)
        if item is not None
        else (measure.total_min, measure.total_max)
    )
    shown = str(value).strip() if not isinstance(value, Decimal) else number_text(value)
    number = to_decimal(value)
    if number is None:
        if not shown:
            raise ValidationError(
                phrase(QT_TRANSLATE_NOOP("errors", "{what} is empty."), what=what_first)
            )
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "‘{shown}’ is not a number: {what} takes {takes}."),
                shown=shown[:20],
                what=what,
                takes=_takes(measure, item),
            )
        )
    shown = number_text(number)
    if not low <= number <= high:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "{what} is {shown}, outside its range of {low} to {high}."
                ),
                what=what_first,
                shown=shown,
                low=number_text(low),
                high=number_text(high),
            )
        )
    if not _fits(number, measure):
        places = (
            _WHOLE_ONLY
            if measure.decimals == 0
            else _ONE_PLACE
            if measure.decimals == 1
            else _TWO_PLACES
        )
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} is {shown}, but it takes {places}."),
                what=what_first,
                shown=shown,
                places=places,
            )
        )
    return number.quantize(measure.step)


def _fits(number: Decimal, measure: MeasureDefinition) -> bool:
    exponent = number.normalize().as_tuple().exponent
    return not isinstance(exponent, int) or -exponent <= measure.decimals


def _takes(measure: MeasureDefinition, item: int | None) -> Phrase:
    if item is None:
        return phrase(
            _TAKES_TOTAL, low=number_text(measure.total_min), high=number_text(measure.total_max)
        )
    low, high = number_text(measure.item_min), number_text(measure.item_max)
    if measure.decimals == 0:
        return phrase(_TAKES_WHOLE, low=low, high=high)
    if measure.decimals == 1:
        return phrase(_TAKES_ONE_PLACE, low=low, high=high)
    return phrase(_TAKES_PLACES, low=low, high=high, places=measure.decimals)


def score_items(measure: MeasureDefinition, values: Sequence[object | None]) -> Score:
    """Every item's value (None or "" for one left blank), scored: reversed items turned
    round, the total and each subscale summed."""
    if len(values) != measure.items:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The {short_name} has {items} items; {given} were given."
                ),
                short_name=measure.short_name,
                items=measure.items,
                given=len(values),
            )
        )
    missing = [n for n, v in enumerate(values, 1) if v is None or str(v).strip() == ""]
    if missing:
        raise ValidationError(_missing(measure, missing))
    items = tuple(parse_value(measure, v, n) for n, v in enumerate(values, 1))
    scored = [
        measure.item_min + measure.item_max - v if n in measure.reversed else v
        for n, v in enumerate(items, 1)
    ]
    subscales = tuple(
        (sub, sum((scored[n - 1] for n in sub.items), Decimal(0))) for sub in measure.subscales
    )
    return Score(measure, sum(scored, Decimal(0)), items, subscales)


def _missing(measure: MeasureDefinition, missing: list[int]) -> Phrase:
    if len(missing) == 1:
        return phrase(_ONE_MISSING, n=missing[0], measure=measure.short_name)
    return phrase(
        _SOME_MISSING,
        numbers=", ".join(str(n) for n in missing[:-1]),
        last=missing[-1],
        measure=measure.short_name,
    )


def score_total(measure: MeasureDefinition, total: object) -> Score:
    """A total entered on its own, for a measure that allows it."""
    if measure.entry is not Entry.ITEMS_OR_TOTAL:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The {short_name} is scored from its items: enter all {items} of them.",
                ),
                short_name=measure.short_name,
                items=measure.items,
            )
        )
    return Score(measure, parse_value(measure, total))


def score(
    measure: MeasureDefinition,
    *,
    items: Sequence[object | None] | None = None,
    total: object | None = None,
) -> Score:
    """The items, or the total, or both (which must agree), scored."""
    has_total = total is not None and str(total).strip() != ""
    if items is None or all(v is None or str(v).strip() == "" for v in items):
        if has_total:
            return score_total(measure, total)
        if measure.entry is Entry.ITEMS_OR_TOTAL:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "Enter the {short_name} total or its {items} items."
                    ),
                    short_name=measure.short_name,
                    items=measure.items,
                )
            )
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Enter the {items} items of the {short_name}."),
                items=measure.items,
                short_name=measure.short_name,
            )
        )
    scored = score_items(measure, items)
    if has_total:
        typed = parse_value(measure, total)
        if typed != scored.total:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The {short_name} items add up to {total}, not the {typed} entered "
                        "as the total.",
                    ),
                    short_name=measure.short_name,
                    total=number_text(scored.total),
                    typed=number_text(typed),
                )
            )
    return scored


def rescore(measure: MeasureDefinition, record: ScoreRecord) -> Score:
    """A kept score read back: from its items when it has them, else its total."""
    if record.items is not None:
        return score_items(measure, record.items)
    return Score(measure, parse_value(measure, record.total))


def kept_score(measure: MeasureDefinition, record: ScoreRecord) -> Score:
    """A kept score read back for showing, without checking its values again (they were
    checked when entered): subscales from its items, when it has all of them."""
    items = record.items
    if items is None or len(items) != measure.items:
        return Score(measure, record.total)
    low_high = measure.item_min + measure.item_max
    scored = (
        [low_high - v if n in measure.reversed else v for n, v in enumerate(items, 1)]
        if measure.reversed
        else items
    )
    subscales = tuple(
        (sub, sum((scored[n - 1] for n in sub.items), Decimal(0))) for sub in measure.subscales
    )
    return Score(measure, record.total, items, subscales)
