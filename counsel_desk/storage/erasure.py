"""Erasing a client, or a client's process notes, from every table that holds them.

Which tables hold a client's data is read from the schema itself: every table that reaches
``clients`` through foreign keys that all say ``ON DELETE CASCADE`` (``client_tables``), so
a table added later is covered the moment its foreign key says so. Tables that hold no
client's data are named in ``PRACTICE_TABLES`` with why, and the search index is derived
from notes (its rows go with them, by trigger). ``uncovered`` names any other table that
points at a client's records without cascading, or has a ``client_id`` without a foreign
key: an erasure refuses to start while one exists, and ``tests/storage/
test_erasure_coverage.py`` fails on it, so a table someone adds is caught at merge.

One erasure is one unit of work: the mark in ``erasure_in_progress`` (which lets the two
triggers make their exception), the counts, the audit entries naming the erased records
blanked (their digests kept), the delete (cascading), a check that nothing of the client is
left in any of their tables, the mark removed, the erasure record and its audit entry: the
records are gone when it commits (0.1–0.3 s for a client with ten years of notes). The
search index only marks the deleted notes' entries as deleted meanwhile. Then the rewrite
(``scrub``): the index merged whole without them, the database rewritten into fresh pages,
and the log checkpointed and truncated, so no earlier version of an erased page stays in
``vault.db-wal``; it takes seconds on a large vault, so the app runs it on a worker with a
note on screen, and the next unlock finishes one that was stopped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.repository import Repository, now_utc

log = logging.getLogger(__name__)

SCRUB_CACHE_KIB = 64 * 1024
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


class ErasureBlocked(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "Nothing was erased: this vault holds a kind of client record that Counsel Desk does "
        "not know how to erase yet. Please report this.",
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


def _primary_key(conn: Connection, table: str) -> str:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    return keys[0] if len(keys) == 1 else "rowid"


def _foreign_keys(conn: Connection, table: str) -> list[tuple[Edge, str]]:
    out = []
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
        parent, column, to, on_delete = row[2], row[3], row[4], row[6]
        to = to or _primary_key(conn, parent)
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


def _where(path: list[Edge], scope: str) -> str | None:
    """``WHERE`` text for a table's rows that go in this erasure (one ``?``: the client's
    id), or None when none of them do (a process notes erasure touches only notes and what
    hangs from them)."""
    if not path:
        return None if scope == PROCESS_NOTES else "id = ?"
    if scope == PROCESS_NOTES and not any(e.table == "notes" for e in path):
        return None
    return _condition(path, scope)


def _search_indexes(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    return [name for name, sql in rows if "USING FTS5" in sql.upper().replace("  ", " ")]


@contextlib.contextmanager
def _index_marked(conn: Connection) -> Iterator[None]:
    """Delete inside with each search index's ``secure-delete`` off: the deleted notes'
    entries are marked as deleted, so no search finds them, and their words are taken out
    of the index's pages by the rewrite that follows the erasure (``scrub``: the index
    merged whole, then the database rewritten).

    FTS5's own ``secure-delete`` removes a deleted note's words from every segment of the
    index one by one: for a client with ten years of notes that took 4–9 s, against 0.03 s
    to mark them. The setting goes back as it was, in the same transaction."""
    indexes = _search_indexes(conn)
    before = {}
    for name in indexes:
        row = conn.execute(f"SELECT v FROM \"{name}_config\" WHERE k = 'secure-delete'").fetchone()
        before[name] = int(row[0]) if row else 0
        conn.execute(f'INSERT INTO "{name}" ("{name}", rank) VALUES (\'secure-delete\', 0)')
    yield
    for name in indexes:
        conn.execute(
            f'INSERT INTO "{name}" ("{name}", rank) VALUES (\'secure-delete\', ?)',
            (before[name],),
        )


class ErasureRepository(Repository):
    """Counting and erasing one client's records (``scope``: the client, or their process
    notes), and the erasure records."""

    def counts(
        self, client_id: int, scope: str, paths: dict[str, list[Edge]] | None = None
    ) -> dict[str, int]:
        """How many rows of each kind would go, by kind (notes split into session and
        process notes), plus the audit entries that would be made anonymous. ``paths``:
        ``client_tables``, when the caller has read them already (the schema is walked
        once per erasure, not once per table)."""
        paths = paths if paths is not None else client_tables(self.conn)
        found: dict[str, int] = {}
        for table, path in paths.items():
            where = _where(path, scope)
            if where is None:
                continue
            if table == "notes":
                for kind in ("session", "process"):
                    if scope == PROCESS_NOTES and kind == "session":
                        continue
                    n = self._count(
                        f"SELECT count(*) FROM notes WHERE {where} AND kind = ?", (client_id, kind)
                    )
                    found[f"{kind}_notes"] = n
                continue
            found[table] = self._count(
                f'SELECT count(*) FROM "{table}" WHERE {where}', (client_id,)
            )
        found["audit_entries"] = len(self.audit_positions(client_id, scope, paths))
        return {k: v for k, v in found.items() if v}

    def _clear_side_references(self, client_id: int) -> list[int]:
        """Before the client's rows go, other clients' rows naming them name no one
        (``SIDE_REFERENCES``); returns the client's session ids, for the check after."""
        sessions = [
            r[0] for r in self._query("SELECT id FROM sessions WHERE client_id = ?", (client_id,))
        ]
        for (table, column), parent in SIDE_REFERENCES.items():
            ids = [client_id] if parent == "clients" else sessions
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                self.conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? '
                    f'WHERE "{column}" IN ({", ".join("?" * len(chunk))})',
                    (ERASED_REFERENCE, *chunk),
                )
        return sessions

    def _side_references_left(self, client_id: int, sessions: list[int]) -> dict[str, int]:
        """Rows still naming the erased client or one of their sessions: none expected."""
        left: dict[str, int] = {}
        for (table, column), parent in SIDE_REFERENCES.items():
            ids = [client_id] if parent == "clients" else sessions
            n = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                n += self._count(
                    f'SELECT count(*) FROM "{table}" '
                    f'WHERE "{column}" IN ({", ".join("?" * len(chunk))})',
                    tuple(chunk),
                )
            if n:
                left[f"{table}.{column}"] = n
        return left

    def _count(self, sql: str, params: tuple) -> int:
        return int(self._query(sql, params)[0][0])

    def _ids(self, table: str, scope: str, paths: dict[str, list[Edge]]) -> str | None:
        """SQL selecting the ids (primary keys) of the client's rows in ``table``."""
        if table not in paths:
            return None
        where = _where(paths[table], scope)
        if where is None:
            return None
        return f'SELECT "{_primary_key(self.conn, table)}" FROM "{table}" WHERE {where}'

    def audit_positions(
        self, client_id: int, scope: str, paths: dict[str, list[Edge]] | None = None
    ) -> list[int]:
        """Audit entries whose detail names one of the records that would be erased."""
        paths = paths if paths is not None else client_tables(self.conn)
        clauses, params = [], []
        for key, table in RECORD_DETAIL_KEYS.items():
            ids = self._ids(table, scope, paths)
            if ids is None:
                continue
            clauses.append(f"json_extract(detail, '$.{key}') IN ({ids})")
            params.append(client_id)
        if not clauses:
            return []
        rows = self._query(
            "SELECT position FROM audit_log WHERE detail_digest IS NULL AND detail != '{}' "
            f"AND ({' OR '.join(clauses)}) ORDER BY position",
            params,
        )
        return [r[0] for r in rows]

    def erase(
        self, client_id: int, code: str, scope: str, rule: str, copies: list[dict[str, str]]
    ) -> tuple[int, dict[str, int]]:
        """Erase inside the caller's unit of work; returns the erasure record's id and the
        counts. Refuses (nothing changed) if a table would keep any of the client's data."""
        self._writing()
        problems = uncovered(self.conn)
        if problems:
            log.error("erasure refused: %s", problems)
            raise ErasureBlocked()
        try:
            paths = client_tables(self.conn)
            counts = self.counts(client_id, scope, paths)
            self.conn.execute(
                "INSERT INTO erasure_in_progress (client_id, scope) VALUES (?, ?)",
                (client_id, scope),
            )
            AuditLog(self.conn).blank(self.audit_positions(client_id, scope, paths))
            with _index_marked(self.conn):
                if scope == CLIENT:
                    sessions = self._clear_side_references(client_id)
                    self.conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
                else:
                    self.conn.execute(
                        "DELETE FROM notes WHERE client_id = ? AND kind = 'process'", (client_id,)
                    )
            left = {k: v for k, v in self.counts(client_id, scope, paths).items() if v}
            if scope == CLIENT:
                left.update(self._side_references_left(client_id, sessions))
            if left:
                log.error("erasure left rows behind: %s", left)
                raise ErasureBlocked(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Nothing was erased: some of the records would have stayed behind "
                            "({tables}). Please report this.",
                        ),
                        tables=", ".join(sorted(left)),
                    )
                )
            self.conn.execute("DELETE FROM erasure_in_progress")
            cur = self.conn.execute(
                "INSERT INTO erasures (at, client_code, scope, rule, counts, copies) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    now_utc(),
                    code,
                    scope,
                    rule,
                    json.dumps(counts, sort_keys=True),
                    json.dumps(copies),
                ),
            )
        except DatabaseError as exc:
            raise translate(exc) from exc
        return int(cur.lastrowid), counts

    def scrub_pending(self) -> bool:
        """Whether an erasure is still to be followed by rewriting the database."""
        return bool(self._query("SELECT 1 FROM erasures WHERE scrubbed_at IS NULL LIMIT 1"))

    def scrub(self) -> None:
        """Take the erased words out of every page, outside any unit of work: each search
        index merged into one segment (``optimize``: the entries the erasure marked as
        deleted are left out, the old segments' pages freed and zeroed by
        ``secure_delete``), then the whole database rewritten into fresh pages
        (``VACUUM``). ``secure_delete`` zeroes what a delete frees, but when SQLite
        rebalances a b-tree it rebuilds pages without clearing the space below their new
        content: an erased note's words can stay there, in a live page of another table
        (found by the walk-through of issue #15 in the search index's pages). Only a
        rewrite leaves no trace; the checkpoint that follows puts the new pages in
        ``vault.db``. A larger page cache for its duration keeps the merged index's pages
        from being written out twice."""
        if self.conn.in_transaction:
            raise RuntimeError("a scrub runs outside any transaction")
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{SCRUB_CACHE_KIB}")
        try:
            for name in _search_indexes(self.conn):
                self.conn.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'optimize\')')
            self.conn.execute("VACUUM")
        except DatabaseError as exc:
            raise translate(exc) from exc
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    def scrubbed(self) -> None:
        self._writing()
        self.conn.execute(
            "UPDATE erasures SET scrubbed_at = ? WHERE scrubbed_at IS NULL", (now_utc(),)
        )

    def checkpoint(self, attempts: int = 40) -> bool:
        """Copy the log into the database and truncate it, so that no earlier version of an
        erased page stays in ``vault.db-wal``. A search reading at that moment holds it back
        for a little while: tried again for up to two seconds. Whether it completed (if
        not, the next checkpoint, at the latest on locking, completes it)."""
        for _ in range(attempts):
            try:
                busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except DatabaseError as exc:
                raise translate(exc) from exc
            if not busy:
                return True
            time.sleep(0.05)
        log.warning("the checkpoint after an erasure did not complete")
        return False

    def records(self) -> list[tuple]:
        return self._query(
            "SELECT id, at, client_code, scope, rule, counts, copies, copies_removed_at "
            "FROM erasures ORDER BY id DESC"
        )

    def record(self, erasure_id: int) -> tuple | None:
        rows = self._query(
            "SELECT id, at, client_code, scope, rule, counts, copies, copies_removed_at "
            "FROM erasures WHERE id = ?",
            (erasure_id,),
        )
        return rows[0] if rows else None

    def copies_removed(self, erasure_id: int) -> None:
        self._writing()
        self.conn.execute(
            "UPDATE erasures SET copies_removed_at = ? WHERE id = ?", (now_utc(), erasure_id)
        )


def record_erasure(conn: Connection, erasure_id: int, scope: str, rule: str) -> None:
    AuditLog(conn).record(AuditKind.CLIENT_ERASED, erasure=erasure_id, scope=scope, rule=rule)
