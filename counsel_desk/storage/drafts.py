"""Autosave: the editor's unsaved text, one row per note, replaced in one statement."""

from __future__ import annotations

from counsel_desk.domain.notes import Draft, PendingDraft
from counsel_desk.storage.repository import Repository, now_utc
from counsel_desk.storage.rows import build_row


class DraftRepository(Repository):
    def put(
        self, note_id: int, title: str | None, body: str, cursor: int, base_revision: int | None
    ) -> bool:
        """One INSERT OR REPLACE; text equal to the saved note drops the draft instead.
        False if the note is missing or finalised. ``title`` None keeps the note's title."""
        self._writing()
        cur = self.conn.execute(
            "INSERT OR REPLACE INTO drafts (note_id, cursor, saved_at, base_revision, title, "
            "body) SELECT id, ?, ?, coalesce(?, revision), coalesce(?, title), ? FROM notes "
            "WHERE id = ? AND status = 'draft' "
            "AND (body IS NOT ? OR title IS NOT coalesce(?, title))",
            (cursor, now_utc(), base_revision, title, body, note_id, body, title),
        )
        if cur.rowcount:
            return True
        is_draft = self._query("SELECT 1 FROM notes WHERE id = ? AND status = 'draft'", (note_id,))
        if is_draft:
            self.conn.execute("DELETE FROM drafts WHERE note_id = ?", (note_id,))
        return bool(is_draft)

    def get(self, note_id: int) -> Draft | None:
        rows = self._query(
            "SELECT note_id, title, body, cursor, saved_at, base_revision FROM drafts "
            "WHERE note_id = ?",
            (note_id,),
        )
        return build_row(Draft, rows[0]) if rows else None

    def pending(self) -> list[PendingDraft]:
        """Every draft: one is only kept while its text differs from the saved note."""
        rows = self._query(
            "SELECT n.id, n.session_id, c.code, n.kind, d.title, d.saved_at, "
            "d.base_revision != n.revision FROM drafts d JOIN notes n ON n.id = d.note_id "
            "JOIN clients c ON c.id = n.client_id ORDER BY d.saved_at"
        )
        return [build_row(PendingDraft, r) for r in rows]

    def discard(self, note_id: int) -> None:
        self._writing()
        self.conn.execute("DELETE FROM drafts WHERE note_id = ?", (note_id,))
