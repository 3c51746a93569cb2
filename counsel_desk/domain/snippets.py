"""Search-result snippets: a short window of a note's text around its first match, with each
match marked, as one line of plain words. Pure Python, so a page of results costs
microseconds per hit instead of re-running the full-text query once per hit.

Matches come from the search query itself (``SearchQuery.instances``), so a snippet marks
exactly what the index matched. Notes are Markdown; the snippet shows their words, never
their marks, and never glues two words together:

- emphasis, code and strike-through marks go (``*slower* speech`` → "slower speech");
- a heading, quote or list marker at the start of a line goes;
- a line break inside a paragraph reads as a space; the end of a heading, paragraph or
  list item as a dash, or as the punctuation that already ends it ("eased. Next time — …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from counsel_desk.domain.search_query import Match, SearchQuery, join_overlaps
from counsel_desk.domain.tokenizer import Span, is_word_character, spans

MARKERS = "\ue000\ue001"  # reserved for the snippet's own match marks

_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_LINE_MARK = re.compile(r"[ \t]*(?:#{1,6}(?=[ \t]|$)|>[> \t]*|[-*+](?=[ \t]))?")
_BLOCK_LINE = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d+[.)][ \t])")
_MARKS = re.compile(r"[*`]+|~~+|_+")
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")
_UNPLAIN = re.compile(r"[*`~_\x00-\x1f\x7f\x85\u2028\u2029]|\s\s")
_ENDS_CLAUSE = ".!?:;,…"


def make_snippet(
    columns: Sequence[str],
    query: SearchQuery,
    start: str,
    end: str,
    *,
    leads: Sequence[str] = (),
    width: int = 16,
    ellipsis: str = "…",
) -> str:
    """Up to ``width`` words of the first column with a match, a few words before it, each
    match between ``start`` and ``end``; with no match anywhere, the opening words of the
    first column that has any, unmarked. ``leads[i]`` (say "Tags: ") is shown before column
    i's words and is never matched. Words are only read up to the end of the window."""
    for index, text in enumerate(columns):
        window = _first_window(text, query, width)
        if window is not None:
            return _lead(leads, index) + _render(text, *window, start, end, ellipsis)
    for index, text in enumerate(columns):
        seen = list(islice(spans(text), width + 1))
        if seen:
            shown = (seen[:width], False, len(seen) > width, [])
            return _lead(leads, index) + _render(text, *shown, start, end, ellipsis)
    return ""


def _lead(leads: Sequence[str], index: int) -> str:
    return leads[index] if index < len(leads) else ""


def _first_window(
    text: str, query: SearchQuery, width: int
) -> tuple[list[Span], bool, bool, list[Match]] | None:
    """(where the window's words stand, whether words come before it, whether words follow
    it, the matches inside it with word indexes into the window), or None when ``text`` has
    no match. Only the words near the first match are read."""
    first = query.first_match(text) if text else None
    if first is None:
        return None
    before, earlier = _words_before(text, first.start, width // 4)
    longest = max(len(term.words) for term in query.terms)
    seq = before + list(islice(spans(text, first.start), width - len(before) + longest))
    inside = [m for m in join_overlaps(query.matches_among(text, seq)) if m.first < width]
    stop = max(width, *(m.last + 1 for m in inside))  # a phrase it would cut is shown whole
    return seq[:stop], earlier, len(seq) > stop, inside


def _words_before(text: str, pos: int, count: int) -> tuple[list[Span], bool]:
    """Up to ``count`` words just before ``pos`` (the start of a word), and whether any
    word comes before those; read from a stretch before ``pos``, widened until it holds
    enough words or reaches the start."""
    if count <= 0:
        return [], _any_word(text, 0, pos)
    reach = 10 * count  # most words are shorter; widened when not
    while True:
        low = max(0, pos - reach)
        found = list(spans(text, low, pos))
        if low > 0 and found and found[0][0] == low and is_word_character(text, low - 1):
            found = found[1:]  # the stretch began inside a word
        if len(found) >= count or low == 0:
            earlier = len(found) > count or (low > 0 and _any_word(text, 0, low))
            return found[-count:], earlier
        reach *= 4


def _any_word(text: str, start: int, end: int) -> bool:
    return next(spans(text, start, end), None) is not None


def _render(
    text: str,
    window: list[Span],
    cut_before: bool,
    more: bool,
    matches: list[Match],
    start: str,
    end: str,
    ellipsis: str,
) -> str:
    opens = {m.first for m in matches}
    closes = {m.last for m in matches}
    shown = _shown if MARKERS[0] in text or MARKERS[1] in text else str
    out = [ellipsis if cut_before else _head(text, window[0][0])]
    previous_end = -1
    for k, (word_start, word_end) in enumerate(window):
        if k:
            out.append(_gap(text, previous_end, word_start))
        if k in opens:
            out.append(start)
        out.append(shown(text[word_start:word_end]))
        if k in closes:
            out.append(end)
        previous_end = word_end
    tail = _tail(text, previous_end)
    out.append(tail)
    if more and not tail.endswith((".", "!", "?")):
        out.append(ellipsis)
    return "".join(out)


def _shown(word: str) -> str:
    """A word as shown: our own marker characters, if a note holds them, become '�'."""
    if MARKERS[0] in word or MARKERS[1] in word:
        return word.replace(MARKERS[0], "\ufffd").replace(MARKERS[1], "\ufffd")
    return word


def _inline(piece: str, *, line_start: bool, between_words: bool) -> str:
    """Text within one line that holds no word: Markdown marks out, spaces collapsed, and a
    space kept wherever there was one. Underscores alone between two words are part of a
    name (``not_a_word``) and stay."""
    if between_words and piece and piece.strip("_") == "":
        return piece
    cleaned = piece
    if line_start:
        cleaned = cleaned[_LINE_MARK.match(cleaned).end() :]
    cleaned = _SPACE.sub(" ", _MARKS.sub("", cleaned))
    if not cleaned.strip() and _SPACE.search(piece):
        return " "
    return cleaned


def _gap(text: str, a: int, b: int) -> str:
    """What stands between two words, as the snippet shows it (see the module's rules)."""
    gap = text[a:b]
    if gap == " " or not _UNPLAIN.search(gap):
        return gap  # most gaps: a space, or ", " (nothing to clean)
    lines = _BREAK.split(gap)
    if len(lines) == 1:
        return _inline(lines[0], line_start=False, between_words=True)
    ending = _inline(lines[0], line_start=False, between_words=False).rstrip()
    opening = _inline(lines[-1], line_start=True, between_words=False).lstrip()
    line_a = text[text.rfind("\n", 0, a) + 1 : a]
    block = (
        len(lines) > 2  # a blank line, or a line of marks only, between them
        or _BLOCK_LINE.match(line_a) is not None
        or _BLOCK_LINE.match(text, b - len(lines[-1])) is not None
    )
    if not block:
        return f"{ending} {opening}" if ending else f" {opening}"
    if ending and ending[-1] in _ENDS_CLAUSE:
        return f"{ending} {opening}"
    return f"{ending} — {opening}" if ending else f" — {opening}"


def _head(text: str, first: int) -> str:
    """Before a column's first word: what opens its line (a bracket, a quotation mark)."""
    line = _BREAK.split(text[:first])[-1]
    return _inline(line, line_start=True, between_words=False).lstrip()


def _tail(text: str, pos: int) -> str:
    """After the window's last word: the punctuation that closes it ("well.", "(twice)"),
    Markdown marks left out; none when the word goes on after it (``don't`` cut after
    "don")."""
    following = next(spans(text, pos), None)
    run = text[pos : following[0] if following else len(text)]
    piece = _SPACE.split(run, 1)[0]
    if following is not None and piece == run:
        return ""
    return _MARKS.sub("", piece)


__all__ = ["MARKERS", "make_snippet"]
