"""A note's text (the Markdown practitioners type) as document blocks. Pure Python.

Only what notes use is understood: headings, paragraphs, bulleted and numbered lists, lines
(``---``), quotes, fenced blocks kept as typed, and ``*italics*`` / ``**bold**``. Anything
else stays literal text — a link, a picture or a piece of HTML is shown as the characters
that were typed, never followed or loaded. As in the editor's preview, a single line break
inside a paragraph is a space, and a line ending in two spaces or a backslash breaks.
"""

from __future__ import annotations

import re

from counsel_desk.domain.document import Block, BulletList, Heading, Inline, Paragraph, Rule, Span

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^ {0,3}\d{1,9}[.)][ \t]+(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}>[ ]?(.*)$")
_HARD_BREAK = re.compile(r"( {2,}|\\)$")
_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def note_blocks(text: str, base_level: int = 2) -> tuple[Block, ...]:
    """The blocks of a note's text; its ``#`` and ``##`` headings become ``base_level``."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraph: list[str] = []
    items: list[list[str]] = []
    numbered = False
    fence: str | None = None
    fenced: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(_lines_inline(paragraph)))
            paragraph.clear()

    def end_list() -> None:
        if items:
            blocks.append(BulletList(tuple(_lines_inline(i) for i in items), numbered))
            items.clear()

    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                blocks.append(Paragraph((Span("\n".join(fenced)),) if fenced else ()))
                fence, fenced = None, []
            else:
                fenced.append(line)
            continue
        if match := _FENCE.match(line):
            end_paragraph()
            end_list()
            fence = match.group(1)
            continue
        if not line.strip():
            end_paragraph()
            end_list()
            continue
        if _RULE.match(line):
            end_paragraph()
            end_list()
            blocks.append(Rule())
        elif match := _HEADING.match(line):
            end_paragraph()
            end_list()
            level = min(4, base_level + max(0, len(match.group(1)) - 2))
            blocks.append(Heading(inline_plain(match.group(2)), level))
        elif (match := _BULLET.match(line)) or (match_n := _NUMBERED.match(line)):
            is_numbered = match is None
            end_paragraph()
            if items and is_numbered != numbered:
                end_list()
            numbered = is_numbered
            items.append([(match or match_n).group(1)])
        elif items and line[:1] in (" ", "\t"):
            items[-1].append(line.strip())  # an item's continuation
        elif match := _QUOTE.match(line):
            end_list()
            paragraph.append(match.group(1))
        else:
            end_list()
            paragraph.append(line.strip() if not _HARD_BREAK.search(line) else line.lstrip())
    if fence is not None:  # never closed: keep what was typed
        blocks.append(Paragraph((Span("\n".join(fenced)),) if fenced else ()))
    end_paragraph()
    end_list()
    return tuple(b for b in blocks if not (isinstance(b, Paragraph) and not b.spans))


def _lines_inline(lines: list[str]) -> Inline:
    """Join a paragraph's lines: a soft break is a space, a hard break stays a line break."""
    joined = ""
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        hard = _HARD_BREAK.search(line)
        text = line[: hard.start()] if hard else line
        text = text.strip()
        joined += text + ("" if last else ("\n" if hard else " "))
    return parse_inline(joined)


def inline_plain(text: str) -> str:
    """Inline Markdown reduced to its words (for headings, which are never emphasised)."""
    return "".join(span.text for span in parse_inline(text))


_SPECIAL = re.compile(r"[\\*_]")  # where ``_scan`` has something to decide


def parse_inline(text: str) -> Inline:
    """``*italics*``, ``_italics_``, ``**bold**``, ``__bold__`` and backslash escapes."""
    out: list[Span] = []
    _scan(text, False, False, out)
    merged: list[Span] = []
    for span in out:
        if merged and (merged[-1].emphasis, merged[-1].strong) == (span.emphasis, span.strong):
            merged[-1] = Span(merged[-1].text + span.text, span.emphasis, span.strong)
        elif span.text:
            merged.append(span)
    return tuple(merged)


def _scan(text: str, emphasis: bool, strong: bool, out: list[Span]) -> None:
    buffer: list[str] = []
    i = 0
    while i < len(text):
        special = _SPECIAL.search(text, i)  # plain words are copied a run at a time
        if special is None:
            buffer.append(text[i:])
            break
        if special.start() > i:
            buffer.append(text[i : special.start()])
            i = special.start()
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in _PUNCTUATION:
            buffer.append(text[i + 1])
            i += 2
            continue
        if char in "*_":
            for delim in (char * 3, char * 2, char):
                if not text.startswith(delim, i) or not _can_open(text, i, delim):
                    continue
                end = _closer(text, i + len(delim), delim)
                if end < 0:
                    continue
                out.append(Span("".join(buffer), emphasis, strong))
                buffer.clear()
                inner = text[i + len(delim) : end]
                _scan(inner, emphasis or len(delim) != 2, strong or len(delim) >= 2, out)
                i = end + len(delim)
                break
            else:
                run = len(text[i:]) - len(text[i:].lstrip(char))
                buffer.append(text[i : i + run])
                i += run
            continue
        buffer.append(char)
        i += 1
    out.append(Span("".join(buffer), emphasis, strong))


def _can_open(text: str, at: int, delim: str) -> bool:
    after = text[at + len(delim) : at + len(delim) + 1]
    if not after or after.isspace():
        return False
    return not (delim[0] == "_" and at > 0 and text[at - 1].isalnum())


def _closer(text: str, start: int, delim: str) -> int:
    """Where ``delim`` closes, or -1: a run of exactly its length, not after a space, and
    (for ``_``) not inside a word."""
    char = delim[0]
    i = start + 1  # never empty
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] != char:
            i += 1
            continue
        run = len(text[i:]) - len(text[i:].lstrip(char))
        after = text[i + run : i + run + 1]
        if (
            run == len(delim)
            and not text[i - 1].isspace()
            and not (char == "_" and after.isalnum())
        ):
            return i
        i += run
    return -1
