"""Ruptures logged against sessions, and their repair once recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.ruptures import Repair, Rupture, RuptureKind
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc

_SELECT = (
    "SELECT id, client_id, session_id, on_date, kind, what_happened, repair_on, repair_how, "
    "repair_session_id FROM ruptures"
)


def _rupture(r: tuple) -> Rupture:
    repair = None
    if r[6] is not None:
        repair = Repair(on=dt.date.fromisoformat(r[6]), how=r[7], session_id=r[8])
    return Rupture(
        client_id=r[1],
        on=dt.date.fromisoformat(r[3]),
        kind=RuptureKind(r[4]),
        what_happened=r[5],
        session_id=r[2],
        repair=repair,
        id=r[0],
    )


class RuptureRepository(Repository):
    def add(self, rupture: Rupture) -> int:
        self._writing()
        stamp = now_utc()
        repair = rupture.repair
        try:
            cur = self.conn.execute(
                "INSERT INTO ruptures (client_id, session_id, on_date, kind, what_happened, "
                "repair_on, repair_how, repair_session_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rupture.client_id,
                    rupture.session_id,
                    rupture.on.isoformat(),
                    rupture.kind.value,
                    rupture.what_happened,
                    repair.on.isoformat() if repair else None,
                    repair.how if repair else None,
                    repair.session_id if repair else None,
                    stamp,
                    stamp,
                ),
            )
        except IntegrityError as exc:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That client or session no longer exists.")
            ) from exc
        return int(cur.lastrowid)

    def set_repair(self, rupture_id: int, repair: Repair) -> None:
        self._writing()
        cur = self.conn.execute(
            "UPDATE ruptures SET repair_on = ?, repair_how = ?, repair_session_id = ?, "
            "updated_at = ? WHERE id = ?",
            (repair.on.isoformat(), repair.how, repair.session_id, now_utc(), rupture_id),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That rupture no longer exists."))

    def get(self, rupture_id: int) -> Rupture:
        rows = self._query(f"{_SELECT} WHERE id = ?", (rupture_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That rupture no longer exists."))
        return _rupture(rows[0])

    def for_client(self, client_id: int) -> list[Rupture]:
        rows = self._query(f"{_SELECT} WHERE client_id = ? ORDER BY on_date, id", (client_id,))
        return [_rupture(r) for r in rows]

    def for_clients(self, client_ids: Iterable[int]) -> list[Rupture]:
        ids = sorted(set(client_ids))
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self._query(f"{_SELECT} WHERE client_id IN ({marks}) ORDER BY on_date, id", ids)
        return [_rupture(r) for r in rows]

    def open_ones(self, limit: int) -> list[Rupture]:
        """Ruptures with no repair yet, oldest first (at most ``limit``)."""
        rows = self._query(
            f"{_SELECT} WHERE repair_on IS NULL ORDER BY on_date, id LIMIT ?", (limit,)
        )
        return [_rupture(r) for r in rows]

    def open_during(self, first: dt.date, last: dt.date) -> list[Rupture]:
        """Ruptures open at some time from ``first`` to ``last``: logged by its end and not
        repaired before its start."""
        rows = self._query(
            f"{_SELECT} WHERE on_date <= ? AND (repair_on IS NULL OR repair_on >= ?) "
            "ORDER BY on_date, id",
            (last.isoformat(), first.isoformat()),
        )
        return [_rupture(r) for r in rows]

    def count_open(self) -> int:
        return int(self._query("SELECT count(*) FROM ruptures WHERE repair_on IS NULL")[0][0])
