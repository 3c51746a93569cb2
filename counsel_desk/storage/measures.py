"""The practitioner's own measures, kept as their definitions' plain values (JSON). The
shipped measures are files in the package (``domain/measure_files.py``), never rows here."""

from __future__ import annotations

import json
from typing import Any

from counsel_desk.storage.repository import Repository, now_utc


class MeasureRepository(Repository):
    def own(self) -> list[tuple[str, dict[str, Any]]]:
        """Each own measure's id and definition as stored, oldest first."""
        rows = self._query("SELECT id, definition FROM measures ORDER BY created_at, id")
        return [(r[0], json.loads(r[1])) for r in rows]

    def ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM measures")]

    def add(self, measure_id: str, definition: dict[str, Any]) -> None:
        self._writing()
        self.conn.execute(
            "INSERT INTO measures (id, definition, created_at) VALUES (?, ?, ?)",
            (measure_id, json.dumps(definition, sort_keys=True, ensure_ascii=False), now_utc()),
        )
