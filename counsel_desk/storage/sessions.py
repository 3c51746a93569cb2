"""Sessions: booking, changing, series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.sessions import Modality, Session, SessionDraft, SessionStatus
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import START_FORMAT, Repository, now_utc


class SessionRepository(Repository):
    _SELECT = (
        "SELECT id, client_id, scheduled_start, planned_minutes, modality, status FROM sessions"
    )

    @staticmethod
    def _session(row: tuple) -> Session:
        return Session(
            id=row[0],
            client_id=row[1],
            start=dt.datetime.fromisoformat(row[2]),
            planned_minutes=row[3],
            modality=Modality(row[4]),
            status=SessionStatus(row[5]),
        )

    def for_client(self, client_id: int) -> list[Session]:
        rows = self._query(
            f"{self._SELECT} WHERE client_id = ? ORDER BY scheduled_start DESC", (client_id,)
        )
        return [self._session(r) for r in rows]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Session]:
        rows = self._query(
            f"{self._SELECT} WHERE scheduled_start >= ? AND scheduled_start < ? "
            "ORDER BY scheduled_start",
            (start.strftime(START_FORMAT), end.strftime(START_FORMAT)),
        )
        return [self._session(r) for r in rows]

    def get(self, session_id: int) -> Session:
        rows = self._query(f"{self._SELECT} WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))
        return self._session(rows[0])

    _INSERT = (
        "INSERT INTO sessions (client_id, scheduled_start, planned_minutes, modality, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )

    def _insert(self, draft: SessionDraft, stamp: str) -> int:
        cur = self.conn.execute(
            self._INSERT,
            (
                draft.client_id,
                draft.start.strftime(START_FORMAT),
                draft.planned_minutes,
                draft.modality.value,
                draft.status.value,
                stamp,
                stamp,
            ),
        )
        return int(cur.lastrowid)

    def add(self, draft: SessionDraft) -> int:
        self._writing()
        try:
            return self._insert(draft, now_utc())
        except IntegrityError as exc:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists.")) from exc

    def add_series(self, drafts: Sequence[SessionDraft]) -> list[int]:
        """Add every session, inside the caller's unit of work: all or none."""
        self._writing()
        stamp = now_utc()
        try:
            return [self._insert(draft, stamp) for draft in drafts]
        except IntegrityError as exc:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That client no longer exists.")) from exc

    def update(self, session_id: int, draft: SessionDraft) -> None:
        self._writing()
        cur = self.conn.execute(
            "UPDATE sessions SET scheduled_start = ?, planned_minutes = ?, modality = ?, "
            "status = ?, updated_at = ? WHERE id = ?",
            (
                draft.start.strftime(START_FORMAT),
                draft.planned_minutes,
                draft.modality.value,
                draft.status.value,
                now_utc(),
                session_id,
            ),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))

    def set_status(self, session_id: int, status: SessionStatus) -> None:
        self._writing()
        cur = self.conn.execute(
            "UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?",
            (status.value, now_utc(), session_id),
        )
        if cur.rowcount == 0:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That session no longer exists."))

    def scheduled_after(self, client_id: int, day: dt.date) -> list[Session]:
        """The client's sessions still booked (scheduled) after ``day``."""
        after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        rows = self._query(
            f"{self._SELECT} WHERE client_id = ? AND status = 'scheduled' "
            "AND scheduled_start >= ? ORDER BY scheduled_start",
            (client_id, after.strftime(START_FORMAT)),
        )
        return [self._session(r) for r in rows]

    def remove_booked_after(self, client_id: int, day: dt.date) -> int:
        """Take the client's sessions still booked after ``day`` out of the diary (those
        with no note: a session someone wrote about stays). Returns how many."""
        self._writing()
        after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        cur = self.conn.execute(
            "DELETE FROM sessions WHERE client_id = ? AND status = 'scheduled' "
            "AND scheduled_start >= ? AND NOT EXISTS (SELECT 1 FROM notes n "
            "WHERE n.session_id = sessions.id)",
            (client_id, after.strftime(START_FORMAT)),
        )
        return cur.rowcount

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM sessions")[0][0])
