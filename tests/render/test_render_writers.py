"""The Markdown and HTML writers: the same words from the same blocks, and nothing typed
can become markup. Pure Python: no Qt is loaded for these (see the last test)."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from counsel_desk.domain.document import (
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Rule,
    Span,
    Table,
)
from counsel_desk.render.html import POLICY, write_html
from counsel_desk.render.markdown import NOT_DRAWN, write_markdown

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\''
HOSTILE_LINES = (
    "# not a heading\n- not a list\n1. not numbered\n> not a quote\n"
    "    not code\n---\n=== \n| not | a table |\n```\n[link](http://example.com) "
    "![pic](x.png) **not bold** _not em_ `tick` \\ backslash ~~no~~ &amp; <b>no</b>"
)


def sample() -> Document:
    return Document(
        title="Session note — C-004",
        metadata=(("Client", "C-004"), ("Status", "Finalised Tue 26 Nov 2026, 15:02")),
        blocks=(
            Heading("What the client brought", 2),
            Paragraph(
                (
                    Span("Spoke about "),
                    Span("sleep", emphasis=True),
                    Span(" and "),
                    Span("work", strong=True),
                    Span("."),
                )
            ),
            Paragraph((Span("First line\nsecond line"),)),
            BulletList(((Span("waking at four"),), (Span("early shifts"),))),
            BulletList(((Span("breathe"),), (Span("write it down"),)), numbered=True),
            Table(("Date", "Score"), (("1 Nov", "32"), ("8 Nov", "36"))),
            Rule(),
            PageBreak(),
            Picture("swatches", "Three boxes rising", data=[0.2, 0.5], caption="Scores"),
        ),
        footer="Confidential · C-004 · printed Tue 26 Nov 2026, 16:00",
    )


class _Visible(HTMLParser):
    """What a browser would show as text, and every tag and attribute it would see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag in ("style", "title", "head"):
            self._skip += 1
        if tag in ("br", "p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd"):
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self._skip -= 1
        if tag not in ("em", "strong"):
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def html_words(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return " ".join("".join(parser.text).split())


def markdown_words(text: str) -> str:
    """Markdown read back as its words: block markers and emphasis dropped, escapes undone."""
    lines = []
    for line in text.splitlines():
        if re.fullmatch(r"\|(---\|)+", line) or line == "---":
            continue
        line = re.sub(r"^(#{1,4} |- |\d+\. )", "", line)
        line = re.sub(r"(?<!\\)\*+", "", line)  # emphasis markers (unescaped asterisks)
        line = line.replace("|", " ") if line.startswith("| ") else line
        line = re.sub(r"\\(.)", r"\1", line)  # escapes
        lines.append(line)
    return " ".join(" ".join(lines).split())


def test_html_and_markdown_say_the_same_words_as_the_document() -> None:
    doc = sample()
    expected = " ".join(doc.text().split())
    assert "Picture:" in markdown_words(write_markdown(doc))  # Markdown says what it can't draw
    md = (
        markdown_words(write_markdown(doc))
        .replace("Picture: ", "")
        .replace(f" {NOT_DRAWN}", "")  # the note that the picture is not drawn here
    )
    page = html_words(write_html(doc))
    # Document.text() lists metadata as "label: value"; both writers show the same.
    assert md == expected
    assert (
        page.replace("Client C-004", "Client: C-004").replace(
            "Status Finalised", "Status: Finalised"
        )
        == expected
    )


def test_markdown_structure() -> None:
    md = write_markdown(sample())
    assert md.startswith("# Session note — C-004\n\n**Client:** C-004  \n**Status:** ")
    assert "\n## What the client brought\n" in md
    assert "Spoke about *sleep* and **work**." in md
    assert "First line  \nsecond line" in md  # a line break inside a paragraph stays
    assert "\n- waking at four\n- early shifts\n" in md
    assert "\n1. breathe\n2. write it down\n" in md
    assert "| Date | Score |\n|---|---|\n| 1 Nov | 32 |\n| 8 Nov | 36 |" in md
    assert md.rstrip().endswith("*Confidential · C-004 · printed Tue 26 Nov 2026, 16:00*")


def test_html_structure_loads_nothing() -> None:
    page = write_html(sample())
    assert page.startswith("<!DOCTYPE html>")
    assert f'content="{POLICY}"' in page
    assert "default-src 'none'" in POLICY
    assert "<em>sleep</em>" in page
    assert "<strong>work</strong>" in page
    assert "First line<br>\nsecond line" in page
    assert "<ol>" in page
    assert "<ul>" in page
    assert "<table>" in page
    assert '<div class="page-break"></div>' in page
    # Without a painter the picture is described in words, never fetched from anywhere.
    assert "<figure><p>Three boxes rising</p><figcaption>Scores</figcaption></figure>" in page
    assert "http" not in page.replace('http-equiv="Content-Security-Policy"', "")


@pytest.mark.parametrize("where", ["title", "heading", "paragraph", "item", "cell", "meta"])
def test_hostile_text_cannot_inject_html(where: str) -> None:
    doc = _hostile_doc(where)
    page = write_html(doc)
    parser = _Visible()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert "b" not in parser.tags
    assert "onerror" not in {name for name, _value in parser.attrs}
    assert HOSTILE in html_words(page)


@pytest.mark.parametrize("where", ["title", "heading", "paragraph", "item", "cell", "meta"])
def test_hostile_text_cannot_change_markdown_structure(where: str) -> None:
    md = write_markdown(_hostile_doc(where))
    benign = write_markdown(_hostile_doc(where, text="plain words"))
    # The same block structure as with harmless text: each line starts the same way.
    assert _skeleton(md) == _skeleton(benign)
    assert "<" not in md.replace("\\<", "")
    assert "&" not in md.replace("\\&", "")
    assert markdown_words(md).count(" ".join(HOSTILE.split())) == 1


def test_hostile_lines_stay_one_paragraph_in_markdown() -> None:
    md = write_markdown(Document("T", (Paragraph((Span(HOSTILE_LINES),)),)))
    body = md.split("\n\n", 1)[1].rstrip("\n")
    lines = body.split("\n")
    assert len(lines) == 10  # one line each, joined by hard breaks: a single paragraph
    assert all(line.endswith("  ") for line in lines[:-1])
    for line in lines:
        assert not re.match(r"^( {4}|#|-|\d+\.|>|=|\||`|\+)", line), line
    assert markdown_words(md).endswith(
        "[link](http://example.com) ![pic](x.png) **not bold** _not em_ `tick` \\ backslash "
        "~~no~~ &amp; <b>no</b>"
    )


def test_hostile_lines_stay_text_in_html() -> None:
    page = write_html(Document("T", (Paragraph((Span(HOSTILE_LINES),)),)))
    parser = _Visible()
    parser.feed(page)
    body_tags = parser.tags[parser.tags.index("article") :]
    assert set(body_tags) == {"article", "h1", "p", "br"}
    assert "&amp;amp;" in page
    assert "&lt;b&gt;no&lt;/b&gt;" in page


def test_the_plain_writers_load_no_qt() -> None:
    code = (
        "import sys\n"
        "from counsel_desk.render.markdown import write_markdown\n"
        "from counsel_desk.render.html import write_html\n"
        "from counsel_desk.render.files import write_atomic\n"
        "from counsel_desk.domain.document import Document\n"
        "write_html(Document('t')); write_markdown(Document('t'))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _hostile_doc(where: str, text: str = HOSTILE) -> Document:
    title, blocks, meta = "Title", [Paragraph((Span("Body."),))], [("Client", "C-001")]
    if where == "title":
        title = text
    elif where == "heading":
        blocks.append(Heading(text, 2))
    elif where == "paragraph":
        blocks.append(Paragraph((Span(text, emphasis=True),)))
    elif where == "item":
        blocks.append(BulletList(((Span(text),), (Span("second"),))))
    elif where == "cell":
        blocks.append(Table(("A", "B"), ((text, "x"),)))
    elif where == "meta":
        meta.append(("Title", text))
    return Document(title, tuple(blocks), tuple(meta), footer="Confidential")


def _skeleton(md: str) -> list[str]:
    """How each line starts: the block structure, whatever the words."""
    return [re.match(r"^(#+ |- |\d+\. |\| |\*\*|\*|)", line).group(1) for line in md.splitlines()]
