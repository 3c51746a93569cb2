"""A measure definition from plain values and back: a TOML table of a shipped measure, the
fields of the form where a practitioner defines their own, or what storage keeps (JSON).
Every value is read with its type checked and every rule of
:func:`~counsel_desk.domain.measures.check_measure` kept, one sentence for the first one
broken; unknown keys are refused, so no text can ride along unseen.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.measures import (
    FORMAT,
    ID_PATTERN,
    MAX_LABEL,
    MAX_NAME,
    MAX_NOTE,
    MAX_SHORT_NAME,
    Band,
    Direction,
    Entry,
    Kind,
    MeasureDefinition,
    Respondent,
    Rights,
    Subscale,
    check_measure,
    to_decimal,
)

KEYS = frozenset(
    {
        "format",
        "id",
        "name",
        "short_name",
        "kind",
        "completed_by",
        "items",
        "item_min",
        "item_max",
        "direction",
        "rights",
        "licence",
        "entry",
        "decimals",
        "reversed",
        "subscales",
        "cutoff",
        "cutoff_note",
        "bands",
        "bands_illustrative",
        "notable_change",
        "always_visible",
    }
)
REQUIRED = ("id", "name", "short_name", "kind", "completed_by", "items", "item_min", "item_max")
REQUIRED += ("direction", "rights", "licence")


def measure_from_mapping(table: Mapping[str, Any]) -> MeasureDefinition:
    """A checked definition from a mapping of plain values (TOML, JSON or a form's fields).

    Raises :class:`ValidationError` with one sentence for the first rule broken."""
    if unknown := sorted(set(table) - KEYS):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A measure has no setting called {unknown}."),
                unknown=unknown[0],
            )
        )
    if table.get("format", FORMAT) != FORMAT:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This measure was written by a newer Counsel Desk (format {format}).",
                ),
                format=table["format"],
            )
        )
    for key in REQUIRED:
        if key not in table:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "A measure needs {key}."), key=key.replace("_", " ")
                )
            )
    definition = MeasureDefinition(
        id=_text(table, "id", 40),
        name=_text(table, "name", MAX_NAME),
        short_name=_text(table, "short_name", MAX_SHORT_NAME),
        kind=_choice(table, "kind", Kind),
        completed_by=_choice(table, "completed_by", Respondent),
        items=_whole(table, "items"),
        item_min=_number(table, "item_min"),
        item_max=_number(table, "item_max"),
        direction=_choice(table, "direction", Direction),
        rights=_choice(table, "rights", Rights),
        licence=_text(table, "licence", MAX_NOTE),
        entry=_choice(table, "entry", Entry, Entry.ITEMS),
        decimals=_whole(table, "decimals", 0),
        reversed=_item_list(table, "reversed"),
        subscales=tuple(_subscale(n, s) for n, s in enumerate(_tables(table, "subscales"), 1)),
        cutoff=_number(table, "cutoff", None),
        cutoff_note=_text(table, "cutoff_note", MAX_NOTE, ""),
        bands=tuple(_band(n, b) for n, b in enumerate(_tables(table, "bands"), 1)),
        bands_illustrative=_flag(table, "bands_illustrative"),
        notable_change=_number(table, "notable_change", None),
        always_visible=_item_list(table, "always_visible"),
    )
    return check_measure(definition)


def measure_to_mapping(definition: MeasureDefinition) -> dict[str, Any]:
    """The definition as plain values that :func:`measure_from_mapping` reads back the same
    (numbers as text, so no float ever creeps in on the way through JSON)."""
    out: dict[str, Any] = {
        "format": FORMAT,
        "id": definition.id,
        "name": definition.name,
        "short_name": definition.short_name,
        "kind": definition.kind.value,
        "completed_by": definition.completed_by.value,
        "items": definition.items,
        "item_min": str(definition.item_min),
        "item_max": str(definition.item_max),
        "direction": definition.direction.value,
        "rights": definition.rights.value,
        "licence": definition.licence,
        "entry": definition.entry.value,
        "decimals": definition.decimals,
        "reversed": list(definition.reversed),
        "subscales": [
            {"key": s.key, "name": s.name, "items": list(s.items)} for s in definition.subscales
        ],
        "cutoff_note": definition.cutoff_note,
        "bands": [{"from": str(b.low), "label": b.label} for b in definition.bands],
        "bands_illustrative": definition.bands_illustrative,
        "always_visible": list(definition.always_visible),
    }
    if definition.cutoff is not None:
        out["cutoff"] = str(definition.cutoff)
    if definition.notable_change is not None:
        out["notable_change"] = str(definition.notable_change)
    return out


# --- reading plain values ----------------------------------------------------------------


def _text(table: Mapping[str, Any], key: str, limit: int, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The measure's {key} should be text."),
                key=key.replace("_", " "),
            )
        )
    value = " ".join(value.split())
    if not value and default is None:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A measure needs a {key}."), key=key.replace("_", " ")
            )
        )
    if len(value) > limit:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The measure's {key} can be at most {limit} characters."
                ),
                key=key.replace("_", " "),
                limit=limit,
            )
        )
    return value


def _choice(table: Mapping[str, Any], key: str, enum: type[StrEnum], default: Any = None) -> Any:
    value = table.get(key, default)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The measure's {key} is one of {allowed}, not {value}."
                ),
                key=key.replace("_", " "),
                allowed=allowed,
                value=value,
            )
        ) from None


def _whole(table: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The measure's {key} should be a whole number."),
                key=key.replace("_", " "),
            )
        )
    return value


def _number(table: Mapping[str, Any], key: str, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "A measure needs {key}."), key=key.replace("_", " ")
                )
            )
        return default
    number = to_decimal(table[key])
    if number is None:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The measure's {key} should be a number."),
                key=key.replace("_", " "),
            )
        )
    return number


def _flag(table: Mapping[str, Any], key: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The measure's {key} should be true or false."),
                key=key.replace("_", " "),
            )
        )
    return value


def _item_list(table: Mapping[str, Any], key: str) -> tuple[int, ...]:
    value = table.get(key, [])
    if not isinstance(value, (list, tuple)) or any(
        isinstance(n, bool) or not isinstance(n, int) for n in value
    ):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The measure's {key} should be a list of item numbers."
                ),
                key=key.replace("_", " "),
            )
        )
    return tuple(value)


def _tables(table: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = table.get(key, [])
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, Mapping) for v in value):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The measure's {key} should be a list of tables."),
                key=key,
            )
        )
    return list(value)


def _subscale(n: int, table: Mapping[str, Any]) -> Subscale:
    if unknown := sorted(set(table) - {"key", "name", "items"}):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Subscale {n} has no setting called {unknown}."),
                n=n,
                unknown=unknown[0],
            )
        )
    name = _text(table, "name", MAX_LABEL)
    key = table.get("key", name.casefold())
    if not isinstance(key, str) or not ID_PATTERN.match(key):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "The subscale {name} needs a short key such as goal."),
                name=name,
            )
        )
    return Subscale(key=key, name=name, items=_item_list(table, "items"))


def _band(n: int, table: Mapping[str, Any]) -> Band:
    if unknown := sorted(set(table) - {"from", "label"}):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Band {n} has no setting called {unknown}."),
                n=n,
                unknown=unknown[0],
            )
        )
    low = to_decimal(table.get("from"))
    if low is None:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "Band {n} needs the total it starts from."), n=n)
        )
    return Band(low=low, label=_text(table, "label", MAX_LABEL))
