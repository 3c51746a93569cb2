"""The words the search index sees: SQLite FTS5's ``unicode61`` tokenizer with
``remove_diacritics 2``, in Python, so that a snippet marks exactly what the index matched.

A word (token) is a run of characters that are not separators; it is compared folded:
lower case, accents removed (``Café`` and ``cafe`` are the same word), one character at a
time. The index takes both rules from Unicode 6.1 tables of its own (for example, ``_`` and
``'`` separate words, and an emoji newer than 2012 is a letter to it), so they are copied
from the engine (``tokenizer_tables.py``), not taken from Python's own Unicode data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from counsel_desk.domain.tokenizer_tables import ASTRAL_SEPARATORS, FOLD_RUNS, SEPARATORS


@functools.cache
def _word_character() -> str:
    """A regular expression for one character that is part of a word (not a separator).
    Python's re reads one class of all the ranges ~5× more slowly than the two."""
    bmp, astral = "".join(SEPARATORS), "".join(ASTRAL_SEPARATORS)
    above = "\\U00010000-\\U0010ffff"
    return f"(?:[^{bmp}{above}]|(?=[{above}])[^{astral}])"


@functools.cache
def _pattern() -> re.Pattern[str]:
    """A word: a run of characters that are not separators. Compiled on first use (a few
    ms), which is the first search, on its worker thread, rather than while unlocking."""
    bmp, astral = "".join(SEPARATORS), "".join(ASTRAL_SEPARATORS)
    above = "\\U00010000-\\U0010ffff"
    return re.compile(f"(?:[^{bmp}{above}]+|(?=[{above}])[^{astral}])+")


@functools.cache
def _fold_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for run in "".join(FOLD_RUNS).split():
        first, last, step, delta = run.split(":")
        for cp in range(int(first, 16), int(last, 16) + 1, int(step)):
            table[cp] = None if delta == "x" else cp + int(delta)
    return table


class Token(NamedTuple):
    start: int  # where the word starts in the text (a character offset)
    end: int
    word: str  # folded, as the index holds it


def fold(text: str) -> str:
    """``text`` folded as the index folds each word: lower case, no accents."""
    if text.isascii():
        return text.lower()
    return text.translate(_fold_table())


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The words of ``text`` between ``start`` and ``end`` (which should not fall inside a
    word), in order, as the index reads them. A run of accents alone folds to nothing and is
    no word, as in the index."""
    for match in _pattern().finditer(text, start, len(text) if end is None else end):
        word = fold(match.group())
        if word:
            yield Token(match.start(), match.end(), word)


Span = tuple[int, int]


def spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Where the words of ``text`` stand, as ``tokens`` finds them but without folding each
    one: a snippet folds only the few words it compares."""
    found = _pattern().finditer(text, start, len(text) if end is None else end)
    if text.isascii():  # no accents, so no word folds to nothing
        for match in found:
            yield match.span()
        return
    for match in found:
        if fold(match.group()):
            yield match.span()


def is_word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _pattern().match(text, index) is not None


@functools.cache
def _sources() -> tuple[str, dict[str, str]]:
    """The dropped accents as a character class, and for each folded character the class
    of every character that folds to it."""
    table = _fold_table()
    into: dict[str, list[int]] = {}
    for cp, folded in table.items():
        if folded is not None:
            into.setdefault(chr(folded), [folded]).append(cp)
    dropped = "".join(_escape(cp) for cp, folded in table.items() if folded is None)
    classes = {ch: "".join(_escape(cp) for cp in sorted(set(cps))) for ch, cps in into.items()}
    return dropped, classes


def _escape(cp: int) -> str:
    return f"\\x{cp:02x}" if cp <= 0xFF else f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def word_pattern(word: str, *, prefix: bool) -> str:
    """A regular expression that finds in raw text exactly the words that fold to ``word``
    (with ``prefix``, that start with it): each letter in any case, with or without its
    accents, from the start of a word and, unless ``prefix``, to its end. It lets a view
    find a match without reading every word before it in Python."""
    dropped, classes = _sources()
    skip = f"[{dropped}]*"
    letters = [f"[{classes.get(ch, _escape(ord(ch)))}]" for ch in word]
    first, inside = letters[0], _word_character()
    # Each branch starts with a plain class, which re scans for quickly; "not inside a
    # word" is checked after that first character: the one before it is no word character.
    parts = [f"(?:{first}(?<!{inside}{first})|[{dropped}](?<!{inside}[{dropped}]){skip}{first})"]
    parts += [skip, *(f"{letter}{skip}" for letter in letters[1:])]
    if not prefix:
        parts.append(f"(?!{inside})")
    return "".join(parts)


def any_word_pattern(found: Iterable[tuple[str, bool]]) -> str:
    """One regular expression for several ``word_pattern``s: where it can match at all is
    checked first, with one class of every first letter, so that text is not tried against
    each word at every character."""
    alternatives = sorted(set(found))
    if not alternatives:
        return "(?!)"  # matches nothing
    if len(alternatives) == 1:
        word, prefix = alternatives[0]
        return word_pattern(word, prefix=prefix)
    dropped, classes = _sources()
    starts = "".join(
        sorted({classes.get(word[0], _escape(ord(word[0]))) for word, _p in alternatives})
    )
    either = "|".join(word_pattern(word, prefix=prefix) for word, prefix in alternatives)
    return f"(?=[{dropped}{starts}])(?:{either})"


def words(text: str) -> list[str]:
    """Just the folded words of ``text``."""
    return [token.word for token in tokens(text)]
