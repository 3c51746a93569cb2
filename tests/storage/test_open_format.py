"""Every table of the schema is in the open export, or left out on purpose with a reason."""

from __future__ import annotations

from counsel_desk.storage.open_format import LEFT_OUT, OpenFormatTables, all_parts, open_schema_only


def test_every_table_is_exported_or_left_out_with_a_reason() -> None:
    conn = open_schema_only()
    try:
        tables = set(OpenFormatTables(conn).table_names())
    finally:
        conn.close()
    exported = [part.table for part in all_parts()]
    assert len(exported) == len(set(exported)), "a table is exported twice"
    unaccounted = tables - set(exported) - set(LEFT_OUT)
    assert not unaccounted, f"add a Part or a LEFT_OUT line for: {sorted(unaccounted)}"
    assert not set(exported) & set(LEFT_OUT)
    assert set(exported) | set(LEFT_OUT) <= tables, "the registry names a table that is gone"
    assert all(len(reason) > 20 for reason in LEFT_OUT.values())


def test_a_new_table_is_noticed() -> None:
    conn = open_schema_only()
    try:
        conn.execute("CREATE TABLE client_pets (id INTEGER PRIMARY KEY, name TEXT) STRICT")
        tables = set(OpenFormatTables(conn).table_names())
    finally:
        conn.close()
    assert "client_pets" in tables - {p.table for p in all_parts()} - set(LEFT_OUT)
