"""The published JSON Schema is the one the registry makes, and every field is described."""

from __future__ import annotations

import json
from pathlib import Path

from counsel_desk.services.open_schema import build_schema, schema_text

DOC = Path(__file__).parents[2] / "docs" / "export-format.schema.json"


def test_the_published_schema_matches_the_code() -> None:
    assert DOC.read_text(encoding="utf-8") == schema_text(), (
        "run: python -m counsel_desk.services.open_schema > docs/export-format.schema.json"
    )


def _fields(node: object, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            yield f"{path}.{key}", value
            yield from _fields(value, f"{path}.{key}")
        for key in ("items",):
            if key in node:
                yield from _fields(node[key], path + "[]")
        for option in node.get("oneOf", []):
            yield from _fields(option, path)


def test_every_field_is_described_and_nothing_extra_is_allowed() -> None:
    schema = build_schema()
    fields = list(_fields(schema))
    assert len(fields) > 150
    for path, spec in fields:
        assert len(spec.get("description", "")) > 8, path
    objects = [spec for _p, spec in fields if spec.get("type") == "object"]
    assert objects
    assert all(o["additionalProperties"] is False for o in objects)


def test_an_export_fits_the_schema_shape(workspace: object, tmp_path: Path) -> None:
    """Every field the export writes is one the schema names, and the other way round."""
    from counsel_desk.services.demo import DemoSpec, populate
    from counsel_desk.services.open_export import OpenExportService

    populate(workspace, DemoSpec(clients=2, years=0.5, seed=5))
    OpenExportService(workspace.vault).export(tmp_path / "x.json")
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    schema = build_schema()

    def check(value: object, spec: dict, where: str) -> None:
        if "oneOf" in spec:
            spec = spec["oneOf"][0] if value is not None else spec["oneOf"][1]
        if spec.get("type") == "object":
            assert isinstance(value, dict), where
            assert list(value) == list(spec["properties"]), where
            for key, item in value.items():
                check(item, spec["properties"][key], f"{where}.{key}")
        elif spec.get("type") == "array":
            for n, item in enumerate(value):
                check(item, spec["items"], f"{where}[{n}]")

    check(data, schema, "")
