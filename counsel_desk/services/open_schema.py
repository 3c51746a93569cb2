"""The open export's JSON Schema (draft 2020-12), made from the registry
(storage/open_format.py), the tables' columns and ``open_fields.FIELDS``; written to
docs/export-format.schema.json with ``python -m counsel_desk.services.open_schema``, and
tests/services/test_open_schema.py fails when the file no longer matches."""

from __future__ import annotations

import json
from typing import Any

from counsel_desk.services.open_fields import FIELDS
from counsel_desk.storage.open_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PARTS,
    OpenFormatTables,
    Part,
    open_schema_only,
)

_JSON_TYPES = {"INTEGER": "integer", "TEXT": "string", "REAL": "number"}


def _record(tables: OpenFormatTables, part: Part) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for column in tables.columns(part):
        kind = _JSON_TYPES[column.type]
        properties[column.name] = {
            "type": [kind, "null"] if column.nullable else kind,
            "description": FIELDS[column.name],
        }
    for child in part.children:
        record = _record(tables, child)
        if child.single:
            properties[child.key] = {
                "description": child.description + " Null when there is none.",
                "oneOf": [record, {"type": "null"}],
            }
        else:
            properties[child.key] = {
                "description": child.description,
                "type": "array",
                "items": record,
            }
    return {
        "type": "object",
        "description": f"{part.description} (table {part.table})",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    conn = open_schema_only()
    try:
        tables = OpenFormatTables(conn)
        properties: dict[str, Any] = {
            "format": {"const": FORMAT_NAME, "description": "Names the file's format."},
            "format_version": {
                "const": FORMAT_VERSION,
                "description": "The format's version; a reader refuses a newer one.",
            },
        }
        for part in PARTS:
            record = _record(tables, part)
            properties[part.key] = (
                record
                if part.single
                else {"description": part.description, "type": "array", "items": record}
            )
    finally:
        conn.close()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"counsel-desk-export-{FORMAT_VERSION}",
        "title": "Counsel Desk open export",
        "description": (
            "A whole Counsel Desk vault as JSON, not encrypted. Fields come in the order "
            "listed; every record keeps its id, and records name each other by id. Dates are "
            "'YYYY-MM-DD'; local times 'YYYY-MM-DDTHH:MM'; bookkeeping times UTC "
            "'YYYY-MM-DDTHH:MM:SSZ'. Yes-or-no fields are 0 or 1."
        ),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
