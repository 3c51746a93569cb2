"""Checking an open export before anything is written: every field of every record, its
type, what must be there and nothing else, and the rules across records (one code per
client, sessions after their client, scores within their measure's range). The first
problem is refused with a sentence naming its place (``clients[3].sessions[12].start``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from counsel_desk.domain.audit import GENESIS, chain_fault
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase
from counsel_desk.domain.measure_mapping import measure_from_mapping
from counsel_desk.domain.measures import MeasureDefinition
from counsel_desk.services.open_fields import FIELDS
from counsel_desk.services.open_reader import ImportFileInvalid
from counsel_desk.storage.open_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PARTS,
    Column,
    OpenFormatTables,
    Part,
)

_TYPES: dict[str, tuple[type, ...]] = {"INTEGER": (int,), "TEXT": (str,), "REAL": (int, float)}
_TYPE_WORDS = {
    "INTEGER": QT_TRANSLATE_NOOP("errors", "{where} must be a whole number; nothing was imported."),
    "TEXT": QT_TRANSLATE_NOOP("errors", "{where} must be text; nothing was imported."),
    "REAL": QT_TRANSLATE_NOOP("errors", "{where} must be a number; nothing was imported."),
}


def _is_date(text: str) -> bool:
    return len(text) == 10 and bool(dt.date.fromisoformat(text))


def _is_time(text: str) -> bool:
    return len(text) >= 16 and text[10] == "T" and bool(dt.datetime.fromisoformat(text))


def _is_utc(text: str) -> bool:
    return text.endswith("Z") and _is_time(text[:-1])


# What a field's text must read as, from how the format describes it (``open_fields``): a
# date or a time that the app could not read back would otherwise be imported as it came.
_KINDS: tuple[tuple[str, Callable[[str], bool], Marked], ...] = (
    (
        "(date)",
        _is_date,
        QT_TRANSLATE_NOOP(
            "errors", "{where} must be a date written as YYYY-MM-DD; nothing was imported."
        ),
    ),
    (
        "(local time)",
        _is_time,
        QT_TRANSLATE_NOOP(
            "errors", "{where} must be a time written as YYYY-MM-DDTHH:MM; nothing was imported."
        ),
    ),
    (
        "(UTC)",
        _is_utc,
        QT_TRANSLATE_NOOP(
            "errors",
            "{where} must be a UTC time written as YYYY-MM-DDTHH:MM:SSZ; nothing was imported.",
        ),
    ),
)
_FORMS: dict[str, tuple[Callable[[str], bool], Marked]] = {
    name: (check, words)
    for name, text in FIELDS.items()
    for marker, check, words in _KINDS
    if marker in text
}


_CHAIN_FAULTS = {
    "position": QT_TRANSLATE_NOOP("errors", "{where} should be {n}; nothing was imported."),
    "detail": QT_TRANSLATE_NOOP(
        "errors",
        "{where} is not empty ({{}}), as the detail of an entry blanked by an erasure must "
        "be: the audit trail was changed after it was written; nothing was imported.",
    ),
    "prev_hash": QT_TRANSLATE_NOOP(
        "errors",
        "{where} is not the hash of the entry before: an entry was changed, removed or "
        "moved after it was written; nothing was imported.",
    ),
    "hash": QT_TRANSLATE_NOOP(
        "errors",
        "{where} does not match the entry: the audit trail was changed after it was "
        "written; nothing was imported.",
    ),
}


def _bad(sentence: Marked, where: str, **values: object) -> ImportFileInvalid:
    """The import refused: ``sentence`` names the place (``{where}``, kept exactly as in the
    file: ``clients[3].sessions[12].start``) and what is wrong with it."""
    return ImportFileInvalid(phrase(sentence, where=where, **values))


def _at(where: str, name: str) -> str:
    """The place of field ``name`` of the record at ``where``."""
    return f"{where}.{name}"


class ExportChecker:
    """Checks records as they are read; ``shipped`` gives a shipped measure by id."""

    def __init__(
        self, tables: OpenFormatTables, shipped: Callable[[str], MeasureDefinition | None]
    ) -> None:
        self.tables = tables
        self.shipped = shipped
        self.own: dict[str, MeasureDefinition] = {}
        self.codes: set[str] = set()
        self.ids: dict[str, set[Any]] = {}
        self.audit_next = 1
        self.audit_prev = GENESIS
        self.counts: dict[str, int] = {}

    # --- the header ----------------------------------------------------------------------
    def header(self, fields: Iterator[tuple[str, Any]]) -> None:
        first = next(fields, None)
        if first is None or first[0] != "format" or first[1] != FORMAT_NAME:
            raise ImportFileInvalid(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The file is not a Counsel Desk export: it does not begin "
                        'with "format": "{format_name}".',
                    ),
                    format_name=FORMAT_NAME,
                )
            )
        second = next(fields, None)
        if second is None or second[0] != "format_version":
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} is missing (it must follow format); nothing was imported."
                ),
                "format_version",
            )
        version = second[1]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} must be a whole number from 1; nothing was imported."
                ),
                "format_version",
            )
        if version > FORMAT_VERSION:
            raise ImportFileInvalid(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The file is in export format {version}, newer than this "
                        "Counsel Desk reads (up to {format_version}). Update Counsel "
                        "Desk, then import it; nothing was imported.",
                    ),
                    version=version,
                    format_version=FORMAT_VERSION,
                )
            )

    def sections(self, fields: Iterator[tuple[str, Any]]) -> Iterator[tuple[Part, Any]]:
        """Each top-level part in the documented order, its value (or items) checked as
        they are read."""
        for part in PARTS:
            found = next(fields, None)
            if found is None:
                raise _bad(
                    QT_TRANSLATE_NOOP("errors", "{where} is missing; nothing was imported."),
                    part.key,
                )
            key, value = found
            if key != part.key:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{where} is not expected here ({key} should come next); "
                        "nothing was imported.",
                    ),
                    key,
                    key=part.key,
                )
            if part.single:
                self.record(part, value, part.key, None)
                yield part, value
            else:
                if not isinstance(value, Iterator):
                    raise _bad(
                        QT_TRANSLATE_NOOP(
                            "errors", "{where} must be a list; nothing was imported."
                        ),
                        part.key,
                    )
                yield part, self._checked_items(part, value)
        extra = next(fields, None)
        if extra is not None:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} is not a field of this export format; nothing was imported.",
                ),
                extra[0],
            )

    def _checked_items(self, part: Part, items: Iterator[Any]) -> Iterator[Any]:
        for index, item in enumerate(items):
            self.record(part, item, f"{part.key}[{index}]", None)
            yield item

    # --- one record and its children -----------------------------------------------------
    def record(self, part: Part, row: Any, where: str, parent: dict[str, Any] | None) -> None:
        if not isinstance(row, dict):
            raise _bad(
                QT_TRANSLATE_NOOP("errors", "{where} must be an object; nothing was imported."),
                where,
            )
        columns = self.tables.columns(part)
        expected = [c.name for c in columns] + [c.key for c in part.children]
        for name in expected:
            if name not in row:
                raise _bad(
                    QT_TRANSLATE_NOOP("errors", "{where} is missing; nothing was imported."),
                    _at(where, name),
                )
        for name in row:
            if name not in expected:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{where} is not a field of this export format; nothing was imported.",
                    ),
                    _at(where, name),
                )
        for column in columns:
            self._value(column, row[column.name], f"{where}.{column.name}")
        self._rules(part, row, where, parent)
        self.counts[part.table] = self.counts.get(part.table, 0) + 1
        for child in part.children:
            value, at = row[child.key], f"{where}.{child.key}"
            if child.single:
                if value is not None:
                    self.record(child, value, at, row)
            elif not isinstance(value, list):
                raise _bad(
                    QT_TRANSLATE_NOOP("errors", "{where} must be a list; nothing was imported."), at
                )
            else:
                for index, item in enumerate(value):
                    self.record(child, item, f"{at}[{index}]", row)

    def _value(self, column: Column, value: Any, where: str) -> None:
        if value is None:
            if not column.nullable:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "errors", "{where} must not be empty (null); nothing was imported."
                    ),
                    where,
                )
            return
        if isinstance(value, bool) or not isinstance(value, _TYPES[column.type]):
            raise _bad(_TYPE_WORDS[column.type], where)
        form = _FORMS.get(column.name)
        if form is not None and isinstance(value, str):
            try:
                sound = form[0](value)
            except ValueError:
                sound = False
            if not sound:
                raise _bad(form[1], where)

    def _rules(self, part: Part, row: dict[str, Any], where: str, parent: Any) -> None:
        if "id" in row and not part.single:
            seen = self.ids.setdefault(part.table, set())
            if row["id"] in seen:
                raise _bad(
                    QT_TRANSLATE_NOOP("errors", "{where} is used twice; nothing was imported."),
                    _at(where, "id"),
                )
            seen.add(row["id"])
        if part.table == "clients":
            code = row["code"].casefold()
            if code in self.codes:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{where} is the code of an earlier client too; nothing was imported.",
                    ),
                    _at(where, "code"),
                )
            self.codes.add(code)
        elif part.table == "sessions" and row["created_at"] < parent["created_at"]:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} is before its client was added; nothing was imported."
                ),
                _at(where, "created_at"),
            )
        elif part.table == "measures":
            self._own_measure(row, where)
        elif part.table == "scores":
            self._score(row, where)
        elif part.table == "audit_log":
            self._audit_entry(row, where)

    def _audit_entry(self, row: dict[str, Any], where: str) -> None:
        """The entry must follow from the one before as the audit trail chains them
        (``domain.audit.chain_fault``): an edited, removed or moved entry is refused by its
        place, as the vault's own check would find it after the import."""
        chained = (
            row["position"],
            row["at"],
            row["kind"],
            row["detail"],
            row["prev_hash"],
            row["hash"],
            row["detail_digest"],
        )
        fault = chain_fault(chained, self.audit_next, self.audit_prev)
        if fault is not None:
            raise _bad(_CHAIN_FAULTS[fault], _at(where, fault), n=self.audit_next)
        self.audit_next += 1
        self.audit_prev = row["hash"]

    def _own_measure(self, row: dict[str, Any], where: str) -> None:
        import json

        try:
            definition = measure_from_mapping(json.loads(row["definition"]))
        except (ValueError, ValidationError):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors", "{where} is not a measure's definition; nothing was imported."
                ),
                _at(where, "definition"),
            ) from None
        self.own[row["id"]] = definition

    def _score(self, row: dict[str, Any], where: str) -> None:
        measure = self.own.get(row["measure_id"]) or self.shipped(row["measure_id"])
        if measure is None:
            return  # kept, as the app keeps a score whose measure no longer loads
        try:
            total = Decimal(row["total"])
        except InvalidOperation:
            raise _bad(
                QT_TRANSLATE_NOOP("errors", "{where} is not a number; nothing was imported."),
                _at(where, "total"),
            ) from None
        if not measure.total_min <= total <= measure.total_max:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where} is outside the {short_name}'s range ({total_min} to "
                    "{total_max}); nothing was imported.",
                ),
                _at(where, "total"),
                short_name=measure.short_name,
                total_min=measure.total_min,
                total_max=measure.total_max,
            )
