"""The audit trail's table: entries appended inside the caller's unit of work, each chained to
the one before (``domain/audit.py``), and the walk that checks the chain.

The table is append-only: triggers refuse UPDATE and DELETE and any position but the next
(schema 3). A trigger keeps the last entry's position and hash in ``vault_meta``
(``audit_head``), so entries removed from the end are found too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from counsel_desk.domain.audit import (
    BLANK_DETAIL,
    GENESIS,
    AuditEntry,
    AuditKind,
    ChainCheck,
    ChainRow,
    DetailValue,
    canonical_detail,
    check_chain,
    detail_digest,
    entry_hash,
)
from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.repository import Repository, now_utc

HEAD_KEY = "audit_head"
_COLUMNS = "position, at, kind, detail, prev_hash, hash"


class AuditLog(Repository):
    """Write an entry with ``record`` inside the unit of work of the change it records."""

    def record(self, kind: AuditKind, **detail: DetailValue) -> int:
        """Append one entry; returns its position. The caller's unit of work commits it with
        the change it records, or neither."""
        self._writing()
        text = canonical_detail(detail)
        last = self.conn.execute(
            "SELECT position, hash FROM audit_log ORDER BY position DESC LIMIT 1"
        ).fetchone()
        position, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at, code = now_utc(), kind.value
        self.conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (position, at, code, text, prev, entry_hash(position, at, code, text, prev)),
        )
        return position

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        """The newest entries first."""
        rows = self._query(
            "SELECT position, at, kind, detail, detail_digest IS NOT NULL FROM audit_log "
            "ORDER BY position DESC LIMIT ?",
            (limit,),
        )
        return [_entry(r) for r in rows]

    def blank(self, positions: list[int]) -> int:
        """Erasure's one exception to append-only: blank the detail of these entries (they
        name records being erased), keeping the digest their hash is over. Only inside an
        erasure's unit of work (the trigger refuses it otherwise). Returns how many."""
        self._writing()
        done = 0
        for position in positions:
            row = self.conn.execute(
                "SELECT detail FROM audit_log WHERE position = ? AND detail_digest IS NULL",
                (position,),
            ).fetchone()
            if row is None:
                continue
            self.conn.execute(
                "UPDATE audit_log SET detail = ?, detail_digest = ? WHERE position = ?",
                (BLANK_DETAIL, detail_digest(row[0]), position),
            )
            done += 1
        return done

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM audit_log")[0][0])

    def check(self) -> ChainCheck:
        """Walk the whole chain (read-only) and name the first entry that does not fit."""
        return walk_chain(self.conn)


def _entry(row: tuple) -> AuditEntry:
    return AuditEntry(
        position=row[0],
        at=dt.datetime.fromisoformat(row[1]),
        kind=AuditKind(row[2]),
        detail=json.loads(row[3]),
        erased=bool(row[4]),
    )


def read_head(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if row is None:
        return None
    position, _, digest = str(row[0]).partition(" ")
    return (int(position), digest) if position.isdigit() else (-1, digest)


def walk_chain(conn: Connection) -> ChainCheck:
    """Read every entry in order (streamed) and check the chain; nothing is written."""
    try:
        head = read_head(conn)
        return check_chain(_rows(conn), head)
    except DatabaseError as exc:
        raise translate(exc) from exc


def _rows(conn: Connection) -> Iterator[ChainRow]:
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
    kept = ", detail_digest" if "detail_digest" in columns else ""  # schema 4 and later
    yield from conn.execute(f"SELECT {_COLUMNS}{kept} FROM audit_log ORDER BY position")
