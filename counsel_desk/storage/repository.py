"""What every repository shares: the connection it joins, reads with typed errors, and the
time formats the schema uses.

Repositories never open a transaction of their own: a write runs inside the caller's unit
of work (``storage/unit_of_work.py``), so a use case that writes several records commits
them together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from counsel_desk.storage.db import Connection, DatabaseError, translate
from counsel_desk.storage.unit_of_work import require_unit_of_work

# Local wall-clock session times, as stored (scheduled_start, actual_start, actual_end).
START_FORMAT = "%Y-%m-%dT%H:%M"


def now_utc() -> str:
    """A bookkeeping time, UTC, to the second: 'YYYY-MM-DDTHH:MM:SSZ'."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class Repository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except DatabaseError as exc:
            raise translate(exc) from exc

    def _writing(self) -> None:
        """Every write joins the caller's unit of work; alone, it would commit on its own."""
        require_unit_of_work(self.conn)
