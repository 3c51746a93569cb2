"""A ``Document`` as one self-contained HTML page. Pure Python.

Every piece of text goes through ``html.escape``: nothing typed can add a tag, an attribute
or a script. The page loads nothing from anywhere: its style is inline, pictures (when the
caller can draw them) are embedded as PNG data, and a Content-Security-Policy forbids
everything else should the file be opened in a browser.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape

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

POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; line-height: 1.45;
       max-width: 44em; margin: 2em auto; padding: 0 1em; color: #1d1d1f; }
h1 { font-size: 1.6em; margin-bottom: 0.3em; }
h2 { font-size: 1.25em; margin-top: 1.4em; }
h3 { font-size: 1.08em; margin-top: 1.2em; }
h4 { font-size: 1em; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.15em 1em;
          margin: 0 0 1.5em; color: #3a3a3c; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #b0b0b5; padding: 0.25em 0.6em; text-align: left; }
hr { border: 0; border-top: 1px solid #b0b0b5; margin: 1.5em 0; }
figure { margin: 1em 0; }
figure img { max-width: 100%; }
footer { margin-top: 2.5em; font-size: 0.85em; color: #5a5a5f; }
.page-break { break-after: page; }
""".strip()


def inline(spans: Inline) -> str:
    out = []
    for span in spans:
        text = escape(span.text).replace("\r\n", "\n").replace("\n", "<br>\n")
        if span.emphasis:
            text = f"<em>{text}</em>"
        if span.strong:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in table.rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>"


def _picture(block: Picture, png: bytes | None) -> str:
    caption = f"<figcaption>{escape(block.caption)}</figcaption>" if block.caption else ""
    if png is None:
        return f"<figure><p>{escape(block.description)}</p>{caption}</figure>"
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.description)}">'
        f"{caption}</figure>"
    )


def write_html(
    document: Document, picture_png: Callable[[Picture], bytes | None] | None = None
) -> str:
    """The page; ``picture_png`` draws a picture block as PNG bytes (``render`` gives one)."""
    body: list[str] = [f"<h1>{escape(document.title)}</h1>"]
    if document.metadata:
        rows = "\n".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in document.metadata)
        body.append(f'<dl class="meta">\n{rows}\n</dl>')
    for block in document.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Paragraph):
            if block.spans:
                body.append(f"<p>{inline(block.spans)}</p>")
        elif isinstance(block, BulletList):
            tag = "ol" if block.numbered else "ul"
            items = "\n".join(f"<li>{inline(item)}</li>" for item in block.items)
            body.append(f"<{tag}>\n{items}\n</{tag}>")
        elif isinstance(block, Table):
            body.append(_table(block))
        elif isinstance(block, Rule):
            body.append("<hr>")
        elif isinstance(block, PageBreak):
            body.append('<div class="page-break"></div>')
        elif isinstance(block, Picture):
            body.append(_picture(block, picture_png(block) if picture_png else None))
    if document.footer:
        body.append(f"<footer>{escape(document.footer)}</footer>")
    content = "\n".join(body)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(document.title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
        f"<body>\n<article>\n{content}\n</article>\n</body>\n</html>\n"
    )
