"""The practitioner's own note templates (built-ins ship as files: ``services/templates.py``)."""

from __future__ import annotations

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.notes import NoteKind, Template
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import Conflict, NotFound
from counsel_desk.storage.repository import Repository, now_utc


class TemplateRepository(Repository):
    _SELECT = "SELECT id, name, kind, description, body FROM note_templates"

    @staticmethod
    def _template(r: tuple) -> Template:
        return Template(f"custom:{r[0]}", r[1], NoteKind(r[2]), r[3], r[4], built_in=False)

    def list(self) -> list[Template]:
        return [self._template(r) for r in self._query(f"{self._SELECT} ORDER BY name")]

    def get(self, template_id: int) -> Template:
        rows = self._query(f"{self._SELECT} WHERE id = ?", (template_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That template no longer exists."))
        return self._template(rows[0])

    def save(
        self, template_id: int | None, name: str, kind: NoteKind, description: str, body: str
    ) -> int:
        stamp = now_utc()
        self._writing()
        try:
            if template_id is None:
                cur = self.conn.execute(
                    "INSERT INTO note_templates (name, kind, description, body, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (name, kind.value, description, body, stamp, stamp),
                )
                return int(cur.lastrowid)
            cur = self.conn.execute(
                "UPDATE note_templates SET name = ?, kind = ?, description = ?, body = ?, "
                "updated_at = ? WHERE id = ?",
                (name, kind.value, description, body, stamp, template_id),
            )
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "That template no longer exists."))
            return template_id
        except IntegrityError as exc:
            raise Conflict(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "You already have a template called {name}."),
                    name=name,
                )
            ) from exc

    def delete(self, template_id: int) -> None:
        self._writing()
        self.conn.execute("DELETE FROM note_templates WHERE id = ?", (template_id,))
