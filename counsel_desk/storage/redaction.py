"""Each client's redaction list (schema ``supervision``): the terms added by hand. Their own
names come from their identity when the list is used, so they never go stale."""

from __future__ import annotations

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc


class RedactionRepository(Repository):
    def terms(self, client_id: int) -> list[tuple[int, str]]:
        """(id, term) in the order they were added."""
        return [
            (i, t)
            for i, t in self._query(
                "SELECT id, term FROM redaction_terms WHERE client_id = ? ORDER BY id",
                (client_id,),
            )
        ]

    def add(self, client_id: int, term: str) -> int:
        self._writing()
        try:
            cur = self.conn.execute(
                "INSERT INTO redaction_terms (client_id, term, created_at) VALUES (?, ?, ?)",
                (client_id, term, now_utc()),
            )
        except IntegrityError as exc:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists.")) from exc
        return int(cur.lastrowid)

    def remove(self, client_id: int, term_id: int) -> None:
        self._writing()
        cur = self.conn.execute(
            "DELETE FROM redaction_terms WHERE id = ? AND client_id = ?", (term_id, client_id)
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That term is no longer on the list."))
