"""Erasing a client, or a client's process notes, from every table that holds them.

Which tables hold a client's data is read from the schema itself (``erasure_schema.py``:
every table reached from ``clients`` by ON DELETE CASCADE, the practice's own tables listed
with why, columns naming another client's records to clear); an erasure refuses to start
while ``uncovered`` names anything.

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
from collections.abc import Iterator

from counsel_desk.domain.audit import AuditKind
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.storage.audit import AuditLog
from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.erasure_schema import (
    CLIENT,
    ERASED_REFERENCE,
    PROCESS_NOTES,
    RECORD_DETAIL_KEYS,
    SIDE_REFERENCES,
    Edge,
    client_tables,
    primary_key,
    uncovered,
    where_for,
)
from counsel_desk.storage.repository import Repository, now_utc

log = logging.getLogger(__name__)

SCRUB_CACHE_KIB = 64 * 1024


class ErasureBlocked(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "Nothing was erased: this vault holds a kind of client record that Counsel Desk does "
        "not know how to erase yet. Please report this.",
    )


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
            where = where_for(path, scope)
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
        where = where_for(paths[table], scope)
        if where is None:
            return None
        return f'SELECT "{primary_key(self.conn, table)}" FROM "{table}" WHERE {where}'

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
