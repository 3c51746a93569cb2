"""The audit trail: what happened to the vault, never what was written in it."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.audit import AuditEvent
from counsel_desk.storage.db import Connection, transaction
from counsel_desk.storage.repository import Repository, now_utc


class AuditRepository(Repository):
    def append(self, event: str, detail: str = "") -> None:
        with transaction(self.conn):
            self.insert(self.conn, event, detail)

    @staticmethod
    def insert(conn: Connection, event: str, detail: str = "") -> None:
        """Write an entry inside a transaction the caller holds (one commit with the change)."""
        conn.execute(
            "INSERT INTO audit_log (at, event, detail) VALUES (?, ?, ?)",
            (now_utc(), event, detail),
        )

    def recent(self, limit: int = 200) -> list[AuditEvent]:
        rows = self._query(
            "SELECT id, at, event, detail FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [
            AuditEvent(
                id=r[0],
                at=dt.datetime.fromisoformat(r[1]),
                event=r[2],
                detail=r[3],
            )
            for r in rows
        ]
