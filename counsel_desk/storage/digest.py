"""What a backup's check compares with the vault: the records in each table, and one
SHA-256 over all of them.

Every table counts except SQLite's own and the search index (a virtual table and the
tables it keeps for itself), which is made from the notes and checked by
``integrity_check``. Rows are read in a fixed order (rowid, or the primary key of a table
without one), 256 at a time, and each batch is hashed as its pickle (protocol 5: every
value with its type and length), so two databases with the same records give the same
digest whatever their pages look like. Both sides of a comparison run the same
interpreter (the check after a backup is a fresh process of the same executable).
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass

from counsel_desk.storage.db import Connection, DatabaseError, translate


@dataclass(frozen=True)
class Contents:
    counts: dict[str, int]  # table -> rows
    digest: str  # SHA-256, hex

    def matches(self, other: Contents) -> bool:
        return self.counts == other.counts and self.digest == other.digest

    def differences(self, other: Contents, most: int = 3) -> list[str]:
        """The first tables whose counts differ, as "notes: 12 in the backup, 11 in the
        vault"; or that the records differ."""
        out = []
        for name in sorted(set(self.counts) | set(other.counts)):
            mine, theirs = self.counts.get(name, 0), other.counts.get(name, 0)
            if mine != theirs:
                out.append(f"{name}: {theirs:,} in the backup, {mine:,} in the vault")
        if not out and self.digest != other.digest:
            out.append("the same number of records, but not the same records")
        return out[:most]


def record_tables(conn: Connection) -> list[str]:
    """Every table that holds records, in name order (not the search index's)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return sorted(
        name
        for name, _sql in rows
        if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
    )


def _order(conn: Connection, table: str) -> str:
    try:
        conn.execute(f'SELECT rowid FROM "{table}" LIMIT 0').fetchall()
        return "rowid"
    except DatabaseError:  # WITHOUT ROWID: its primary key, in order
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        keys = sorted((row[5], row[1]) for row in info if row[5])
        return ", ".join(f'"{name}"' for _pk, name in keys)


BATCH = 256  # small: each batch is pickled holding the GIL, while the UI thread waits


def contents(conn: Connection) -> Contents:
    """Counts and the digest of every record table, read in one pass each (inside the
    caller's read transaction, for a moment's state)."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    try:
        for table in record_tables(conn):
            digest.update(b"T%d:" % len(table) + table.encode("utf-8"))
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY {_order(conn, table)}')
            n = 0
            while rows := cursor.fetchmany(BATCH):
                digest.update(pickle.dumps(rows, protocol=5))
                n += len(rows)
            counts[table] = n
    except DatabaseError as exc:
        raise translate(exc) from exc
    return Contents(counts, digest.hexdigest())
