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
        heads = self._query(
            f"SELECT id, client_id, session_id, on_date FROM reflections WHERE {where} "
            "ORDER BY on_date, id",
            params,
        )
        if not heads:
            return []
        found: dict[int, list[tuple[int, str, int, str]]] = {h[0]: [] for h in heads}
        for reflection_id, condition, rating, word in self._query(
            "SELECT rr.reflection_id, rr.condition, rr.rating, rr.word FROM reflection_ratings rr "
            f"JOIN reflections ON reflections.id = rr.reflection_id WHERE {where}",
            params,
        ):
            found[reflection_id].append((_ORDER[condition], condition, rating, word))
        out = []
        for h in heads:
            rows = found[h[0]]
            if not rows:
                continue
            rows.sort()  # in the order of the conditions
            out.append(
                Reflection(
                    client_id=h[1],
                    on=dt.date.fromisoformat(h[3]),
                    ratings=tuple(ConditionRating(_CONDITION[c], r, w) for _n, c, r, w in rows),
                    session_id=h[2],
                    id=h[0],
                )
            )
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
