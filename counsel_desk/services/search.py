"""Full-text search over every note (title, text, tags and amendments), with filters.

What is typed is read by ``domain/search_query.py`` (words, "quoted phrases"; never search
operators), so no input raises anything but a ``CounselDeskError`` with a sentence.
Snippets mark each match with ``MATCH_START``/``MATCH_END``; ``SearchHit.segments()`` splits
them for a view to render in bold.

Searches run on the vault's read-only search connection, so a view may run them on a worker
thread while the UI thread writes; ``interrupt()`` stops the one running (it then raises
``SearchCancelled``).
"""

from __future__ import annotations

import datetime as dt

from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    NoteFlag,
    NoteKind,
    normalise_tags,
)
from counsel_desk.domain.search_query import (
    SearchCancelled,
    SearchQuery,
    SearchResults,
    Term,
    parse_query,
)
from counsel_desk.storage.db import Connection
from counsel_desk.storage.search import SearchRepository
from counsel_desk.storage.vault import Vault

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "MAX_LIMIT",
    "SearchCancelled",
    "SearchQuery",
    "SearchResults",
    "SearchService",
    "parse_query",
]

MAX_LIMIT = 500  # hits in one page
_REMEMBERED = 2048  # terms whose note counts are kept (a few KB)


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._holding: dict[str, int] = {}  # term → notes holding it, as last counted
        self._counted_at: int | None = None  # the search connection's data_version then

    @property
    def _conn(self) -> Connection:
        """The read-only search connection (reopened with the vault after a key rotation)."""
        return getattr(self._vault, "reader", None) or self._vault.conn

    def search(
        self,
        query: str | SearchQuery,
        client_id: int | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        kind: NoteKind | None = None,
        tag: str | None = None,
        flag: NoteFlag | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> SearchResults:
        """Best matches first (ties: the newer note first); but when every term is in at
        least half of all notes, the newest notes first (``newest_first`` is then set: see
        ``_telling_terms``). With no words but some filter, the newest matching notes;
        with neither, nothing. ``date_to`` is inclusive (session dates). Page with
        ``limit``/``offset``: pages of one search never overlap."""
        parsed = query if isinstance(query, SearchQuery) else parse_query(query or "")
        tags = normalise_tags([tag]) if tag else ()
        has_filter = any(v is not None for v in (client_id, date_from, date_to, kind, flag))
        if not parsed and not tags and not has_filter:
            return SearchResults()
        repo = SearchRepository(self._conn)
        rank_by = self._telling_terms(repo, parsed) if parsed else None
        newest = not parsed or rank_by is None
        hits = repo.search(
            parsed,
            client_id=client_id,
            start_from=dt.datetime.combine(date_from, dt.time()) if date_from else None,
            start_before=(
                dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()) if date_to else None
            ),
            kind=NoteKind(kind) if kind else None,
            tag=tags[0] if tags else None,
            flag=NoteFlag(flag).value if flag else None,
            limit=max(1, min(int(limit), MAX_LIMIT)),
            offset=max(0, int(offset)),
            newest_first=bool(parsed) and newest,
            rank_by=rank_by,
        )
        return SearchResults(hits, newest_first=newest)

    def _telling_terms(self, repo: SearchRepository, query: SearchQuery) -> SearchQuery | None:
        """The terms that are in fewer than half of all notes, which the rank goes by; None
        when there are none.

        From half the notes on, bm25 gives a term the same token weight (its idf is
        floored at 10⁻⁶), so it cannot tell notes apart; yet working out its share costs a
        pass over every note that holds it, for each such term (16 common words took 20 ms
        before the first note was ranked). Hits must still hold every term; only the order
        among near-equal notes can differ (the newer first). When no term tells notes apart,
        the newest notes come first, which the index finds at once. Counts are remembered
        per term until the app next saves anything, so the pages of one search agree and
        typing does not count the same words again."""
        version = repo.data_version()
        if version != self._counted_at:  # the app has saved something since: count again
            self._holding.clear()
            self._counted_at = version
        half = repo.note_count() / 2
        telling = tuple(t for t in query.terms if self._holding_term(repo, t) < half)
        return SearchQuery(telling) if telling else None

    def _holding_term(self, repo: SearchRepository, term: Term) -> int:
        key = term.expression
        if key not in self._holding:
            if len(self._holding) >= _REMEMBERED:
                self._holding.clear()
            self._holding[key] = repo.notes_holding(SearchQuery((term,)))
        return self._holding[key]

    def interrupt(self) -> None:
        """Stop the search running now, from any thread (it raises ``SearchCancelled``). A
        search that starts later is not affected."""
        conn = getattr(self._vault, "reader", None)
        if conn is not None:
            conn.interrupt()
