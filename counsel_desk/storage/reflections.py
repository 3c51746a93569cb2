"""The practitioner's reflections after sessions: one per session, its ratings a row each."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
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
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That client or session no longer exists.")
            ) from exc
        self.conn.executemany(
            "INSERT INTO reflection_ratings (reflection_id, condition, rating, word) "
            "VALUES (?, ?, ?, ?)",
            [(reflection_id, r.condition.value, r.rating, r.word) for r in reflection.ratings],
        )
        return reflection_id

    def _load(self, where: str, params: Sequence[object]) -> list[Reflection]:
        """Reflections with their ratings, a row each with the ratings gathered as JSON by
        SQLite (a ten-year client's 91 rows rather than 728: handing rows to Python was
        most of the cost), each rating in the order of the conditions; a reflection
        without a rating is left out, as a join would. Equal ratings are one shared
        (frozen) value, since 800 ratings are a few dozen kinds."""
        out: list[Reflection] = []
        shared: dict[tuple[str, int, str], ConditionRating] = {}
        order, loads, day = _ORDER.__getitem__, json.loads, dt.date.fromisoformat
        for reflection_id, client_id, session_id, on, gathered in self._query(
            "SELECT r.id, r.client_id, r.session_id, r.on_date, "
            "(SELECT json_group_array(json_array(rr.condition, rr.rating, rr.word)) "
            "FROM reflection_ratings rr WHERE rr.reflection_id = r.id) "
            f"FROM reflections r WHERE {where} ORDER BY r.on_date, r.id",
            params,
        ):
            ratings = []
            for condition, rating, word in sorted(loads(gathered), key=lambda t: order(t[0])):
                key = (condition, rating, word)
                found = shared.get(key)
                if found is None:
                    found = shared[key] = ConditionRating(_CONDITION[condition], rating, word)
                ratings.append(found)
            if ratings:
                out.append(
                    Reflection(
                        client_id=client_id,
                        on=day(on),
                        ratings=tuple(ratings),
                        session_id=session_id,
                        id=reflection_id,
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
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That reflection no longer exists."))
        return found[0]
