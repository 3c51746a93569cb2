"""Pages: a document as PDF (read back with pypdf), on paper sizes, printed to a file printer
and painted for a real one, and every other format saved by its extension."""

from __future__ import annotations

import base64
import re
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from renderkit import page_texts, reader, words

from counsel_desk.domain.document import (
    BulletList,
    Document,
    ExportFormat,
    Heading,
    Paragraph,
    Picture,
    Span,
)
from counsel_desk.domain.errors import ValidationError
from counsel_desk.render import fonts
from counsel_desk.render.errors import PrintFailed
from counsel_desk.render.export import document_bytes, save_document
from counsel_desk.render.markdown import write_markdown
from counsel_desk.render.pdf import PageSetup, paint_pages, pdf_bytes, print_document

pytestmark = pytest.mark.usefixtures("qapp")

FOOTER = "Confidential · C-004 · printed Tue 26 Nov 2026, 16:00"
ODD = 'He said <b>"no"</b> & left — café, naïve, 50% [sic]'


def long_document(paragraphs: int = 60) -> Document:
    blocks = []
    for n in range(1, paragraphs + 1):
        if n % 10 == 1:
            blocks.append(Heading(f"Part {n // 10 + 1}", 2))
        blocks.append(
            Paragraph((Span(f"Paragraph {n} begins. "), Span("Some words " * 30, emphasis=True)))
        )
    blocks.append(Paragraph((Span(ODD),)))
    blocks.append(BulletList(((Span("last item"),),)))
    return Document("Session note — C-004", tuple(blocks), (("Client", "C-004"),), footer=FOOTER)


def test_a_long_document_runs_over_pages_each_with_its_footer_and_number() -> None:
    data = pdf_bytes(long_document())
    assert data.startswith(b"%PDF-")
    pages = page_texts(data)
    count = len(pages)
    assert count >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert FOOTER in text
    joined = " ".join(pages)
    positions = [joined.index(f"Paragraph {n} begins.") for n in range(1, 61)]
    assert positions == sorted(positions)  # every paragraph, in order, none lost at a break
    assert pages[0].startswith("Session note — C-004 Client: C-004 Part 1 Paragraph 1 begins.")
    assert ODD in joined
    assert "last item" in pages[-1]


def test_a4_by_default_and_letter_when_asked() -> None:
    short = Document("Short", (Paragraph((Span("One line."),)),))
    a4 = reader(pdf_bytes(short)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = reader(pdf_bytes(short, PageSetup(size=QPageSize.PageSizeId.Letter))).pages[0]
    assert (round(float(letter.mediabox.width)), round(float(letter.mediabox.height))) == (
        612,
        792,
    )


def test_margins_hold_the_text_inside_them() -> None:
    """Text starts at the left margin and stays above the bottom one (measured in points)."""
    setup = PageSetup(margins_mm=(30.0, 25.0, 30.0, 20.0))
    data = pdf_bytes(long_document(12), setup)
    xs: list[float] = []
    ys: list[float] = []

    def visit(text: str, cm: list, tm: list, _font: object, _size: float) -> None:
        if text.strip():  # where the text starts on the page: its matrix, then the page's
            xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            ys.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    reader(data).pages[0].extract_text(visitor_text=visit)
    mm = 72 / 25.4
    assert min(xs) == pytest.approx(30 * mm, abs=1.5)
    assert min(ys) >= 20 * mm - 1  # PDF y grows upwards from the bottom edge
    assert max(ys) <= 842 - 25 * mm + 1


def test_the_font_is_one_this_system_has_and_it_is_embedded() -> None:
    data = pdf_bytes(long_document(2))
    page = reader(data).pages[0]
    found = page["/Resources"]["/Font"]
    assert found
    for ref in found.values():
        font = ref.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)  # embedded
        assert fonts.family().replace(" ", "") in str(font["/BaseFont"])


def test_pdf_metadata_names_the_document_only() -> None:
    meta = reader(pdf_bytes(long_document(1))).metadata
    assert meta.title == "Session note — C-004"
    assert meta.creator == "Counsel Desk"


def test_a_printer_that_writes_a_file_gets_a_whole_private_pdf(tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    recorded: list[bool] = []

    def record() -> None:
        recorded.append(target.exists())

    where = print_document(long_document(), printer, record=record)
    assert where == str(target)
    assert recorded == [False]  # recorded once, before the file took its name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pdf = reader(target.read_bytes())
    assert round(float(pdf.pages[0].mediabox.width)) == 612  # the printer's paper, Letter
    assert FOOTER in words(pdf.pages[0].extract_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printed.pdf"]


def test_if_recording_fails_nothing_is_printed_to_the_file(tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))

    def record() -> None:
        raise ValidationError("The audit log could not be written.")

    with pytest.raises(ValidationError, match="audit log"):
        print_document(long_document(2), printer, record=record)
    assert list(tmp_path.iterdir()) == []


def test_a_file_printer_without_a_file_name_says_so() -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("")
    with pytest.raises(PrintFailed, match="no file name"):
        print_document(long_document(1), printer)


def test_a_real_printer_gets_the_same_pages_painted(tmp_path: Path) -> None:
    """The path a physical printer takes (``paint_pages`` on the QPrinter itself), caught in
    Qt's own PDF output so the pages can be read back."""
    target = tmp_path / "spool.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageLayout(PageSetup().layout())
    seen: list[bool] = []
    pages = paint_pages(
        long_document(), printer, before_output=lambda: seen.append(target.exists())
    )
    assert seen == [False]  # asked before the first mark was made
    texts = page_texts(target.read_bytes())
    assert len(texts) == pages
    assert texts == page_texts(pdf_bytes(long_document()))  # the same pages as "Save as PDF"


@pytest.mark.parametrize(
    ("name", "start"),
    [("note.pdf", b"%PDF-"), ("note.HTML", b"<!DOCTYPE html>"), ("note.md", b"# Session note")],
)
def test_saving_picks_the_format_from_the_extension(tmp_path: Path, name: str, start: bytes):
    path = save_document(long_document(3), tmp_path / name)
    assert path.read_bytes().startswith(start)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_unknown_extension_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.pdf, \.html or \.md"):
        save_document(long_document(1), tmp_path / "note.docx")
    assert list(tmp_path.iterdir()) == []


def test_html_embeds_a_registered_picture_as_png(swatches) -> None:
    doc = Document(
        "With a picture",
        (Picture("swatches", "Two boxes", data=[0.3, 0.9], width_mm=80, height_mm=30),),
    )
    page = document_bytes(doc, ExportFormat.HTML).decode()
    match = re.search(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="Two boxes">', page)
    assert match is not None
    image = QImage.fromData(base64.b64decode(match.group(1)), "PNG")
    assert not image.isNull()
    assert image.width() == round(80 / 25.4 * 96 * 2)  # twice as fine as the screen


def test_markdown_read_back_by_qt_keeps_every_block_and_no_markup() -> None:
    """Qt's own Markdown reader (the editor's preview) sees the structure we wrote, and the
    odd text as plain text."""
    doc = Document(
        "Title # with <b>tags</b>",
        (
            Heading("Heading - one", 2),
            Paragraph((Span("1. not a list\n- nor this\n# nor this\n" + ODD),)),
            BulletList(((Span("* star"),), (Span("plain"),))),
        ),
    )
    text = QTextDocument()
    text.setMarkdown(write_markdown(doc))
    blocks = []
    block = text.begin()
    while block.isValid():
        blocks.append((block.blockFormat().headingLevel(), bool(block.textList()), block.text()))
        block = block.next()
    assert blocks == [
        (1, False, "Title # with <b>tags</b>"),
        (2, False, "Heading - one"),
        # Qt turns each hard line break into a block of its own: plain text, every one.
        (0, False, "1. not a list"),
        (0, False, "- nor this"),
        (0, False, "# nor this"),
        (0, False, ODD),
        (0, True, "* star"),
        (0, True, "plain"),
    ]


def test_a_page_layout_can_be_given_in_millimetres() -> None:
    layout = PageSetup(margins_mm=(10, 10, 10, 10)).layout()
    assert layout.units() == QPageLayout.Unit.Millimeter
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
