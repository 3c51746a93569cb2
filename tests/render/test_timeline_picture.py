"""The alliance timeline's painter: every lane drawn with the expected number of marks, the
same picture into a PNG and a PDF page, what is hit being what was drawn, readable on light,
dark and paper palettes, and an axis that fits its width."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPalette
from renderkit import page_texts, reader
from timelinekit import END, EXPECTED, START, timeline

from counsel_desk.domain.timeline import PictureFormat
from counsel_desk.render import pictures
from counsel_desk.render.timeline import PICTURE
from counsel_desk.render.timeline_files import figure_bytes, natural_size, save_timeline
from counsel_desk.render.timeline_layout import MarkRef, TimelineFigure, ticks, visible_range

pytestmark = pytest.mark.usefixtures("qapp")
SIZE = QSizeF(900, 640)


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#202124"))
    for role, colour in (
        (QPalette.ColorRole.Base, "#202124"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def inked(image: QImage, rect: QRectF, ratio: float = 2.0) -> int:
    """Pixels in ``rect`` (logical) that differ from the background."""
    background = image.pixelColor(1, 1)
    found = 0
    x0, y0 = int(rect.left() * ratio), int(rect.top() * ratio)
    x1, y1 = int(rect.right() * ratio), int(rect.bottom() * ratio)
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            if image.pixelColor(x, y) != background:
                found += 1
    return found


def test_every_lane_is_drawn_with_its_marks() -> None:
    image, layout = pictures.to_image(PICTURE, TimelineFigure(timeline()), SIZE)
    assert not image.isNull()
    assert layout.drawn == EXPECTED
    assert list(layout.lanes) == list(EXPECTED)
    for key, rect in layout.lanes.items():
        plot_part = QRectF(rect.left() + 2, rect.top() + 2, rect.width() - 4, rect.height() - 4)
        assert inked(image, plot_part) > 10, f"nothing drawn in the {key} lane"
    assert "Possible rupture" in layout.legend
    assert "Did not attend" in layout.legend


def test_what_is_hit_is_the_mark_drawn_there() -> None:
    shown = timeline()
    _image, layout = pictures.to_image(PICTURE, TimelineFigure(shown), SIZE)
    for key, points in layout.points.items():
        lane = shown.lane(key)
        for centre in points:
            found = layout.hit(centre)
            assert found is not None
            ref = found.key
            assert isinstance(ref, MarkRef)
            assert ref.lane == key
            mark = lane.marks[ref.index]
            assert ref.session_id == mark.session_id
            assert found.tooltip.splitlines()[0].endswith(str(mark.label))
    missed = [m for m in shown.lane("attendance").marks if m.label == "Did not attend"]
    (centre,) = [
        p
        for p in layout.points["attendance"]
        if layout.hit(p).key.session_id == missed[0].session_id
    ]
    tip = layout.hit(centre).tooltip
    assert tip.startswith("24 February 2025: Did not attend")
    assert tip.endswith("Click to open this session.")
    assert layout.hit(QPointF(2, 2)) is None


def test_a_selected_mark_is_ringed() -> None:
    shown = timeline()
    plain, layout = pictures.to_image(PICTURE, TimelineFigure(shown), SIZE)
    ringed, _ = pictures.to_image(PICTURE, TimelineFigure(shown, selected=("risk", 0)), SIZE)
    centre = layout.points["risk"][0]
    around = QRectF(centre.x() - 12, centre.y() - 12, 24, 24)
    assert inked(ringed, around) > inked(plain, around)


def test_dark_and_paper_palettes_keep_text_readable() -> None:
    light, layout = pictures.to_image(PICTURE, TimelineFigure(timeline()), SIZE)
    dark, _ = pictures.to_image(PICTURE, TimelineFigure(timeline()), SIZE, dark_palette())
    assert light.pixelColor(2, 2) == QColor("#ffffff")
    assert dark.pixelColor(2, 2) == QColor("#202124")
    # the lane titles in the gutter: dark ink on paper, light ink on the dark background
    title = layout.lanes["attendance"]
    gutter = QRectF(8, title.top() + 4, 60, title.height() - 8)

    def extreme(image: QImage, pick) -> float:
        values = [
            image.pixelColor(int(x * 2), int(y * 2)).lightnessF()
            for x in range(int(gutter.left()), int(gutter.right()))
            for y in range(int(gutter.top()), int(gutter.bottom()))
        ]
        return pick(values)

    assert extreme(light, min) < 0.3
    assert extreme(dark, max) > 0.7


def test_the_same_painter_writes_a_png_and_a_pdf(tmp_path) -> None:
    figure = TimelineFigure(timeline(), title="C-001: the working relationship", subtitle="Q1")
    png = figure_bytes(figure, PictureFormat.PNG)
    image = QImage.fromData(png, "PNG")
    size = natural_size(figure)
    assert (image.width(), image.height()) == (
        round(size.width() * 1.5),
        round(size.height() * 1.5),
    )
    pdf = figure_bytes(figure, PictureFormat.PDF)
    assert len(reader(pdf).pages) == 1
    (text,) = page_texts(pdf)
    assert "C-001: the working relationship" in text
    for title in ("SRS", "WAI-SR", "My reflection", "Attendance", "Ruptures and repairs"):
        assert title in text
    _data, pdf_layout = pictures.to_pdf(PICTURE, figure, title=figure.title)
    assert pdf_layout.drawn == EXPECTED
    written = save_timeline(figure, tmp_path / "t.png")
    assert written.read_bytes() == png
    assert (written.stat().st_mode & 0o777) == 0o600


def test_a_shorter_period_draws_only_its_marks() -> None:
    _image, layout = pictures.to_image(
        PICTURE, TimelineFigure(timeline(dt.date(2025, 2, 1), dt.date(2025, 2, 28))), SIZE
    )
    assert layout.drawn["measure:srs"] == 2  # 3 and 17 February
    assert layout.drawn["attendance"] == 5  # four sessions and the break
    # the rupture of 17 February repaired on 3 March: drawn up to the edge, repair outside
    assert layout.drawn["ruptures"] == 1


def test_too_small_to_say_anything_draws_nothing_and_hits_nothing() -> None:
    _image, layout = pictures.to_image(PICTURE, TimelineFigure(timeline()), QSizeF(60, 40))
    assert layout.drawn == {}
    assert layout.hit(QPointF(30, 20)) is None


@pytest.mark.parametrize(
    ("start", "end", "width", "first", "labels"),
    [
        (dt.date(2025, 1, 1), dt.date(2025, 1, 31), 600, "6 Jan", 4),  # weeks: Mondays
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31), 600, "Jan 2025", 12),
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31), 200, "Jan 2025", 4),  # every third month
        (dt.date(2016, 1, 1), dt.date(2025, 12, 31), 600, "2016", 10),
    ],
)
def test_the_axis_marks_fit_its_width(start, end, width, first, labels) -> None:
    marks = ticks(start, end, width)
    assert marks[0][1] == first
    assert len(marks) == labels


def test_a_measure_lane_shows_the_part_of_its_scale_in_use() -> None:
    shown = timeline()
    low, high = visible_range(shown.lane("measure:srs"))
    assert (low, high) == (30.0, 40.0)  # scores 33.2 to 39 and the cutoff 36
    assert visible_range(shown.lane("reflection")) == (1.0, 5.0)


def test_the_picture_is_registered_for_documents() -> None:
    assert pictures.picture("timeline") is PICTURE
    assert START < END
