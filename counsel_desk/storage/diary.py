"""The diary: sessions with their client's code and note counts, for Today and its
outstanding lists."""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.attendance import DiaryEntry
from counsel_desk.storage.repository import START_FORMAT, Repository
from counsel_desk.storage.rows import build_row

_DIARY = (
    "SELECT s.id, s.client_id, c.code, s.scheduled_start, s.planned_minutes, s.modality, "
    "s.status, (SELECT count(*) FROM notes n WHERE n.session_id = s.id), "
    "(SELECT count(*) FROM notes n WHERE n.session_id = s.id AND n.status = 'draft') "
    "FROM sessions s JOIN clients c ON c.id = s.client_id"
)


class DiaryRepository(Repository):
    """Sessions with their client's code and note counts, for Today and its outstanding lists."""

    def between(self, start: dt.datetime, end: dt.datetime) -> list[DiaryEntry]:
        rows = self._query(
            f"{_DIARY} WHERE s.scheduled_start >= ? AND s.scheduled_start < ? "
            "ORDER BY s.scheduled_start",
            (start.strftime(START_FORMAT), end.strftime(START_FORMAT)),
        )
        return [build_row(DiaryEntry, r) for r in rows]

    def without_session_note(
        self, since: dt.datetime, before: dt.datetime, limit: int
    ) -> list[DiaryEntry]:
        """Sessions that took place (or are not yet recorded) with no session note, newest first."""
        rows = self._query(
            f"{_DIARY} WHERE s.scheduled_start >= ? AND s.scheduled_start < ? "
            "AND s.status IN ('attended', 'scheduled') AND NOT EXISTS (SELECT 1 FROM notes n "
            "WHERE n.session_id = s.id AND n.kind = 'session') "
            "ORDER BY s.scheduled_start DESC LIMIT ?",
            (since.strftime(START_FORMAT), before.strftime(START_FORMAT), limit),
        )
        return [build_row(DiaryEntry, r) for r in rows]

    def unrecorded(self, since: dt.datetime, before: dt.datetime, limit: int) -> list[DiaryEntry]:
        """Past sessions still marked scheduled: attendance not recorded, newest first."""
        rows = self._query(
            f"{_DIARY} WHERE s.status = 'scheduled' AND s.scheduled_start >= ? "
            "AND s.scheduled_start < ? ORDER BY s.scheduled_start DESC LIMIT ?",
            (since.strftime(START_FORMAT), before.strftime(START_FORMAT), limit),
        )
        return [build_row(DiaryEntry, r) for r in rows]
