"""Possible-rupture flags set aside by the practitioner, each with the reason (kept)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.rupture_flags import Dismissal
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import Conflict
from counsel_desk.storage.repository import Repository, now_utc

_SELECT = "SELECT id, flag_key, reason, on_date, client_id FROM flag_dismissals"


def _dismissal(r: tuple) -> Dismissal:
    return Dismissal(key=r[1], reason=r[2], on=dt.date.fromisoformat(r[3]), id=r[0])


class DismissalRepository(Repository):
    def add(self, client_id: int, dismissal: Dismissal) -> int:
        self._writing()
        try:
            cur = self.conn.execute(
                "INSERT INTO flag_dismissals (client_id, flag_key, reason, on_date, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (client_id, dismissal.key, dismissal.reason, dismissal.on.isoformat(), now_utc()),
            )
        except IntegrityError as exc:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "That flag was already set aside.")) from exc
        return int(cur.lastrowid)

    def for_client(self, client_id: int) -> list[Dismissal]:
        rows = self._query(f"{_SELECT} WHERE client_id = ? ORDER BY id", (client_id,))
        return [_dismissal(r) for r in rows]

    def for_clients(self, client_ids: Iterable[int]) -> dict[int, list[Dismissal]]:
        ids = sorted(set(client_ids))
        out: dict[int, list[Dismissal]] = {i: [] for i in ids}
        if not ids:
            return out
        marks = ", ".join("?" * len(ids))
        for r in self._query(f"{_SELECT} WHERE client_id IN ({marks}) ORDER BY id", ids):
            out[r[4]].append(_dismissal(r))
        return out
