"""A note's Markdown as document blocks, and the document model's own rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counsel_desk.domain.document import (
    BulletList,
    Document,
    ExportFormat,
    Heading,
    Paragraph,
    Picture,
    Rule,
    Span,
    Table,
    inline_text,
)
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.markup import note_blocks, parse_inline


def test_a_template_shaped_note() -> None:
    body = (
        "## What the client brought\n\n"
        "*The themes the client chose.*\n\n"
        "Talked about her **sister** and the move.\n"
        "Then about work.\n\n"
        "### Detail\n"
        "- waking at four\n"
        "- early shifts\n"
        "  and the commute\n\n"
        "1. breathe\n"
        "2) write it down\n\n"
        "---\n"
        "> what she said\n"
    )
    assert note_blocks(body) == (
        Heading("What the client brought", 2),
        Paragraph((Span("The themes the client chose.", emphasis=True),)),
        Paragraph(
            (
                Span("Talked about her "),
                Span("sister", strong=True),
                Span(" and the move. Then about work."),
            )
        ),
        Heading("Detail", 3),
        BulletList(((Span("waking at four"),), (Span("early shifts and the commute"),))),
        BulletList(((Span("breathe"),), (Span("write it down"),)), numbered=True),
        Rule(),
        Paragraph((Span("what she said"),)),
    )


def test_heading_levels_sit_under_the_base_level() -> None:
    blocks = note_blocks("# one\n## two\n### three\n#### four\n##### five", base_level=3)
    assert [(b.text, b.level) for b in blocks] == [
        ("one", 3),
        ("two", 3),
        ("three", 4),
        ("four", 4),
        ("five", 4),
    ]


def test_hard_breaks_and_fenced_text_keep_their_lines() -> None:
    blocks = note_blocks("first  \nsecond\\\nthird\n\n```\n  kept *as* typed\n# too\n```\n")
    assert blocks == (
        Paragraph((Span("first\nsecond\nthird"),)),
        Paragraph((Span("  kept *as* typed\n# too"),)),
    )


def test_links_pictures_and_html_stay_as_typed() -> None:
    text = "See [this](http://example.com) ![x](y.png) <b>bold</b> &amp;"
    assert note_blocks(text) == (Paragraph((Span(text),)),)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a *b* c", [("a ", 0, 0), ("b", 1, 0), (" c", 0, 0)]),
        ("**b** and _e_", [("b", 0, 1), (" and ", 0, 0), ("e", 1, 0)]),
        ("***both***", [("both", 1, 1)]),
        ("*a **b** c*", [("a ", 1, 0), ("b", 1, 1), (" c", 1, 0)]),
        ("snake_case_name", [("snake_case_name", 0, 0)]),
        ("2 * 3 * 4", [("2 * 3 * 4", 0, 0)]),
        ("\\*not\\* em", [("*not* em", 0, 0)]),
        ("*unclosed and ** alone", [("*unclosed and ** alone", 0, 0)]),
    ],
)
def test_inline_emphasis(text: str, spans: list[tuple[str, int, int]]) -> None:
    assert [(s.text, int(s.emphasis), int(s.strong)) for s in parse_inline(text)] == spans


@given(st.text(max_size=400))
def test_every_letter_typed_survives_in_order(text: str) -> None:
    def letters(value: str) -> str:
        return re.sub(r"[^A-Za-z]", "", value)

    blocks = note_blocks(text)
    shown = Document("", blocks).text()
    assert letters(shown) == letters(text)


@given(st.text(max_size=200))
def test_inline_parsing_never_loses_a_letter(text: str) -> None:
    assert re.sub(r"[^A-Za-z0-9]", "", inline_text(parse_inline(text))) == re.sub(
        r"[^A-Za-z0-9]", "", text
    )


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.pdf", ExportFormat.PDF),
        ("A.PDF", ExportFormat.PDF),
        ("x.html", ExportFormat.HTML),
        ("x.htm", ExportFormat.HTML),
        ("x.md", ExportFormat.MARKDOWN),
        ("dir.d/x.markdown", ExportFormat.MARKDOWN),
    ],
)
def test_the_format_comes_from_the_extension(name: str, fmt: ExportFormat) -> None:
    assert ExportFormat.from_path(name) is fmt


@pytest.mark.parametrize("name", ["note", "note.txt", "note.pdf.docx", ".pdf"])
def test_other_names_are_a_sentence(name: str) -> None:
    with pytest.raises(ValidationError, match=r"ending in \.pdf, \.html or \.md"):
        ExportFormat.from_path(name)


def test_blocks_check_their_shape() -> None:
    with pytest.raises(ValueError, match="between 1 and 4"):
        Heading("x", 5)
    with pytest.raises(ValueError, match="one cell per heading"):
        Table(("a", "b"), (("only one",),))


def test_document_text_reads_in_order() -> None:
    doc = Document(
        "Title",
        (
            Heading("H"),
            Paragraph((Span("p"),)),
            BulletList(((Span("i"),),)),
            Table(("c1", "c2"), (("v1", "v2"),)),
            Picture("p", "what it shows", caption="cap"),
        ),
        (("Label", "value"),),
        footer="foot",
    )
    assert doc.text().split("\n") == [
        "Title",
        "Label: value",
        "H",
        "p",
        "i",
        "c1 c2",
        "v1 v2",
        "what it shows",
        "cap",
        "foot",
    ]
