"""Full-text search over every note (title, text, tags and amendments), with filters.

Whatever is typed is read as words and "quoted phrases", never as search operators, so no
input can raise anything but :class:`SearchQueryError` (a sentence for the practitioner).
Snippets mark each match with ``MATCH_START``/``MATCH_END``; ``SearchHit.segments()`` splits
them for a view to render in bold.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from counsel_desk.domain.notes import (
    MATCH_END,
    MATCH_START,
    NoteFlag,
    NoteKind,
    SearchHit,
    normalise_tags,
)
from counsel_desk.storage.search import SearchRepository
from counsel_desk.storage.vault import Vault

__all__ = ["MATCH_END", "MATCH_START", "SearchService", "parse_query"]

MAX_QUERY = 500
MAX_TERMS = 16
MAX_LIMIT = 500
_PHRASE = re.compile(r'"([^"]*)"')


def _clean(text: str) -> str:
    """Control characters, lone surrogates and our snippet markers become spaces."""
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs", "Cf") or ch in (MATCH_START, MATCH_END)
        else ch
        for ch in text
    )  # fmt: skip


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def parse_query(text: str) -> list[tuple[str, bool]]:
    """(term, is_phrase) pairs from typed text: "quoted phrases" and single words.

    Words match as prefixes ("anx" finds "anxiety"); phrases match exactly. Punctuation-only
    pieces are dropped; an unbalanced quote is read as an ordinary word break.
    """
    text = _clean(text[:MAX_QUERY])
    terms: list[tuple[str, bool]] = []
    pos = 0
    for match in _PHRASE.finditer(text):
        terms += [(w, False) for w in text[pos : match.start()].split() if _has_word(w)]
        phrase = " ".join(match.group(1).split())
        if _has_word(phrase):
            terms.append((phrase, True))
        pos = match.end()
    terms += [(w, False) for w in text[pos:].replace('"', " ").split() if _has_word(w)]
    return terms[:MAX_TERMS]


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._repo = SearchRepository(vault.conn)

    def search(
        self,
        query: str,
        client_id: int | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        kind: NoteKind | None = None,
        tag: str | None = None,
        flag: NoteFlag | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Best matches first. With no words but some filter, the newest matching notes;
        with neither, nothing. ``date_to`` is inclusive (session dates). Page with
        ``limit``/``offset``."""
        terms = parse_query(query or "")
        tags = normalise_tags([tag]) if tag else ()
        has_filter = any(v is not None for v in (client_id, date_from, date_to, kind, flag))
        if not terms and not tags and not has_filter:
            return []
        return self._repo.search(
            terms,
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
        )
