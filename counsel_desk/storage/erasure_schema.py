"""Which tables and columns hold a client's records, walked from the schema itself, for
erasure (``storage/erasure.py``): every table reached from ``clients`` by ON DELETE CASCADE
is the client's; the practice's own tables are listed with why; columns that name another
client's records without a foreign key are listed to be cleared; audit detail keys are
classified. ``uncovered`` and ``unclassified`` name what a table added later would miss,
and ``tests/storage/test_erasure_coverage.py`` fails on it at merge."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from counsel_desk.storage.db import Connection

CLIENT = "client"
PROCESS_NOTES = "process_notes"

# Tables that hold no client's data, and why. A new table is either reached from clients by
# ON DELETE CASCADE, derived (a virtual table), or listed here by whoever adds it.
PRACTICE_TABLES: dict[str, str] = {
    "vault_meta": "the vault's own settings and counters",
    "practice_profile": "the practitioner's own details",
    "note_templates": "the practitioner's own templates",
    "audit_log": "what happened, by ids and codes; details naming erased records are blanked",
    "backups": "where backups were written",
    "retention_policy": "the practitioner's retention periods",
    "erasures": "what was erased, by code and counts, with no content",
    "erasure_in_progress": "a mark that is empty outside an erasure's transaction",
    "practice_breaks": "the days the practice was closed; a session keeps only the break's id",
    "measures": "the practitioner's own measures' definitions (names and scales, no scores)",
    "supervision_sessions": (
        "the practitioner's own supervision log; the clients discussed are in "
        "supervision_clients, erased with them"
    ),
    "supervision_settings": "the start of the practitioner's registration year",
}

# Columns that name another client's records without a foreign key: a note moved from one
# client to another remembers where it was filed. When the client they name is erased they
# are set to 0 (no record has id 0): the row keeps its meaning ("moved from a client whose
# records were since erased") and no id is left behind to point, one day, at a later
# client given the same id. ``uncovered`` names any other ``*_client_id`` or ``*_session_id``
# column that is neither a foreign key nor listed here.
SIDE_REFERENCES: dict[tuple[str, str], str] = {
    ("note_moves", "from_client_id"): "clients",
    ("note_moves", "to_client_id"): "clients",
    ("note_moves", "from_session_id"): "sessions",
    ("note_moves", "to_session_id"): "sessions",
}
ERASED_REFERENCE = 0

# Audit detail keys that name a record, and the table it is in: an entry whose detail names
# an erased record is blanked. Every other key names no client's record (a count, a code).
# tests/storage/test_erasure_coverage.py fails for a key in neither set.
RECORD_DETAIL_KEYS: dict[str, str] = {
    "client": "clients",
    "session": "sessions",
    "first_session": "sessions",
    "to_session": "sessions",
    "note": "notes",
    "amendment": "note_amendments",
    "contract": "contract_versions",
    "superseded_by": "contract_versions",
    "boundary": "client_boundaries",
    "event": "boundary_events",
    "from_client": "clients",  # where a note filed in error was
    "from_session": "sessions",
    "risk": "risk_entries",
    "score": "scores",
    "reflection": "reflections",
    "rupture": "ruptures",
    "term": "redaction_terms",
}
OTHER_DETAIL_KEYS = frozenset(
    {
        "sessions",  # how many
        "clients",  # how many
        "template",
        "status",
        "format",
        "to",
        "seed",
        "key_counter",
        "from_version",
        "to_version",
        "version",
        "result",
        "backup",
        "backups",
        "erasure",
        "scope",
        "rule",
        "number",  # a contract version's number for its client
        "how",  # how a contract was agreed
        "document",  # "contract" or "comparison"
        "event_kind",  # a boundary event's kind
        "level",  # a risk's level
        "ending",  # how work ended: an EndingKind value
        "break",  # a practice break's id: the practice's, not a client's
        "moved",  # how many sessions
        "cancelled",  # how many sessions
        "removed",  # how many sessions
        "measure",  # a measure's id: a shipped one, or the practitioner's own
        "flag",  # a possible-rupture flag's kind
        "supervision",  # a supervision session's id: the practitioner's own log
    }
)


@dataclass(frozen=True)
class Edge:
    """``table.column`` refers to ``parent.parent_column``, deleting with it."""

    table: str
    column: str
    parent: str
    parent_column: str


def _tables(conn: Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {name: sql or "" for name, sql in rows}


def _virtual(tables: dict[str, str]) -> set[str]:
    """Virtual tables and the tables each keeps for itself (``<name>_data`` …)."""
    virtual = {n for n, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL")}
    return virtual | {n for n in tables for v in virtual if n.startswith(f"{v}_")}


def primary_key(conn: Connection, table: str) -> str:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    return keys[0] if len(keys) == 1 else "rowid"


def _foreign_keys(conn: Connection, table: str) -> list[tuple[Edge, str]]:
    out = []
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
        parent, column, to, on_delete = row[2], row[3], row[4], row[6]
        to = to or primary_key(conn, parent)
        out.append((Edge(table, column, parent, to), str(on_delete).upper()))
    return out


def client_tables(conn: Connection) -> dict[str, list[Edge]]:
    """Every table whose rows belong to a client, with its shortest path of cascading
    foreign keys to ``clients`` (``clients`` itself: an empty path)."""
    children: dict[str, list[Edge]] = {}
    for table in _tables(conn):
        for edge, on_delete in _foreign_keys(conn, table):
            if on_delete == "CASCADE" and edge.table != edge.parent:
                children.setdefault(edge.parent, []).append(edge)
    paths: dict[str, list[Edge]] = {"clients": []}
    queue = deque(["clients"])
    while queue:
        parent = queue.popleft()
        for edge in children.get(parent, []):
            if edge.table not in paths:
                paths[edge.table] = [edge, *paths[parent]]
                queue.append(edge.table)
    return paths


def uncovered(conn: Connection) -> dict[str, str]:
    """Tables that point at a client's records but would not be erased with them, and why."""
    covered = client_tables(conn)
    tables = _tables(conn)
    problems: dict[str, str] = {}
    for table in tables:
        if table in covered or table in PRACTICE_TABLES:
            continue
        for edge, on_delete in _foreign_keys(conn, table):
            if edge.parent in covered and on_delete != "CASCADE":
                problems[table] = (
                    f"{table}.{edge.column} refers to {edge.parent} ON DELETE {on_delete}, "
                    "not CASCADE"
                )
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if table not in problems and "client_id" in columns:
            problems[table] = f"{table}.client_id is not a foreign key to clients ON DELETE CASCADE"
    for table in tables:
        if table in problems:
            continue
        keyed = {edge.column for edge, _on_delete in _foreign_keys(conn, table)}
        for row in conn.execute(f'PRAGMA table_info("{table}")'):
            column = row[1]
            side = column.endswith(("_client_id", "_session_id")) and column not in keyed
            if side and (table, column) not in SIDE_REFERENCES:
                problems[table] = (
                    f"{table}.{column} names another client's records without a foreign key, "
                    "and erasure does not clear it"
                )
                break
    return problems


def unclassified(conn: Connection) -> list[str]:
    """Tables that are neither a client's, nor derived, nor listed as the practice's."""
    tables = _tables(conn)
    known = set(client_tables(conn)) | _virtual(tables) | set(PRACTICE_TABLES)
    return sorted(set(tables) - known)


def _condition(path: list[Edge], scope: str) -> str:
    """SQL selecting the rows of ``path[0].table`` that belong to the client (one ``?``),
    walking the foreign keys up to ``clients``; process notes only, for that scope."""
    edge = path[0]
    extra = " AND kind = 'process'" if scope == PROCESS_NOTES and edge.table == "notes" else ""
    if edge.parent == "clients":
        return f'"{edge.column}" = ?{extra}'
    parent = _condition(path[1:], scope)
    return (
        f'"{edge.column}" IN (SELECT "{edge.parent_column}" FROM "{edge.parent}" '
        f"WHERE {parent}){extra}"
    )


def where_for(path: list[Edge], scope: str) -> str | None:
    """``WHERE`` text for a table's rows that go in this erasure (one ``?``: the client's
    id), or None when none of them do (a process notes erasure touches only notes and what
    hangs from them)."""
    if not path:
        return None if scope == PROCESS_NOTES else "id = ?"
    if scope == PROCESS_NOTES and not any(e.table == "notes" for e in path):
        return None
    return _condition(path, scope)
