"""What the retention rule reads about each client (dates, a date of birth, how many process
notes), the practitioner's policy, and their decisions to keep records longer."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from counsel_desk.domain.retention import Hold, RetentionPolicy, TherapyFacts
from counsel_desk.storage.repository import Repository, now_utc, parse_date

_FACTS = (
    "SELECT c.id, c.code, c.status, c.end_date, substr(c.created_at, 1, 10), i.date_of_birth, "
    "(SELECT min(s.scheduled_start) FROM sessions s WHERE s.client_id = c.id), "
    "(SELECT max(s.scheduled_start) FROM sessions s WHERE s.client_id = c.id "
    " AND s.scheduled_start < ?), "
    "(SELECT min(s.scheduled_start) FROM sessions s WHERE s.client_id = c.id "
    " AND s.scheduled_start >= ? AND s.status = 'scheduled'), "
    "(SELECT count(*) FROM notes n WHERE n.client_id = c.id AND n.kind = 'process') "
    "FROM clients c LEFT JOIN client_identity i ON i.client_id = c.id"
)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


class RetentionRepository(Repository):
    def policy(self) -> RetentionPolicy:
        rows = self._query(
            "SELECT adult_years, minor_until_age, process_note_years FROM retention_policy"
        )
        return RetentionPolicy(*rows[0]) if rows else RetentionPolicy()

    def set_policy(self, policy: RetentionPolicy) -> None:
        self._writing()
        self.conn.execute(
            "UPDATE retention_policy SET adult_years = ?, minor_until_age = ?, "
            "process_note_years = ? WHERE id = 1",
            (policy.adult_years, policy.minor_until_age, policy.process_note_years),
        )

    def facts(self, today: dt.date, client_id: int | None = None) -> list[TherapyFacts]:
        tomorrow = (today + dt.timedelta(days=1)).isoformat()
        sql, params = _FACTS, [tomorrow, tomorrow]
        if client_id is not None:
            sql += " WHERE c.id = ?"
            params.append(client_id)
        holds = self._holds(client_id)
        out = []
        for row in self._query(sql + " ORDER BY c.code", params):
            out.append(
                TherapyFacts(
                    client_id=row[0],
                    code=row[1],
                    status=row[2],
                    end_date=parse_date(row[3]),
                    added=dt.date.fromisoformat(row[4]),
                    date_of_birth=parse_date(row[5]),
                    first_session=_day(row[6]),
                    last_session=_day(row[7]),
                    next_session=_day(row[8]),
                    process_notes=row[9],
                    holds=tuple(holds.get(row[0], ())),
                )
            )
        return out

    def _holds(self, client_id: int | None) -> dict[int, list[Hold]]:
        sql = "SELECT client_id, until, reason, at, process_notes_only FROM retention_holds"
        if client_id is None:
            rows = self._query(sql)
        else:
            rows = self._query(f"{sql} WHERE client_id = ?", (client_id,))
        found: dict[int, list[Hold]] = defaultdict(list)
        for cid, until, reason, at, notes_only in rows:
            found[cid].append(
                Hold(dt.date.fromisoformat(until), reason, _day(at), bool(notes_only))  # type: ignore[arg-type]
            )
        return found

    def add_hold(
        self, client_id: int, until: dt.date, reason: str, process_notes_only: bool
    ) -> int:
        self._writing()
        cur = self.conn.execute(
            "INSERT INTO retention_holds (client_id, until, reason, process_notes_only, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (client_id, until.isoformat(), reason, int(process_notes_only), now_utc()),
        )
        return int(cur.lastrowid)
