"""The open export's tables: one registry entry per table group (aggregate), each read a
client at a time and written back with the same ids (docs/export-format.schema.json).

Only this module knows the SQL; the services stream, validate and write the file. A table
added later is one ``Part`` here, or one line in ``LEFT_OUT`` with the reason it stays
behind (tests/storage/test_open_format.py fails until it is one or the other).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from counsel_desk.storage.db import Connection, open_memory
from counsel_desk.storage.migrate import migrate

FORMAT_NAME = "counsel-desk-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Part:
    """A table in the export: ``key`` is its name in the file, ``link`` the column naming
    its parent row (implied by where it sits in the file, so not written), ``single`` a
    table of one row (an object, not a list)."""

    key: str
    table: str
    description: str
    link: str | None = None
    single: bool = False
    children: tuple[Part, ...] = field(default_factory=tuple)


NOTE = Part(
    "notes",
    "notes",
    "The notes written for the session, of every kind (session notes and process notes), "
    "drafts and finalised; tags are one a line in `tags`.",
    link="session_id",
    children=(
        Part(
            "amendments", "note_amendments", "Amendments appended to a finalised note.", "note_id"
        ),
        Part("draft", "drafts", "The editor's autosaved, unsaved text.", "note_id", single=True),
        Part(
            "moves", "note_moves", "Where a note filed in error was moved from, and why.", "note_id"
        ),
    ),
)

CLIENT = Part(
    "clients",
    "clients",
    "Every client, one at a time, with everything held about them.",
    children=(
        Part("identity", "client_identity", "Who the client is.", "client_id", single=True),
        Part("redaction_terms", "redaction_terms", "The client's redaction list.", "client_id"),
        Part(
            "retention_holds", "retention_holds", "Decisions to keep records longer.", "client_id"
        ),
        Part(
            "sessions",
            "sessions",
            "Sessions booked, with their attendance.",
            "client_id",
            children=(NOTE,),
        ),
        Part(
            "contract_versions",
            "contract_versions",
            "The client's contract, version by version.",
            "client_id",
            children=(
                Part("clauses", "contract_clauses", "The version's own clauses.", "version_id"),
            ),
        ),
        Part("boundaries", "client_boundaries", "Boundaries added for this client.", "client_id"),
        Part("boundary_events", "boundary_events", "What tested a boundary.", "client_id"),
        Part(
            "risk_entries",
            "risk_entries",
            "The risk and safeguarding log.",
            "client_id",
            children=(Part("reviews", "risk_reviews", "Each review of the entry.", "risk_id"),),
        ),
        Part("scores", "scores", "Scores on measures.", "client_id"),
        Part(
            "reflections",
            "reflections",
            "The practitioner's reflections after sessions.",
            "client_id",
            children=(
                Part("ratings", "reflection_ratings", "One rating per condition.", "reflection_id"),
            ),
        ),
        Part("ruptures", "ruptures", "Ruptures and their repair.", "client_id"),
        Part(
            "flag_dismissals", "flag_dismissals", "Possible-rupture flags set aside.", "client_id"
        ),
    ),
)

# The file's top level, in the order written.
PARTS: tuple[Part, ...] = (
    Part("practice", "practice_profile", "The practice profile.", single=True),
    Part("retention_policy", "retention_policy", "How long records are kept.", single=True),
    Part(
        "supervision_settings",
        "supervision_settings",
        "The day the registration year begins.",
        single=True,
    ),
    Part("measures", "measures", "The practitioner's own measures (definitions as JSON)."),
    Part("note_templates", "note_templates", "The practitioner's own note templates."),
    Part("practice_breaks", "practice_breaks", "Days the practice is closed."),
    CLIENT,
    Part(
        "supervision_sessions",
        "supervision_sessions",
        "The supervision log.",
        children=(
            Part(
                "clients",
                "supervision_clients",
                "The clients discussed, by id.",
                "supervision_id",
            ),
        ),
    ),
    Part("audit", "audit_log", "The audit trail, entry by entry, as chained."),
)

# Tables deliberately not exported, and why.
LEFT_OUT: dict[str, str] = {
    "vault_meta": "this vault's own bookkeeping (its id, key counter, audit head)",
    "note_tags": "rebuilt on import from each note's `tags`",
    "notes_fts": "the search index, rebuilt from the notes on import",
    "backups": "where this vault's backup files were written, meaningless for another vault",
    "erasures": "names copies of this vault's files; erased data is not in the export anyway",
    "erasure_in_progress": "empty outside an erasure's own transaction",
}


def open_schema_only() -> Connection:
    """An empty database in memory at the latest schema (nothing private in it), to read
    the tables' columns before a vault exists (an import's check). The caller closes it."""
    conn = open_memory()
    try:
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def all_parts() -> Iterator[Part]:
    stack = list(PARTS)
    while stack:
        part = stack.pop()
        yield part
        stack.extend(part.children)


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # INTEGER, TEXT or REAL
    nullable: bool


# Lifted while an import writes, and put back before it commits: adding clauses to an
# agreed contract is refused; the notes' search entries and tag mirror are made once.
_LIFTED = (
    "contract_clauses_added_locked",
    "notes_fts_insert",
    "notes_fts_amended",
    "note_tags_added",
)


class OpenFormatTables:
    """Reads rows for the export and writes them back for an import, on one connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._columns: dict[str, tuple[Column, ...]] = {}
        self._keys: dict[str, tuple[str, ...]] = {}

    def table_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ).fetchall()
        names = [r[0] for r in rows]
        virtual = {
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        }
        # shadow tables of a virtual table (notes_fts_data …) belong to it
        return sorted(
            [n for n in names if not any(n.startswith(f"{v}_") for v in virtual)] + list(virtual)
        )

    def columns(self, part: Part) -> tuple[Column, ...]:
        """The table's columns as written in the file (the parent's link left out)."""
        if part.table not in self._columns:
            info = self.conn.execute(f"PRAGMA table_info({part.table})").fetchall()
            cols = tuple(
                Column(row[1], row[2].upper(), not row[3] and not row[5])
                for row in info
                if row[1] != part.link and not (part.single and row[1] == "id" and not part.link)
            )
            self._columns[part.table] = cols
            self._keys[part.table] = tuple(
                row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]
            ) or ("rowid",)
        return self._columns[part.table]

    def rows(self, part: Part, parent: int | None = None) -> Iterator[dict[str, Any]]:
        cols = self.columns(part)
        names = ", ".join(c.name for c in cols)
        order = ", ".join(self._keys[part.table])
        if part.link is None:
            cursor = self.conn.execute(f"SELECT {names} FROM {part.table} ORDER BY {order}")
        else:
            cursor = self.conn.execute(
                f"SELECT {names} FROM {part.table} WHERE {part.link} = ? ORDER BY {order}",
                (parent,),
            )
        for values in cursor:
            yield dict(zip((c.name for c in cols), values, strict=True))

    def row(self, part: Part, row_id: int) -> dict[str, Any] | None:
        """One top-level record by its id (a client's, for a subject access bundle)."""
        cols = self.columns(part)
        names = ", ".join(c.name for c in cols)
        values = self.conn.execute(
            f"SELECT {names} FROM {part.table} WHERE id = ?", (row_id,)
        ).fetchone()
        return None if values is None else dict(zip((c.name for c in cols), values, strict=True))

    def parent_id(self, part: Part, row: dict[str, Any]) -> int:
        """What the children of ``row`` name it by (its id; a version's or note's id)."""
        return row["id"]

    # --- writing (inside the caller's unit of work) ------------------------------------
    def begin_import(self) -> list[str]:
        """Defer foreign keys to the commit (a session names a later one) and lift the
        triggers that refuse rows added to signed records, and those that index each note
        as it goes in (the index is built once, at the end); returns their SQL to restore."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        lifted = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(_LIFTED))})",
            _LIFTED,
        ).fetchall()
        for name, _sql in lifted:
            self.conn.execute(f"DROP TRIGGER {name}")
        return [sql for _name, sql in lifted]

    def end_import(self, lifted: list[str]) -> None:
        """The search index built in one statement from the notes and their amendments (as
        the lifted triggers would have), then the triggers put back."""
        self.conn.execute(
            "INSERT INTO notes_fts (rowid, title, body, tags, amendments) "
            "SELECT n.id, n.title, n.body, n.tags, coalesce(("
            "  SELECT group_concat(a.body, char(10) ORDER BY a.id) FROM note_amendments a"
            "  WHERE a.note_id = n.id), '') FROM notes n ORDER BY n.id"
        )
        for sql in lifted:
            self.conn.execute(sql)

    def insert(self, part: Part, row: dict[str, Any], parent: int | None = None) -> None:
        cols = self.columns(part)
        names = [c.name for c in cols]
        values = [row[n] for n in names]
        if part.link is not None:
            names.append(part.link)
            values.append(parent)
        if part.single:
            where = f"{part.link} = ?" if part.link else "1 = 1"
            exists = self.conn.execute(
                f"SELECT 1 FROM {part.table} WHERE {where}", (parent,) if part.link else ()
            ).fetchone()
            if exists:
                sets = ", ".join(f"{n} = ?" for n in names)
                self.conn.execute(
                    f"UPDATE {part.table} SET {sets} WHERE {where}",
                    [*values, *((parent,) if part.link else ())],
                )
                return
        marks = ", ".join("?" * len(names))
        self.conn.execute(f"INSERT INTO {part.table} ({', '.join(names)}) VALUES ({marks})", values)
        if part.table == "notes" and row.get("tags"):
            self.conn.executemany(
                "INSERT INTO note_tags (note_id, tag) VALUES (?, ?)",
                [(row["id"], tag) for tag in row["tags"].split("\n")],
            )
