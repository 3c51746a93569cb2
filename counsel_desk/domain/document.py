"""A document as plain data: what a note, a contract or a summary says, before any format.

Services build a ``Document`` (with any redaction already applied) and ``render/`` writes it
as PDF, HTML or Markdown, one writer per format walking the same blocks. Text here is always
literal: a writer escapes it, so nothing a practitioner or a client typed can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked


@dataclass(frozen=True)
class Span:
    """A run of text, optionally in italics or bold."""

    text: str
    emphasis: bool = False
    strong: bool = False


Inline = tuple[Span, ...]


def plain(text: str) -> Inline:
    return (Span(text),) if text else ()


def inline_text(spans: Inline) -> str:
    return "".join(span.text for span in spans)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is the document's title; 2 and below inside it

    def __post_init__(self) -> None:
        if not 1 <= self.level <= 4:
            raise ValueError(f"heading level {self.level} is not between 1 and 4")


@dataclass(frozen=True)
class Paragraph:
    """Text that wraps; a line break inside a span is kept as a line break."""

    spans: Inline


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inline, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError("every table row needs one cell per heading")


@dataclass(frozen=True)
class Rule:
    """A thin line between parts (an amendment below the original, for example)."""


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page (in paged formats only)."""


@dataclass(frozen=True)
class Picture:
    """A picture drawn by ``render`` from the painter registered under ``name``.

    ``data`` is plain data for that painter; ``description`` says in words what the picture
    shows, for formats that cannot draw it and for people who cannot see it.
    """

    name: str
    description: str
    data: Any = None
    width_mm: float = 160.0
    height_mm: float = 60.0
    caption: str = ""


Block = Heading | Paragraph | BulletList | Table | Rule | PageBreak | Picture


@dataclass(frozen=True)
class Document:
    """A title, a few "label: value" lines under it, the blocks, and a footer for each page."""

    title: str
    blocks: tuple[Block, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    footer: str = ""  # e.g. "Confidential — printed 26 Nov 2026, 14:05"

    def text(self) -> str:
        """Every word a reader could see, in order (for tests and for searching what left)."""
        parts = [self.title]
        parts += [f"{label}: {value}" for label, value in self.metadata]
        for block in self.blocks:
            if isinstance(block, Heading):
                parts.append(block.text)
            elif isinstance(block, Paragraph):
                parts.append(inline_text(block.spans))
            elif isinstance(block, BulletList):
                parts += [inline_text(item) for item in block.items]
            elif isinstance(block, Table):
                parts.append(" ".join(block.header))
                parts += [" ".join(row) for row in block.rows]
            elif isinstance(block, Picture):
                parts += [block.description, block.caption]
        parts.append(self.footer)
        return "\n".join(p for p in parts if p)


class ExportFormat(StrEnum):
    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"

    @property
    def label(self) -> Marked:
        return {
            "pdf": QT_TRANSLATE_NOOP("ExportFormat", "PDF"),
            "html": QT_TRANSLATE_NOOP("ExportFormat", "Web page (HTML)"),
            "md": QT_TRANSLATE_NOOP("ExportFormat", "Markdown"),
        }[self.value]

    @property
    def suffixes(self) -> tuple[str, ...]:
        return {"pdf": (".pdf",), "html": (".html", ".htm"), "md": (".md", ".markdown")}[self.value]

    @classmethod
    def from_path(cls, path: PurePath | str) -> ExportFormat:
        """The format a file name asks for, by its extension."""
        suffix = PurePath(path).suffix.lower()
        for fmt in cls:
            if suffix in fmt.suffixes:
                return fmt
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose a file name ending in .pdf, .html or .md, so Counsel Desk knows which "
                "kind of file to write.",
            )
        )
