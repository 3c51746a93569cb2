"""The supervision log (schema ``supervision``): sessions, the clients each discussed, and
the day the registration year begins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.supervision import RegistrationYear, SupervisionFormat, SupervisionSession
from counsel_desk.storage.db import IntegrityError
from counsel_desk.storage.errors import NotFound
from counsel_desk.storage.repository import Repository, now_utc

GONE = QT_TRANSLATE_NOOP("errors", "That supervision session is no longer in the log.")
_COLUMNS = "id, on_date, supervisor, minutes, format, notes, actions"


class SupervisionRepository(Repository):
    def _clients_of(self, ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        out: dict[int, list[int]] = {i: [] for i in wanted}
        for supervision_id, client_id in self._query(
            f"SELECT supervision_id, client_id FROM supervision_clients "
            f"WHERE supervision_id IN ({marks}) ORDER BY client_id",
            wanted,
        ):
            out[supervision_id].append(client_id)
        return {k: tuple(v) for k, v in out.items()}

    def _sessions(self, rows: list[tuple]) -> list[SupervisionSession]:
        clients: dict[int, tuple[int, ...]] = {}
        for start in range(0, len(rows), 500):  # within SQLite's limit on parameters
            clients |= self._clients_of(r[0] for r in rows[start : start + 500])
        return [
            SupervisionSession(
                on=dt.date.fromisoformat(on),
                supervisor=supervisor,
                minutes=minutes,
                format=SupervisionFormat(fmt),
                client_ids=clients.get(sid, ()),
                notes=notes,
                actions=actions,
                id=sid,
            )
            for sid, on, supervisor, minutes, fmt, notes, actions in rows
        ]

    def all(self) -> list[SupervisionSession]:
        """Every session, newest first."""
        return self._sessions(
            self._query(
                f"SELECT {_COLUMNS} FROM supervision_sessions ORDER BY on_date DESC, id DESC"
            )
        )

    def between(self, first: dt.date, last: dt.date) -> list[SupervisionSession]:
        """Sessions from ``first`` to ``last`` (both included), oldest first."""
        return self._sessions(
            self._query(
                f"SELECT {_COLUMNS} FROM supervision_sessions WHERE on_date BETWEEN ? AND ? "
                "ORDER BY on_date, id",
                (first.isoformat(), last.isoformat()),
            )
        )

    def get(self, supervision_id: int) -> SupervisionSession:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM supervision_sessions WHERE id = ?", (supervision_id,)
        )
        if not rows:
            raise NotFound(GONE)
        return self._sessions(rows)[0]

    def supervisors(self) -> list[str]:
        """The supervisors named before, most recent first, once each."""
        rows = self._query(
            "SELECT supervisor FROM supervision_sessions GROUP BY supervisor "
            "ORDER BY max(on_date) DESC, supervisor"
        )
        return [r[0] for r in rows]

    def _write_clients(self, supervision_id: int, client_ids: tuple[int, ...]) -> None:
        self.conn.execute(
            "DELETE FROM supervision_clients WHERE supervision_id = ?", (supervision_id,)
        )
        try:
            self.conn.executemany(
                "INSERT INTO supervision_clients (supervision_id, client_id) VALUES (?, ?)",
                [(supervision_id, c) for c in client_ids],
            )
        except IntegrityError as exc:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "One of the clients chosen no longer exists.")
            ) from exc

    def _values(self, session: SupervisionSession) -> tuple[object, ...]:
        return (
            session.on.isoformat(),
            session.supervisor,
            session.minutes,
            session.format.value,
            session.notes,
            session.actions,
        )

    def add(self, session: SupervisionSession) -> int:
        self._writing()
        stamp = now_utc()
        cur = self.conn.execute(
            "INSERT INTO supervision_sessions (on_date, supervisor, minutes, format, notes, "
            "actions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._values(session), stamp, stamp),
        )
        supervision_id = int(cur.lastrowid)
        self._write_clients(supervision_id, session.client_ids)
        return supervision_id

    def update(self, session: SupervisionSession) -> None:
        self._writing()
        cur = self.conn.execute(
            "UPDATE supervision_sessions SET on_date = ?, supervisor = ?, minutes = ?, "
            "format = ?, notes = ?, actions = ?, updated_at = ? WHERE id = ?",
            (*self._values(session), now_utc(), session.id),
        )
        if cur.rowcount == 0:
            raise NotFound(GONE)
        self._write_clients(session.id, session.client_ids)  # type: ignore[arg-type]

    def delete(self, supervision_id: int) -> None:
        self._writing()
        cur = self.conn.execute("DELETE FROM supervision_sessions WHERE id = ?", (supervision_id,))
        if cur.rowcount == 0:
            raise NotFound(GONE)

    def registration_year(self) -> RegistrationYear:
        month, day = self._query(
            "SELECT registration_month, registration_day FROM supervision_settings WHERE id = 1"
        )[0]
        return RegistrationYear(month, day)

    def set_registration_year(self, year: RegistrationYear) -> None:
        self._writing()
        self.conn.execute(
            "UPDATE supervision_settings SET registration_month = ?, registration_day = ? "
            "WHERE id = 1",
            (year.month, year.day),
        )

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM supervision_sessions")[0][0])
