"""A practitioner's own measure: defined in the app from a few fields, checked by the same
rules as a shipped one. Pure.

Its id is made by the app (``own-1``, ``own-2`` …), never from the name typed, so nothing
the practitioner wrote can reach the audit trail (which names a measure by its id).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.measure_mapping import measure_from_mapping
from counsel_desk.domain.measures import MeasureDefinition, Rights

PREFIX = "own-"
LICENCE = "Your own measure, defined in Counsel Desk."
_OWN_ID = re.compile(r"^own-(\d+)$")

# What the form asks for; everything else is set here.
FIELDS = frozenset(
    {
        "name",
        "short_name",
        "kind",
        "completed_by",
        "items",
        "item_min",
        "item_max",
        "decimals",
        "direction",
        "entry",
        "cutoff",
        "notable_change",
    }
)


NEEDED = {
    "name": QT_TRANSLATE_NOOP("errors", "Give your measure a name."),
    "short_name": QT_TRANSLATE_NOOP(
        "errors",
        "Give your measure a short name (up to 12 characters) for lists and the timeline.",
    ),
    "items": QT_TRANSLATE_NOOP("errors", "Say how many items your measure has."),
    "item_min": QT_TRANSLATE_NOOP("errors", "Give the lowest value an item can take."),
    "item_max": QT_TRANSLATE_NOOP("errors", "Give the highest value an item can take."),
}


def own_id(number: int) -> str:
    return f"{PREFIX}{number}"


def next_own_id(existing: Iterable[str]) -> str:
    """The id after the highest ``own-N`` already used (ids are never reused)."""
    numbers = [int(m.group(1)) for m in map(_OWN_ID.match, existing) if m]
    return own_id(max(numbers, default=0) + 1)


def is_own(measure_id: str) -> bool:
    return _OWN_ID.match(measure_id) is not None


def own_measure(
    measure_id: str, fields: Mapping[str, Any], taken: Iterable[MeasureDefinition] = ()
) -> MeasureDefinition:
    """A checked measure from the form's ``fields``; empty optional numbers are left out.

    ``taken`` are the measures already offered: a name or short name one of them uses is
    refused, so a score's measure is never in doubt."""
    if unknown := sorted(set(fields) - FIELDS):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A measure has no setting called {unknown}."),
                unknown=unknown[0],
            )
        )
    table: dict[str, Any] = {
        k: v for k, v in fields.items() if not (isinstance(v, str) and not v.strip())
    }
    for key, sentence in NEEDED.items():
        if key not in table:
            raise ValidationError(sentence)
    table.setdefault("decimals", 0)
    table.update(id=measure_id, rights=Rights.OWN.value, licence=LICENCE)
    definition = measure_from_mapping(table)
    for other in taken:
        if other.id == definition.id:
            continue
        for mine, theirs in (
            (definition.name, other.name),
            (definition.short_name, other.short_name),
        ):
            if mine.casefold() == theirs.casefold():
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{name} is already called {theirs}; give your measure another name.",
                        ),
                        name=other.name,
                        theirs=theirs,
                    )
                )
    return definition
