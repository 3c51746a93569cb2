"""The search language, in one place: what a practitioner types, read once into terms that
give both the index's MATCH expression and the matcher that marks snippets, so the two can
never disagree.

- Words are separated by spaces. A word matches words that *start* with it (``anx`` finds
  "anxiety"), once it has two or more letters; a single letter or digit matches only itself
  as a whole word (``a``, ``5``): every word starts with some letter, so as a prefix it
  would find everything, slowly.
- Text in double quotes (straight or curly) is a phrase: its words, whole and in order.
- Punctuation inside a word joins its parts as a phrase, as the index reads it: ``don't`` is
  "don" followed by "t", ``self-harm`` is "self" followed by words starting "harm". Nothing
  typed is ever an operator (``AND``, ``NOT``, ``*``, ``:``, brackets are words or spaces).
- A note must hold every term. The same term twice counts once; at most ``MAX_TERMS``.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import NamedTuple

from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP
from counsel_desk.domain.tokenizer import Span, Token, any_word_pattern, fold, spans, tokens

MAX_QUERY = 500  # characters read from what was typed
MAX_TERMS = 16
MIN_PREFIX = 2  # characters a word needs before it matches as the start of longer words


class SearchCancelled(CounselDeskError):
    """A search stopped because a newer one replaced it; its results are not wanted."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "That search was stopped because a newer one started."
    )


class SearchResults(list):  # list[SearchHit]
    """A page of search hits, and how they are ordered: by relevance (best first), or
    ``newest_first`` (filters alone, or words that most notes hold)."""

    def __init__(self, hits: Iterable[object] = (), *, newest_first: bool = False) -> None:
        super().__init__(hits)
        self.newest_first = newest_first


_QUOTED = re.compile(r'["“”„]([^"“”„]*)["“”„]')
_QUOTES = re.compile(r'["“”„]')


@dataclass(frozen=True)
class Term:
    """One term: words that must follow each other; the last may be the start of a word."""

    words: tuple[str, ...]  # folded, as the index holds them; never empty
    prefix: bool  # the last word matches any word that starts with it
    typed: str  # as the practitioner typed it (for messages)

    @property
    def expression(self) -> str:
        """The term as an FTS5 phrase: always one quoted string, so never an operator. The
        words are runs of word characters (a ``"`` separates words), so nothing needs
        escaping; it is escaped all the same."""
        quoted = '"' + " ".join(self.words).replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted

    def starts(self, words: Iterable[str]) -> bool:
        """Whether ``words`` (folded) begin with this term."""
        last = len(self.words) - 1
        for index, (mine, theirs) in enumerate(zip(self.words, words, strict=False)):
            if index == last:
                return theirs.startswith(mine) if self.prefix else theirs == mine
            if theirs != mine:
                return False
        return False


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def match_expression(self) -> str:
        """The FTS5 MATCH text: every term quoted; side by side, so a note needs them all."""
        return " ".join(term.expression for term in self.terms)

    @property
    def whole_letters(self) -> tuple[str, ...]:
        """Single letters or digits typed as words, which match only themselves (so a view
        can say why "a" does not find "anxiety")."""
        return tuple(
            t.words[0] for t in self.terms if len(t.words) == 1 and len(t.words[0]) < MIN_PREFIX
        )

    @cached_property
    def _index(self) -> _Index:
        index = _Index(longest=max((len(t.words) for t in self.terms), default=0))
        for term in self.terms:
            first, last = term.words[0], term.words[-1]
            if len(term.words) == 1 and term.prefix:
                index.first_prefix.setdefault(first, []).append(term)
            else:
                index.first_exact.setdefault(first, []).append(term)
            (index.last_prefix if term.prefix else index.last_exact).setdefault(last, []).append(
                term
            )
        return index

    def instances(
        self, text: str, *, tokens_from: Iterable[Token] | None = None
    ) -> Iterator[Match]:
        """Every place a term matches in ``text``, in the order they end: what the index
        itself matches and marks. ``tokens_from`` may hand over the text's words as they
        are read (they must be ``tokens(text)``)."""
        index = self._index
        recent: deque[Token] = deque(maxlen=index.longest)
        for position, token in enumerate(tokens(text) if tokens_from is None else tokens_from):
            recent.append(token)
            word = token.word
            found = [*index.last_exact.get(word, ()), *_by_prefix(index.last_prefix, word)]
            for term in found:
                size = len(term.words)
                if size == 1:
                    yield Match(position, position, token.start, token.end, term)
                elif size <= len(recent) and all(
                    recent[k - size].word == term.words[k] for k in range(size - 1)
                ):
                    yield Match(position - size + 1, position, recent[-size].start, token.end, term)

    def _starting(self, following: Sequence[str]) -> Iterator[Term]:
        """The terms that ``following`` (folded words: one, and the ones after it) begins
        with."""
        index, word = self._index, following[0]
        for term in index.first_exact.get(word, ()):
            if len(term.words) <= len(following) and term.starts(following):
                yield term
        yield from _by_prefix(index.first_prefix, word)

    @cached_property
    def _finder(self) -> re.Pattern[str]:
        return re.compile(
            any_word_pattern((t.words[0], t.prefix and len(t.words) == 1) for t in self.terms)
        )

    def first_match(self, text: str) -> Match | None:
        """The match that starts first in ``text``. A regular expression finds where a
        term's first word stands, and only there are the words read, so a long note with
        its match near the end, or none, costs little."""
        if not self.terms:
            return None
        longest = self._index.longest
        for found in self._finder.finditer(text):
            following = list(islice(spans(text, found.start()), longest))
            words = [fold(text[a:b]) for a, b in following]
            for term in self._starting(words):
                size = len(term.words)
                return Match(0, size - 1, following[0][0], following[size - 1][1], term)
        return None

    def matches_among(self, text: str, words: Sequence[Span]) -> list[Match]:
        """The matches that start at one of ``words`` (where a run of ``text``'s words
        stand, with room after it for the longest phrase), with word indexes into
        ``words``. Only the places the regular expression points at are read."""
        if not words or not self.terms:
            return []
        at = {start: index for index, (start, _end) in enumerate(words)}
        longest = self._index.longest
        found = []
        candidates = self._finder.finditer(text, words[0][0], words[-1][1])
        if longest == 1:  # single words: where the expression matched, a term matches
            for candidate in candidates:
                index = at.get(candidate.start())
                if index is not None:
                    found.append(Match(index, index, *words[index], None))
            return found
        for candidate in candidates:
            index = at.get(candidate.start())
            if index is None:
                continue
            following = words[index : index + longest]
            folded = [fold(text[a:b]) for a, b in following]
            for term in self._starting(folded):
                last = index + len(term.words) - 1
                found.append(Match(index, last, words[index][0], words[last][1], term))
        return found

    def matches(self, text: str) -> bool:
        """Whether ``text`` alone holds every term (as a note with one column would)."""
        wanted = set(self.terms)
        for match in self.instances(text):
            wanted.discard(match.term)
            if not wanted:
                return True
        return not self.terms

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans to mark in ``text``: each match, with overlapping matches joined
        into one, as the index's ``highlight()`` joins them."""
        return [(m.start, m.end) for m in join_overlaps(self.instances(text))]


@dataclass
class _Index:
    """A query's terms by the word they start or end with, exact or as a prefix."""

    longest: int
    first_exact: dict[str, list[Term]] = field(default_factory=dict)
    first_prefix: dict[str, list[Term]] = field(default_factory=dict)
    last_exact: dict[str, list[Term]] = field(default_factory=dict)
    last_prefix: dict[str, list[Term]] = field(default_factory=dict)


def _by_prefix(table: dict[str, list[Term]], word: str) -> Iterator[Term]:
    """The terms filed under a start of ``word`` (one lookup per possible start)."""
    if table:
        for size in range(MIN_PREFIX, len(word) + 1):
            yield from table.get(word[:size], ())


class Match(NamedTuple):
    first: int  # index of the match's first word
    last: int  # index of its last word
    start: int  # character offsets in the text
    end: int
    term: Term | None


def join_overlaps(matches: Iterable[Match]) -> list[Match]:
    """Matches in order of their first word, overlapping ones joined (``term`` is then None)."""
    joined: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.first, m.last)):
        if joined and match.first <= joined[-1].last:
            previous = joined[-1]
            if match.last > previous.last:
                joined[-1] = Match(previous.first, match.last, previous.start, match.end, None)
        else:
            joined.append(match)
    return joined


def _term(typed: str, quoted: bool) -> Term | None:
    folded = tuple(token.word for token in tokens(typed))
    if not folded:
        return None
    prefix = not quoted and len(folded[-1]) >= MIN_PREFIX
    return Term(folded, prefix, " ".join(typed.split()))


def parse_query(text: str) -> SearchQuery:
    """Read what was typed (see the module's description). Never fails: text with no word
    in it gives an empty query."""
    text = "".join(" " if "\ud800" <= ch <= "\udfff" else ch for ch in text[:MAX_QUERY])
    found: list[Term | None] = []
    pos = 0
    for match in _QUOTED.finditer(text):
        found += [_term(w, False) for w in text[pos : match.start()].split()]
        found.append(_term(match.group(1), True))
        pos = match.end()
    found += [_term(w, False) for w in _QUOTES.sub(" ", text[pos:]).split()]
    terms: dict[tuple[tuple[str, ...], bool], Term] = {}
    for term in found:
        if term is not None and len(terms) < MAX_TERMS:
            terms.setdefault((term.words, term.prefix), term)
    return SearchQuery(tuple(terms.values()))


__all__ = [
    "MAX_QUERY",
    "MAX_TERMS",
    "MIN_PREFIX",
    "Match",
    "SearchCancelled",
    "SearchQuery",
    "SearchResults",
    "Term",
    "join_overlaps",
    "parse_query",
]
