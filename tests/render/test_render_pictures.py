"""One painter, every device: the tests' own picture (``renderkit.Swatches``) drawn into a
PNG, a PDF page and a document's page makes the same marks, and what is hit is what was
drawn. (The widget side is tests/ui/test_picture_view.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage
from renderkit import COLOURS, Swatches, filled_rects, page_texts, same_marks

from counsel_desk.domain.document import Document, Paragraph, Picture, Span
from counsel_desk.render import pictures
from counsel_desk.render.errors import UnknownPicture
from counsel_desk.render.pdf import pdf_bytes

pytestmark = pytest.mark.usefixtures("qapp")

VALUES = [0.25, 0.8, 0.5]


def _centre(rect: tuple[float, ...]) -> QPointF:
    return QRectF(*rect).center()


def test_into_an_image_the_marks_are_where_the_layout_says() -> None:
    image, layout = pictures.to_image(Swatches(), VALUES, QSizeF(300, 120))
    assert (image.width(), image.height()) == (600, 240)  # twice as fine as the screen
    assert [m.colour for m in layout.marks] == list(COLOURS[:3])
    for mark in layout.marks:
        centre = _centre(mark.rect) * 2  # in the image's own pixels
        assert image.pixelColor(centre.toPoint()).name() == mark.colour
        hit = layout.hit(_centre(mark.rect))
        assert hit is not None
        assert hit.key == mark.key
        assert hit.tooltip == mark.label
    assert image.pixelColor(2, 2) == QColor("#ffffff")  # paper, whatever the desktop theme
    assert layout.hit(QPointF(1, 1)) is None


def test_a_pdf_page_and_an_image_of_its_size_make_the_same_marks() -> None:
    data, pdf_layout = pictures.to_pdf(Swatches(), VALUES, title="Swatches")
    x, y, width, height = pdf_layout.rect
    assert (x, y) == (0, 0)
    assert width == pytest.approx((297 - 30) / 25.4 * 96, abs=1)  # A4 landscape, 15 mm margins
    _image, image_layout = pictures.to_image(Swatches(), VALUES, QSizeF(width, height))
    assert image_layout.marks == pdf_layout.marks
    assert same_marks(filled_rects(data), pdf_layout.marks)
    assert page_texts(data) == ["value 0.25 value 0.80 value 0.50"]


def test_the_png_is_a_png_of_the_image() -> None:
    image, _layout = pictures.to_image(Swatches(), VALUES, QSizeF(200, 80))
    png = pictures.to_png(image)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    again = QImage.fromData(png, "PNG")
    assert again.size() == image.size()
    assert again.pixelColor(again.width() // 2, again.height() - 4) == image.pixelColor(
        image.width() // 2, image.height() - 4
    )


def test_a_picture_block_draws_the_same_marks_inside_a_document(swatches: Swatches) -> None:
    width_mm, height_mm = 120.0, 50.0
    doc = Document(
        "A picture in the text",
        (
            Paragraph((Span("Before the picture."),)),
            Picture("swatches", "Three boxes", VALUES, width_mm, height_mm, caption="Scores"),
            Paragraph((Span("After the picture."),)),
        ),
    )
    data = pdf_bytes(doc)
    # The layout a widget or an image of the block's size gets.
    size = QSizeF(pictures.mm_to_logical(width_mm), pictures.mm_to_logical(height_mm))
    _image, layout = pictures.to_image(swatches, VALUES, size)
    assert same_marks(filled_rects(data), layout.marks)
    text = page_texts(data)[0]
    assert text.index("Before the picture.") < text.index("value 0.25") < text.index("Scores")
    assert text.index("Scores") < text.index("After the picture.")


def test_a_picture_wider_than_the_page_is_laid_out_to_the_page(swatches: Swatches) -> None:
    """It gets the page's width and a height in proportion, and lays itself out to that rect
    (as a narrower widget would), so its labels keep their size."""
    doc = Document("Wide", (Picture("swatches", "Wide boxes", [1.0], 400.0, 100.0),))
    drawn = filled_rects(pdf_bytes(doc))
    width = drawn[0][1][2] + 8  # the box spans the picture less 4 px each side
    assert width == pytest.approx(pictures.mm_to_logical(210 - 40), abs=1)  # A4 less margins
    _image, layout = pictures.to_image(swatches, [1.0], QSizeF(width, width * 100.0 / 400.0))
    assert same_marks(drawn, layout.marks)


def test_an_unknown_picture_is_refused_before_any_page() -> None:
    doc = Document("T", (Picture("nothing-by-this-name", "?"),))
    with pytest.raises(UnknownPicture, match="cannot draw"):
        pdf_bytes(doc)
