"""Boundaries of the practitioner's own, per client, and boundary events (schema
``contracts``). An own boundary is known to events by the key ``boundary-<id>``."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.contract.boundaries import Boundary, BoundaryEvent, BoundaryKind, Initiator
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc

OWN_KEY = "boundary-"
EVENT_GONE = QT_TRANSLATE_NOOP("errors", "That boundary event no longer exists.")
_EVENT = (
    "client_id, on_date, kind, initiated_by, what_happened, what_was_done, clause_key, "
    "session_id, id"
)


def own_key(boundary_id: int) -> str:
    return f"{OWN_KEY}{boundary_id}"


def _event(row: tuple) -> BoundaryEvent:
    return BoundaryEvent(
        client_id=row[0],
        on=dt.date.fromisoformat(row[1]),
        kind=BoundaryKind(row[2]),
        initiated_by=Initiator(row[3]),
        what_happened=row[4],
        what_was_done=row[5],
        clause_key=row[6],
        session_id=row[7],
        id=row[8],
    )


class BoundaryRepository(Repository):
    # --- the practitioner's own boundaries ------------------------------------------------
    def own(self, client_id: int) -> list[Boundary]:
        rows = self._query(
            "SELECT id, title, text FROM client_boundaries WHERE client_id = ? ORDER BY id",
            (client_id,),
        )
        return [Boundary(own_key(i), title, text, from_contract=False) for i, title, text in rows]

    def add_own(self, client_id: int, title: str, text: str) -> int:
        self._writing()
        try:
            cur = self.conn.execute(
                "INSERT INTO client_boundaries (client_id, title, text, created_at) "
                "VALUES (?, ?, ?, ?)",
                (client_id, title, text, now_utc()),
            )
        except IntegrityError as exc:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists.")) from exc
        return int(cur.lastrowid)

    def remove_own(self, client_id: int, boundary_id: int) -> None:
        self._writing()
        cur = self.conn.execute(
            "DELETE FROM client_boundaries WHERE id = ? AND client_id = ?",
            (boundary_id, client_id),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That boundary no longer exists."))
        # Events that named it keep their words; they no longer point at it.
        self.conn.execute(
            "UPDATE boundary_events SET clause_key = NULL WHERE client_id = ? AND clause_key = ?",
            (client_id, own_key(boundary_id)),
        )

    # --- boundary events -------------------------------------------------------------------
    def events(self, client_id: int) -> list[BoundaryEvent]:
        """A client's events, newest first."""
        rows = self._query(
            f"SELECT {_EVENT} FROM boundary_events WHERE client_id = ? "
            "ORDER BY on_date DESC, id DESC",
            (client_id,),
        )
        return [_event(r) for r in rows]

    def get(self, event_id: int) -> BoundaryEvent:
        rows = self._query(f"SELECT {_EVENT} FROM boundary_events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFound(EVENT_GONE)
        return _event(rows[0])

    def _values(self, event: BoundaryEvent) -> tuple[object, ...]:
        return (
            event.on.isoformat(),
            event.kind.value,
            event.initiated_by.value,
            event.what_happened,
            event.what_was_done,
            event.clause_key,
            event.session_id,
        )

    def add(self, event: BoundaryEvent) -> int:
        self._writing()
        stamp = now_utc()
        try:
            cur = self.conn.execute(
                "INSERT INTO boundary_events (client_id, on_date, kind, initiated_by, "
                "what_happened, what_was_done, clause_key, session_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.client_id, *self._values(event), stamp, stamp),
            )
        except IntegrityError as exc:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That client or session no longer exists.")
            ) from exc
        return int(cur.lastrowid)

    def update(self, event: BoundaryEvent) -> None:
        self._writing()
        try:
            cur = self.conn.execute(
                "UPDATE boundary_events SET on_date = ?, kind = ?, initiated_by = ?, "
                "what_happened = ?, what_was_done = ?, clause_key = ?, session_id = ?, "
                "updated_at = ? WHERE id = ? AND client_id = ?",
                (*self._values(event), now_utc(), event.id, event.client_id),
            )
        except IntegrityError as exc:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists.")) from exc
        if cur.rowcount == 0:
            raise NotFound(EVENT_GONE)

    def delete(self, event_id: int) -> None:
        self._writing()
        cur = self.conn.execute("DELETE FROM boundary_events WHERE id = ?", (event_id,))
        if cur.rowcount == 0:
            raise NotFound(EVENT_GONE)

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM boundary_events")[0][0])
