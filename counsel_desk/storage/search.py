"""Full-text search over notes, on the vault's read-only search connection (opened here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    NoteKind,
    SearchHit,
    SearchQueryError,
)
from counsel_desk.domain.search_query import SearchCancelled, SearchQuery
from counsel_desk.domain.snippets import make_snippet
from counsel_desk.storage.db import Connection, DatabaseError, open_connection, translate
from counsel_desk.storage.repository import START_FORMAT, Repository
from counsel_desk.storage.rows import build_row

# Title, body, tags, amendments: a word in the title or the tags says more than in the text.
RANK = "bm25(notes_fts, 4.0, 1.0, 3.0, 1.0)"
_HIT = (
    "SELECT n.id, n.session_id, n.client_id, c.code, s.scheduled_start, n.kind, n.status, "
    "n.title{extra} FROM notes n JOIN sessions s ON s.id = n.session_id "
    "JOIN clients c ON c.id = n.client_id"
)


def open_with_reader(path: Path, data_key: bytearray) -> tuple[Connection, Connection]:
    """The vault's connection and, beside it, a read-only one that search runs on, off the
    UI thread, without sharing the connection the app writes with: both, or neither.

    The reader is opened at the same moment because the data key is zeroed straight after.
    It has the same settings (``open_connection``); as a WAL reader each query sees what was
    committed when it started. ``interrupt()`` on it stops a stale search at once.
    """
    conn = open_connection(path, data_key)
    try:
        reader = open_connection(path, data_key, read_only=True)
    except BaseException:
        conn.close()
        raise
    return conn, reader


def close_reader(reader: Connection | None) -> None:
    """Stop any search running on ``reader`` and close it (on lock, before a key rotation)."""
    if reader is not None:
        reader.interrupt()
        reader.close()


def match_expression(query: SearchQuery) -> str:
    """The FTS5 MATCH text (every term quoted: see ``domain/search_query.py``)."""
    return query.match_expression


class SearchRepository(Repository):
    """Searches on ``conn``: the vault's read-only reader (or, where there is none, its one
    connection)."""

    def search(
        self,
        query: SearchQuery,
        *,
        client_id: int | None,
        start_from: dt.datetime | None,
        start_before: dt.datetime | None,
        kind: NoteKind | None,
        tag: str | None,
        flag: str | None,
        limit: int,
        offset: int = 0,
        newest_first: bool = False,
        rank_by: SearchQuery | None = None,
    ) -> list[SearchHit]:
        """A page of hits: ranked by relevance (by the terms of ``rank_by``, when given, while
        every hit still holds every term of ``query``), or with ``newest_first`` (and always
        with no terms) the newest notes first."""
        where, params = [], []
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
        try:
            if query:
                rows = self._ranked(query, rank_by, where, params, limit, offset, newest_first)
            else:
                sql = _HIT.format(extra=", ''") + (
                    f" WHERE {' AND '.join(where) or '1'} "
                    "ORDER BY s.scheduled_start DESC, n.id LIMIT ? OFFSET ?"
                )
                rows = self.conn.execute(sql, [*params, limit, offset]).fetchall()
        except DatabaseError as exc:
            raise _search_error(exc) from exc
        return [build_row(SearchHit, r) for r in rows]

    def notes_holding(self, query: SearchQuery) -> int:
        """How many notes hold every term (a count inside the index, no rank worked out)."""
        if not query:
            return 0
        try:
            return self.conn.execute(
                "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", (match_expression(query),)
            ).fetchone()[0]
        except DatabaseError as exc:
            raise _search_error(exc) from exc

    def data_version(self) -> int:
        """Changes whenever another connection (the app's own) has committed a change."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except DatabaseError as exc:
            raise _search_error(exc) from exc

    def note_count(self) -> int:
        try:
            return self.conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        except DatabaseError as exc:
            raise _search_error(exc) from exc

    def _ranked(
        self,
        query: SearchQuery,
        rank_by: SearchQuery | None,
        where: list[str],
        params: list,
        limit: int,
        offset: int,
        newest_first: bool,
    ) -> list[tuple]:
        """Rank inside the index, then make snippets for the page of hits only, in Python:
        FTS5's snippet() re-runs the whole query per hit, which for a word in every note
        costs more than the ranking itself.

        Filters become a set of note ids the index checks each match against (``+rowid``
        keeps SQLite from handing it to FTS5 as one lookup per id, which re-runs the query
        for each), so the rank is worked out only for matches that pass the filters. Ranked
        by fewer terms than it must hold, the whole query is such a set too."""
        ranked = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?"
        expressions = [match_expression(query)]
        if rank_by is not None and not newest_first and rank_by.terms != query.terms:
            ranked += " AND +rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)"
            expressions.insert(0, match_expression(rank_by))
        if where:
            joined = "JOIN sessions s ON s.id = n.session_id " if "s." in " ".join(where) else ""
            ranked += (
                f" AND +rowid IN (SELECT n.id FROM notes n {joined}WHERE "
                + " AND ".join(where)
                + ")"
            )
        # Newest first, the index walks its matches backwards and stops at the page's end;
        # ranked, it works out the rank of every match before it can sort them.
        order = "rowid DESC" if newest_first else f"{RANK}, rowid DESC"
        ranked += f" ORDER BY {order} LIMIT ? OFFSET ?"
        ids = [r[0] for r in self.conn.execute(ranked, [*expressions, *params, limit, offset])]
        if not ids:
            return []
        page = _HIT.format(extra=", f.body, f.amendments, f.title, f.tags") + (
            f" JOIN notes_fts f ON f.rowid = n.id WHERE n.id IN ({','.join('?' * len(ids))})"
        )
        rows = [
            (*r[:8], _snippet(query, body, amendments, title, tags))
            for *r, body, amendments, title, tags in self.conn.execute(page, ids).fetchall()
        ]
        order = {note_id: i for i, note_id in enumerate(ids)}
        return sorted(rows, key=lambda r: order[r[0]])


def _search_error(exc: DatabaseError) -> Exception:
    if "interrupt" in str(exc).lower():
        return SearchCancelled()
    mapped = translate(exc)
    if mapped is not exc:
        return mapped
    return SearchQueryError()  # every term is quoted, so this is only a safety net


def _snippet(query: SearchQuery, body: str, amendments: str, title: str, tags: str) -> str:
    """The snippet from the first column with a match: the text, then amendments, title, and
    the tags as "Tags: sleep, work" (the word "Tags" is never matched)."""
    tag_line = ", ".join(tags.splitlines()) if tags else ""
    return make_snippet(
        (body or "", amendments or "", title or "", tag_line),
        query,
        MATCH_START,
        MATCH_END,
        leads=("", "", "", "Tags: "),
    )
