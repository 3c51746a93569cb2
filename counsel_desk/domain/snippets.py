"""Search-result snippets: a short window of a note's text around the first match, with the
matched words marked. Pure Python, so a page of results costs microseconds per hit instead
of re-running the full-text query once per hit.

Matching follows the search index: case and diacritics are ignored; a typed word matches
words that start with it; a quoted phrase's words match whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable, Sequence
from itertools import islice

_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_MARKUP = re.compile(r"(?m)^\s*(?:#+|[-*>]|\d+\.)\s+|[*_`]+")


def _gap(text: str) -> str:
    """The text between two words as a one-line snippet shows it: a line break (after a
    heading, between paragraphs) becomes a dash unless punctuation already ends the line,
    and Markdown marks go, so a heading does not run into the sentence below it."""
    if "\n" not in text:
        return _MARKUP.sub("", text)
    ending = _MARKUP.sub("", text.split("\n", 1)[0]).rstrip()
    return f"{ending} " if ending else " — "


def fold(text: str) -> str:
    """Lower-case without diacritics, as the index's unicode61 tokenizer compares words."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _matcher(terms: Sequence[tuple[str, bool]]):
    prefixes: list[str] = []
    whole: set[str] = set()
    for text, phrase in terms:
        words = [fold(w) for w in _WORD.findall(text)]
        if not words:
            continue
        if phrase:
            whole.update(words)
        else:
            whole.update(words[:-1])
            prefixes.append(words[-1])
    prefixes_t = tuple(prefixes)

    def matches(word: str) -> bool:
        folded = fold(word)
        return folded in whole or folded.startswith(prefixes_t)

    return matches


def make_snippet(
    columns: Sequence[str],
    terms: Sequence[tuple[str, bool]],
    start: str,
    end: str,
    *,
    width: int = 16,
    ellipsis: str = "…",
) -> str:
    """Up to ``width`` words of the first column with a match, a few words of context before
    it, matches between the markers; with no match anywhere, the opening words of the first
    column, unmarked. Words are only examined up to the end of the window."""
    matches = _matcher(terms)
    for text in columns:
        words = _WORD.finditer(text)
        before: deque[re.Match[str]] = deque(maxlen=width // 4)
        for word in words:
            if matches(word.group()):
                window = [*before, word, *islice(words, width - len(before) - 1)]
                return _render(text, window, matches, start, end, ellipsis)
            before.append(word)
    opening = columns[0] if columns else ""
    window = list(islice(_WORD.finditer(opening), width))
    return _render(opening, window, None, start, end, ellipsis)


def _render(
    text: str,
    window: list[re.Match[str]],
    matches: Callable[[str], bool] | None,
    start: str,
    end: str,
    ellipsis: str,
) -> str:
    if not window:
        return ""
    cut_before = _WORD.search(text, 0, window[0].start()) is not None
    pos = window[0].start() if cut_before else 0  # from the column's start, marks and all
    out = []
    for word in window:
        out.append(_gap(text[pos : word.start()]))
        found = word.group()
        out.append(f"{start}{found}{end}" if matches and matches(found) else found)
        pos = word.end()
    trailing = _PUNCTUATION.match(text, pos)  # a closing bracket or full stop stays on
    if trailing:
        out.append(trailing.group())
        pos = trailing.end()
    head = ellipsis if cut_before else ""
    ends_sentence = text[:pos].rstrip().endswith((".", "!", "?"))
    tail = ellipsis if _WORD.search(text, pos) and not ends_sentence else ""
    return head + "".join(out) + tail
