"""A measure as data: its name, how many items (numbered, never worded), their range, how it
is scored, its cutoff and bands, which way is better, the change that counts as notable,
the items that are always shown, and its licence. Pure: no files, no SQL, no Qt.

The shipped measures (``resources/measures/*.toml``, read by :mod:`.measure_files`) and a
practitioner's own measure are the same type, checked by the same rules
(:func:`check_measure`): build either with
:func:`~counsel_desk.domain.measure_mapping.measure_from_mapping` (a TOML table, or what
storage keeps) and turn it back into a mapping with
:func:`~counsel_desk.domain.measure_mapping.measure_to_mapping`. Every rule broken is one
sentence.

Numbers are :class:`~decimal.Decimal`, so that 9.4 + 9.1 is exactly 18.5 and a drop of
exactly the notable change is never a hair short of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

FORMAT = 1  # the version of the mapping below; a newer one is refused, never guessed at
MAX_ITEMS = 100
MAX_DECIMALS = 2
MAX_VALUE = Decimal(1000)
MAX_NAME, MAX_SHORT_NAME, MAX_LABEL, MAX_NOTE = 80, 12, 40, 400
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_:-]{0,39}$")


class Kind(StrEnum):
    """What a measure is about: the working relationship, or how the client is doing."""

    ALLIANCE = "alliance"
    OUTCOME = "outcome"

    @property
    def label(self) -> Marked:
        return {
            "alliance": QT_TRANSLATE_NOOP("Kind", "Alliance"),
            "outcome": QT_TRANSLATE_NOOP("Kind", "Outcome"),
        }[self.value]


class Respondent(StrEnum):
    CLIENT = "client"
    PRACTITIONER = "practitioner"

    @property
    def label(self) -> Marked:
        return {
            "client": QT_TRANSLATE_NOOP("Respondent", "Client"),
            "practitioner": QT_TRANSLATE_NOOP("Respondent", "Me"),
        }[self.value]


class Entry(StrEnum):
    """How a score may be entered: every item, or the items or just the total."""

    ITEMS = "items"
    ITEMS_OR_TOTAL = "items_or_total"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    HIGHER_IS_WORSE = "higher_is_worse"

    @property
    def label(self) -> Marked:
        return {
            "higher_is_better": QT_TRANSLATE_NOOP("Direction", "Higher is better"),
            "higher_is_worse": QT_TRANSLATE_NOOP("Direction", "Higher means more distress"),
        }[self.value]


class Rights(StrEnum):
    """Whose wording the measure has: scores only ever leave the practitioner's paper form."""

    COPYRIGHTED = "copyrighted"  # licensed wording: scores only, never the text
    OPEN = "open"  # public domain or an open licence; still numbers only, by design
    OWN = "own"  # the practitioner's own measure


@dataclass(frozen=True)
class Subscale:
    key: str
    name: str
    items: tuple[int, ...]  # item numbers, from 1


@dataclass(frozen=True)
class Band:
    """Scores from ``low`` up to (not including) the next band's ``low`` share ``label``."""

    low: Decimal
    label: str


@dataclass(frozen=True)
class MeasureDefinition:
    id: str
    name: str
    short_name: str
    kind: Kind
    completed_by: Respondent
    items: int
    item_min: Decimal
    item_max: Decimal
    direction: Direction
    rights: Rights
    licence: str
    entry: Entry = Entry.ITEMS
    decimals: int = 0  # places an item value may have (SRS marks are read to 0.1)
    reversed: tuple[int, ...] = ()  # items scored max + min - value
    subscales: tuple[Subscale, ...] = ()
    cutoff: Decimal | None = None
    cutoff_note: str = ""
    bands: tuple[Band, ...] = ()
    bands_illustrative: bool = False  # vendor-defined or rough, not norms
    notable_change: Decimal | None = None  # the change that counts (reliable change)
    always_visible: tuple[int, ...] = ()  # risk items: shown whenever the score is

    @property
    def total_min(self) -> Decimal:
        return self.item_min * self.items

    @property
    def total_max(self) -> Decimal:
        return self.item_max * self.items

    @property
    def step(self) -> Decimal:
        return Decimal(1).scaleb(-self.decimals)

    @property
    def higher_is_better(self) -> bool:
        return self.direction is Direction.HIGHER_IS_BETTER

    def concern(self, total: Decimal) -> bool:
        """The total is on the worrying side of the cutoff: under it where higher is better,
        at or above it where higher is worse. False when the measure has no cutoff."""
        if self.cutoff is None:
            return False
        return total < self.cutoff if self.higher_is_better else total >= self.cutoff

    def worsening(self, before: Decimal, after: Decimal) -> Decimal:
        """How much worse ``after`` is than ``before`` (negative when it is better)."""
        return before - after if self.higher_is_better else after - before

    def band_of(self, total: Decimal) -> Band | None:
        found = None
        for band in self.bands:
            if band.low <= total:
                found = band
        return found

    def band_range(self, band: Band) -> tuple[Decimal, Decimal]:
        """The lowest and highest totals in ``band`` (34.9 under 35 when items have 0.1)."""
        index = self.bands.index(band)
        step = self.step
        high = self.bands[index + 1].low - step if index + 1 < len(self.bands) else self.total_max
        return band.low, high

    def cutoff_words(self) -> Phrase | str:
        """Where the concern starts: "under 36", or "10 or more" ("" with no cutoff)."""
        if self.cutoff is None:
            return ""
        value = number_text(self.cutoff)
        if self.higher_is_better:
            return phrase(QT_TRANSLATE_NOOP("measures", "under {value}"), value=value)
        return phrase(QT_TRANSLATE_NOOP("measures", "{value} or more"), value=value)


def number_text(value: Decimal) -> str:
    """A score as a practitioner writes it: 36, 9.4 (never 36.0 or 3.6E+1)."""
    return format(value.normalize(), "f")


def to_decimal(value: object) -> Decimal | None:
    """A finite Decimal for an int, a Decimal or text such as "9.4" or "9,4"; else None.
    (Floats are taken through their shortest text, so 9.4 stays 9.4.)"""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
            return None
    if not isinstance(value, (int, str, Decimal)):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def check_measure(m: MeasureDefinition) -> MeasureDefinition:
    """``m`` if it keeps every rule; otherwise one sentence for the first it breaks."""
    if not ID_PATTERN.match(m.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A measure's id is lower-case letters, digits, '-', '_' or ':', such as srs.",
            )
        )
    if not 1 <= m.items <= MAX_ITEMS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "A measure has between 1 and {max_items} items, not {items}."
                ),
                max_items=MAX_ITEMS,
                items=m.items,
            )
        )
    if not 0 <= m.decimals <= MAX_DECIMALS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "Item values can have at most {max_decimals} decimal places."
                ),
                max_decimals=MAX_DECIMALS,
            )
        )
    if m.item_min >= m.item_max:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The lowest item value ({item_min}) must be below the highest ({item_max}).",
                ),
                item_min=number_text(m.item_min),
                item_max=number_text(m.item_max),
            )
        )
    for what, value in (
        (QT_TRANSLATE_NOOP("errors", "lowest item value"), m.item_min),
        (QT_TRANSLATE_NOOP("errors", "highest item value"), m.item_max),
    ):
        if abs(value) > MAX_VALUE:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "The {what} must be between -1000 and 1000."),
                    what=what,
                )
            )
        if _places(value) > m.decimals:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "The {what} ({value}) has more decimal places than the items."
                    ),
                    what=what,
                    value=number_text(value),
                )
            )
    _check_items(m, m.reversed, QT_TRANSLATE_NOOP("errors", "reversed items"))
    _check_items(m, m.always_visible, QT_TRANSLATE_NOOP("errors", "items always shown"))
    _check_subscales(m)
    if m.cutoff is not None and not m.total_min < m.cutoff <= m.total_max:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The cutoff ({cutoff}) must lie within the totals {total_min} to {total_max}.",
                ),
                cutoff=number_text(m.cutoff),
                total_min=number_text(m.total_min),
                total_max=number_text(m.total_max),
            )
        )
    if m.notable_change is not None and not 0 < m.notable_change <= m.total_max - m.total_min:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The change that counts as notable must be above 0 and within the range of totals.",
            )
        )
    _check_bands(m)
    return m


def _check_items(m: MeasureDefinition, numbers: tuple[int, ...], what: str | Phrase) -> None:
    for n in numbers:
        if not 1 <= n <= m.items:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "The {what} name item {n}, but the measure has {items}."
                    ),
                    what=what,
                    n=n,
                    items=m.items,
                )
            )
    if len(set(numbers)) != len(numbers):
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "The {what} name the same item twice."), what=what)
        )


def _check_subscales(m: MeasureDefinition) -> None:
    keys, names = set(), set()
    for sub in m.subscales:
        if not sub.items:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "The subscale {name} has no items."), name=sub.name
                )
            )
        _check_items(
            m,
            sub.items,
            phrase(QT_TRANSLATE_NOOP("errors", "items of the subscale {name}"), name=sub.name),
        )
        if sub.key in keys or sub.name.casefold() in names:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "Two subscales are called {name}."), name=sub.name
                )
            )
        keys.add(sub.key)
        names.add(sub.name.casefold())


def _check_bands(m: MeasureDefinition) -> None:
    if not m.bands:
        return
    if m.bands[0].low != m.total_min:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The first band must start at the lowest total, {total_min}."
                ),
                total_min=number_text(m.total_min),
            )
        )
    for before, after in zip(m.bands, m.bands[1:], strict=False):
        if after.low <= before.low:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Each band must start above the one before it.")
            )
    if m.bands[-1].low > m.total_max:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The band {label} starts above the highest total, {total_max}."
                ),
                label=m.bands[-1].label,
                total_max=number_text(m.total_max),
            )
        )
    for band in m.bands:
        if _places(band.low) > m.decimals:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "The band {label} starts between two possible totals."
                    ),
                    label=band.label,
                )
            )


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0
