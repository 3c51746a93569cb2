"""A ``Document`` as Markdown (CommonMark with GitHub's tables). Pure Python.

Every piece of text is escaped, so what was typed is shown as typed: a title such as
``# Hi`` or a line starting ``- `` cannot become a heading or a list, ``<b>`` stays text,
and a ``|`` cannot add a table column.
"""

from __future__ import annotations

import re

from counsel_desk.domain.document import (
    BulletList,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Picture,
    Rule,
    Table,
)

# Characters that mean something anywhere in a line.
_ALWAYS = re.compile(r"([\\`*_\[\]<>#|~&])")
# What would start a block at the beginning of a line: a list, a rule, a setext heading.
_LINE_START = re.compile(r"^([-+=]|\d{1,9}(?=[.)]))")


NOT_DRAWN = "(The picture itself is drawn in the PDF and HTML versions.)"


def escape(text: str) -> str:
    """``text`` as literal Markdown on one line (line breaks become spaces)."""
    return _escape_line(" ".join(text.split()))


def _escape_line(line: str) -> str:
    line = _ALWAYS.sub(r"\\\1", line.strip())
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1)[0].isdigit():  # "1." or "1)" would start a numbered list
        end = match.end()
        return f"{line[:end]}\\{line[end:]}"
    return "\\" + line


def _escape_multiline(text: str) -> list[str]:
    """Each non-blank line escaped on its own (blank lines would end the paragraph)."""
    return [_escape_line(line) for line in text.splitlines() if line.strip()]


def _gap(char: str) -> str:
    """What whitespace at a span's edge becomes outside its emphasis markers."""
    if char in ("\n", "\r"):
        return "  \n"
    return " " if char.isspace() else ""


def inline(spans: Inline) -> str:
    """Spans as one paragraph's Markdown; a line break inside a span is a hard break."""
    out = ""
    for span in spans:
        lines = _escape_multiline(span.text)
        if not lines:
            if span.text and out and not out.endswith((" ", "\n")):
                out += _gap(span.text[:1])
            continue
        text = "  \n".join(lines)
        lead = _gap(span.text[:1]) if out and not out.endswith((" ", "\n")) else ""
        trail = _gap(span.text[-1:])
        marker = "*" * ((1 if span.emphasis else 0) + (2 if span.strong else 0))
        out += f"{lead}{marker}{text}{marker}{trail}"
    return out.strip()


def _table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(c) or " " for c in cells) + " |"

    return [row(table.header), "|" + "---|" * len(table.header), *(row(r) for r in table.rows)]


def write_markdown(document: Document) -> str:
    parts: list[str] = [f"# {escape(document.title)}"]
    if document.metadata:
        parts.append("  \n".join(f"**{escape(k)}:** {escape(v)}" for k, v in document.metadata))
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"{'#' * block.level} {escape(block.text)}")
        elif isinstance(block, Paragraph):
            text = inline(block.spans)
            if text:
                parts.append(text)
        elif isinstance(block, BulletList):
            items = [
                (f"{n}. " if block.numbered else "- ") + inline(item).replace("\n", "\n   ")
                for n, item in enumerate(block.items, start=1)
            ]
            parts.append("\n".join(items))
        elif isinstance(block, Table):
            parts.append("\n".join(_table(block)))
        elif isinstance(block, Rule):
            parts.append("---")
        elif isinstance(block, Picture):
            # Markdown is one text file: the picture is not drawn beside it (a second file
            # to keep, move and delete with it), only said in words; PDF and HTML draw it.
            parts.append(escape(f"Picture: {block.description}"))
            parts.append(f"*{escape(NOT_DRAWN)}*")
            if block.caption:
                parts.append(f"*{escape(block.caption)}*")
        elif isinstance(block, PageBreak):
            continue
    if document.footer:
        parts += ["---", f"*{escape(document.footer)}*"]
    return "\n\n".join(parts) + "\n"
