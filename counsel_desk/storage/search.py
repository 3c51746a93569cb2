"""Full-text search over notes, and the diary queries behind the Today view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from counsel_desk.domain.attendance import DiaryEntry
from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    NoteKind,
    SearchHit,
    SearchQueryError,
)
from counsel_desk.domain.snippets import make_snippet
from counsel_desk.storage.db import DatabaseError, translate
from counsel_desk.storage.repositories import START_FORMAT, _Repository
from counsel_desk.storage.rows import build_row


def match_expression(terms: Sequence[tuple[str, bool]]) -> str:
    """FTS5 query text from (term, is_phrase) pairs: every term a quoted string, so no user
    text is ever read as an operator; bare words match as prefixes, phrases exactly."""
    quoted = [
        '"' + text.replace('"', '""') + '"' + ("" if phrase else "*") for text, phrase in terms
    ]
    return " ".join(quoted)


class SearchRepository(_Repository):
    def search(
        self,
        terms: Sequence[tuple[str, bool]],
        *,
        client_id: int | None,
        start_from: dt.datetime | None,
        start_before: dt.datetime | None,
        kind: NoteKind | None,
        tag: str | None,
        flag: str | None,
        limit: int,
        offset: int = 0,
    ) -> list[SearchHit]:
        where, params = [], []
        if terms:
            where.append("notes_fts MATCH ?")
            params.append(match_expression(terms))
        for clause, value in (
            ("n.client_id = ?", client_id),
            ("s.scheduled_start >= ?", start_from and start_from.strftime(START_FORMAT)),
            ("s.scheduled_start < ?", start_before and start_before.strftime(START_FORMAT)),
            ("n.kind = ?", kind and kind.value),
            ("n.id IN (SELECT note_id FROM note_tags WHERE tag = ?)", tag),
        ):
            if value is not None:
                where.append(clause)
                params.append(value)
        if flag:
            where.append(f"n.{flag}_flag = 1")  # flag is a NoteFlag value, never user text
        head = (
            "SELECT n.id, n.session_id, n.client_id, c.code, s.scheduled_start, n.kind, n.status, "
            "n.title, {snippet} FROM {source} JOIN sessions s ON s.id = n.session_id "
            "JOIN clients c ON c.id = n.client_id WHERE " + (" AND ".join(where) or "1")
        )
        try:
            if terms:
                rows = self._ranked(terms, where, params, limit, offset)
            else:
                sql = head.format(snippet="''", source="notes n") + (
                    " ORDER BY s.scheduled_start DESC, n.id LIMIT ? OFFSET ?"
                )
                rows = self.conn.execute(sql, [*params, limit, offset]).fetchall()
        except DatabaseError as exc:
            mapped = translate(exc)
            if mapped is not exc:
                raise mapped from exc
            raise SearchQueryError() from exc  # the terms are quoted, so this is a safety net
        return [build_row(SearchHit, r) for r in rows]

    def _ranked(
        self,
        terms: Sequence[tuple[str, bool]],
        where: list[str],
        params: list,
        limit: int,
        offset: int,
    ) -> list[tuple]:
        """Rank inside the index, then make snippets for the page of hits only, in Python:
        FTS5's snippet() re-runs the whole query per hit, which for a word in every note
        costs more than the ranking itself."""
        source = "notes_fts JOIN notes n ON n.id = notes_fts.rowid"
        weights = "bm25(notes_fts, 4.0, 1.0, 3.0, 1.0)"
        if len(where) == 1:  # words only: rank inside the index, no joins per match
            ranked = (
                f"SELECT rowid FROM notes_fts WHERE {where[0]} "
                f"ORDER BY {weights}, rowid DESC LIMIT ? OFFSET ?"
            )
        else:
            ranked = (
                f"SELECT n.id FROM {source} JOIN sessions s ON s.id = n.session_id "
                "WHERE " + " AND ".join(where) + f" ORDER BY {weights}, "
                "s.scheduled_start DESC, n.id LIMIT ? OFFSET ?"
            )
        ids = [r[0] for r in self.conn.execute(ranked, [*params, limit, offset])]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        page = (
            "SELECT n.id, n.session_id, n.client_id, c.code, s.scheduled_start, n.kind, "
            "n.status, n.title, f.body, f.amendments, f.title, f.tags FROM notes n "
            "JOIN sessions s ON s.id = n.session_id JOIN clients c ON c.id = n.client_id "
            f"JOIN notes_fts f ON f.rowid = n.id WHERE n.id IN ({marks})"
        )
        rows = [
            (*r[:8], make_snippet((*r[8:11], _tags_line(r[11])), terms, MATCH_START, MATCH_END))
            for r in self.conn.execute(page, ids)
        ]
        order = {note_id: i for i, note_id in enumerate(ids)}
        return sorted(rows, key=lambda r: order[r[0]])


_DIARY = (
    "SELECT s.id, s.client_id, c.code, s.scheduled_start, s.planned_minutes, s.modality, "
    "s.status, (SELECT count(*) FROM notes n WHERE n.session_id = s.id), "
    "(SELECT count(*) FROM notes n WHERE n.session_id = s.id AND n.status = 'draft') "
    "FROM sessions s JOIN clients c ON c.id = s.client_id"
)


class DiaryRepository(_Repository):
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


def _tags_line(tags: str | None) -> str:
    """A match only in the tags reads as "Tags: sleep, work", not as two bare words."""
    return "Tags: " + ", ".join(tags.splitlines()) if tags else ""
