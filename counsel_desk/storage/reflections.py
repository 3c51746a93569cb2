"""The practitioner's reflections after sessions: one per session, its ratings a row each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.reflection import Condition, ConditionRating, Reflection
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc

_ORDER = {c.value: n for n, c in enumerate(Condition)}
_CONDITION = {c.value: c for c in Condition}


class ReflectionRepository(Repository):
    def save(self, reflection: Reflection) -> int:
        """Keep ``reflection``; one already kept for its session is replaced (same id)."""
        self._writing()
        stamp = now_utc()
        existing = None
        if reflection.session_id is not None:
            rows = self._query(
                "SELECT id FROM reflections WHERE session_id = ?", (reflection.session_id,)
            )
            existing = rows[0][0] if rows else None
        try:
            if existing is None:
                cur = self.conn.execute(
                    "INSERT INTO reflections (client_id, session_id, on_date, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?)",
                    (
                        reflection.client_id,
                        reflection.session_id,
                        reflection.on.isoformat(),
                        stamp,
                        stamp,
                    ),
                )
                reflection_id = int(cur.lastrowid)
            else:
                reflection_id = existing
                self.conn.execute(
                    "UPDATE reflections SET on_date = ?, updated_at = ? WHERE id = ?",
                    (reflection.on.isoformat(), stamp, reflection_id),
                )
                self.conn.execute(
                    "DELETE FROM reflection_ratings WHERE reflection_id = ?", (reflection_id,)
                )
        except IntegrityError as exc:
            raise NotFound("That client or session no longer exists.") from exc
        self.conn.executemany(
            "INSERT INTO reflection_ratings (reflection_id, condition, rating, word) "
            "VALUES (?, ?, ?, ?)",
            [(reflection_id, r.condition.value, r.rating, r.word) for r in reflection.ratings],
        )
        return reflection_id

    def _load(self, where: str, params: Sequence[object]) -> list[Reflection]:
        """Reflections with their ratings in one query (a reflection has at least one), each
        rating in the order of the conditions; equal ratings are one shared (frozen) value,
        since a ten-year client's 150 reflections hold some 800 of a few dozen kinds."""
        out: list[Reflection] = []
        head: tuple | None = None
        rows: list[tuple[int, str, int, str]] = []
        shared: dict[tuple[str, int, str], ConditionRating] = {}

        def close() -> None:
            rows.sort()
            ratings = []
            for _n, condition, rating, word in rows:
                key = (condition, rating, word)
                found = shared.get(key)
                if found is None:
                    found = shared[key] = ConditionRating(_CONDITION[condition], rating, word)
                ratings.append(found)
            out.append(
                Reflection(
                    client_id=head[1],
                    on=dt.date.fromisoformat(head[3]),
                    ratings=tuple(ratings),
                    session_id=head[2],
                    id=head[0],
                )
            )

        for row in self._query(
            "SELECT reflections.id, reflections.client_id, reflections.session_id, "
            "reflections.on_date, rr.condition, rr.rating, rr.word FROM reflections "
            f"JOIN reflection_ratings rr ON rr.reflection_id = reflections.id WHERE {where} "
            "ORDER BY reflections.on_date, reflections.id",
            params,
        ):
            if head is None or row[0] != head[0]:
                if head is not None:
                    close()
                head, rows = row[:4], []
            rows.append((_ORDER[row[4]], row[4], row[5], row[6]))
        if head is not None:
            close()
        return out

    def for_client(self, client_id: int) -> list[Reflection]:
        return self._load("client_id = ?", (client_id,))

    def for_session(self, session_id: int) -> Reflection | None:
        found = self._load("session_id = ?", (session_id,))
        return found[0] if found else None

    def get(self, reflection_id: int) -> Reflection:
        found = self._load("id = ?", (reflection_id,))
        if not found:
            raise NotFound("That reflection no longer exists.")
        return found[0]
