"""The timeline picture in the supervision summary: there when the client has scores or
marks beyond attendance in the period, drawn by the Timeline tab's painter, with nothing
identifying in it (no name, no note or rupture words, no title; every text it draws is a
lane's name, a number, a legend word or, with dates as weeks, "week N"); in PDF, in HTML
as a data: URI, and in Markdown said in words."""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from renderkit import page_texts

from counsel_desk.domain.attendance import Attendance
from counsel_desk.domain.clients import ClientDraft, ClientIdentity
from counsel_desk.domain.document import ExportFormat, Picture
from counsel_desk.domain.sessions import SessionDraft, SessionStatus
from counsel_desk.domain.timeline import DOCUMENT_PICTURE, DocumentTimeline
from counsel_desk.render import pictures, qdoc
from counsel_desk.render.export import save_document
from counsel_desk.render.markdown import NOT_DRAWN
from counsel_desk.render.timeline_document import DocumentTimelinePicture
from counsel_desk.render.timeline_layout import week_ticks
from counsel_desk.services.summary import SummaryRequest
from counsel_desk.services.workspace import Workspace

pytestmark = pytest.mark.usefixtures("qapp")

FIRST = dt.date(2025, 3, 3)  # a Monday: the first session, week 1
MONTH = (dt.date(2025, 4, 1), dt.date(2025, 4, 30))
SECRETS = ("zoë", "zoe", "hartley", "marcus", "went quiet", "tamsin", "apr", "2025", "march")


@pytest.fixture
def practice(workspace: Workspace) -> dict[str, int]:
    ws = workspace
    zoe = ws.clients.add(
        ClientDraft("C-014", identity=ClientIdentity(full_name="Zoë Hartley")),
        [
            SessionDraft(0, dt.datetime.combine(FIRST, dt.time(10)) + dt.timedelta(weeks=n))
            for n in range(9)
        ],
    )
    plain = ws.clients.add(
        ClientDraft("C-020", identity=ClientIdentity(full_name="Ann Lee")),
        [SessionDraft(0, dt.datetime(2025, 4, 8, 11))],
    )
    ws.redaction.add(zoe.id, "Marcus")
    weeks = sorted(ws.sessions.for_client(zoe.id), key=lambda s: s.start)
    for n in (4, 5, 6):
        ws.attendance.record(weeks[n].id, Attendance(status=SessionStatus.ATTENDED))
    ws.measures.record_score(weeks[5].id, "srs", total="39")
    ws.measures.record_score(weeks[6].id, "srs", total="33.5")
    rupture = ws.ruptures.log(weeks[6].id, "withdrawal", "Zoë went quiet when Marcus came up")
    ws.ruptures.repair(rupture.id, FIRST + dt.timedelta(weeks=7), "Named it; Tamsin helped")
    (only,) = ws.sessions.for_client(plain.id)
    ws.attendance.record(only.id, Attendance(status=SessionStatus.ATTENDED))
    return {"zoe": zoe.id, "plain": plain.id}


def _pictures(document) -> list[Picture]:
    return [b for b in document.blocks if isinstance(b, Picture)]


class Recording(QPainter):
    """A painter that keeps every text it is asked to draw."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:
        self.texts.append(next(a for a in args if isinstance(a, str)))
        super().drawText(*args)


def _drawn_texts(data: DocumentTimeline) -> list[str]:
    image = QImage(1200, 700, QImage.Format.Format_ARGB32_Premultiplied)
    painter = Recording(image)
    try:
        painter.setFont(pictures.picture_font())
        DocumentTimelinePicture().paint(
            painter, QRectF(0, 0, 600, 350), data, pictures.paper_palette()
        )
    finally:
        painter.end()
    return painter.texts


def test_the_picture_is_there_with_scores_and_marks_not_with_attendance_alone(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    summary = workspace.summary.build(SummaryRequest(*MONTH, tuple(practice.values())))
    blocks = summary.document.blocks
    (picture,) = _pictures(summary.document)
    assert picture.name == DOCUMENT_PICTURE
    # first in the working relationship's section of C-014, before its list
    at = blocks.index(picture)
    assert [getattr(b, "text", None) for b in blocks[at - 1 : at]] == ["The working relationship"]
    headings = [getattr(b, "text", "") for b in blocks]
    assert headings.index("C-014") < at < headings.index("C-020")  # C-020: attendance only
    data: DocumentTimeline = picture.data
    assert data.weeks_from == FIRST  # "week 1" is the first session's week, as in the text
    assert [lane.key for lane in data.timeline.lanes] == [
        "measure:srs",
        "attendance",
        "ruptures",
        "flags",
    ]  # only the lanes that hold something
    marks = [m for lane in data.timeline.lanes for m in lane.marks]
    assert marks
    assert all(m.label == m.detail == m.ref == "" for m in marks)
    assert "SRS (2)" in picture.description
    assert "Ruptures and repairs (2)" in picture.description
    assert not any(word in picture.description.casefold() for word in SECRETS)
    assert picture.height_mm == data.height_mm > 30


def test_the_picture_draws_nothing_identifying_and_weeks_on_its_axis(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    summary = workspace.summary.build(SummaryRequest(*MONTH, (practice["zoe"],)))
    (picture,) = _pictures(summary.document)
    texts = _drawn_texts(picture.data)
    folded = " ".join(texts).casefold()
    for word in (*SECRETS, "c-014"):
        assert word not in folded, word
    weeks = [t for t in texts if t.startswith("week ")]
    assert weeks == ["week 6", "week 7", "week 8", "week 9"]  # the Mondays of 1–30 April
    assert "SRS" in texts  # the lane's name


def test_dates_as_written_keep_the_axis_in_dates(
    workspace: Workspace, practice: dict[str, int]
) -> None:
    summary = workspace.summary.build(
        SummaryRequest(*MONTH, (practice["zoe"],), relative_dates=False)
    )
    (picture,) = _pictures(summary.document)
    assert picture.data.weeks_from is None
    texts = _drawn_texts(picture.data)
    assert not any(t.startswith("week ") for t in texts)
    assert any(re.fullmatch(r"\d{1,2} Apr", t) for t in texts)


def test_week_ticks_follow_the_summary_weeks_and_thin_out_when_crowded() -> None:
    first = dt.date(2025, 3, 3)
    assert week_ticks(dt.date(2025, 4, 1), dt.date(2025, 4, 30), 600, first) == [
        (dt.date(2025, 4, 7), "week 6"),
        (dt.date(2025, 4, 14), "week 7"),
        (dt.date(2025, 4, 21), "week 8"),
        (dt.date(2025, 4, 28), "week 9"),
    ]
    year = week_ticks(dt.date(2025, 3, 3), dt.date(2026, 3, 1), 600, first)
    assert 4 <= len(year) <= 13  # never one a week across a year at 600 pixels
    assert year[0] == (first, "week 1")


@pytest.mark.parametrize("fmt", [ExportFormat.PDF, ExportFormat.HTML, ExportFormat.MARKDOWN])
def test_each_format_carries_the_picture_and_no_name(
    workspace: Workspace, practice: dict[str, int], tmp_path: Path, fmt: ExportFormat
) -> None:
    summary = workspace.summary.build(SummaryRequest(*MONTH, (practice["zoe"],)))
    out = tmp_path / "out"
    out.mkdir()
    path = save_document(summary.document, out / f"summary.{fmt.value}")
    data = path.read_bytes()
    if fmt is ExportFormat.PDF:
        text = " ".join(page_texts(data))
        assert "week 6" in text  # the picture's axis, drawn as text on the page
        assert "Ruptures and repairs" in text  # its lanes
    elif fmt is ExportFormat.HTML:
        text = data.decode()
        (png,) = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
        image = QImage.fromData(base64.b64decode(png), "PNG")
        assert image.width() > 600  # self-contained: the picture is in the page itself
        assert [p.name for p in out.iterdir()] == ["summary.html"]
        text = text.replace(png, "")  # letters at random, not words
    else:
        text = data.decode()
        assert "Picture: A timeline of the period, with SRS (2)" in text
        assert f"*{NOT_DRAWN}*" in text  # no PNG beside it: one file, said in words
        assert [p.name for p in out.iterdir()] == ["summary.md"]
    folded = text.casefold()
    for word in ("zoë", "zoe", "hartley", "marcus", "went quiet", "tamsin"):
        assert word not in folded, word


def test_a_picture_is_painted_once_though_it_starts_a_page(
    workspace: Workspace, practice: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsel_desk.render.pdf import pdf_bytes

    painted: list[int] = []
    real = DocumentTimelinePicture.paint

    def paint(self, painter, rect, data, palette):
        painted.append(1)
        return real(self, painter, rect, data, palette)

    monkeypatch.setattr(DocumentTimelinePicture, "paint", paint)
    summary = workspace.summary.build(SummaryRequest(*MONTH, (practice["zoe"],)))
    many = replace(summary.document, blocks=summary.document.blocks * 6)
    pdf_bytes(many)
    assert len(painted) == 6  # some start a page: the page before does not paint them too


def test_the_preview_lays_the_picture_out(workspace: Workspace, practice: dict[str, int]) -> None:
    summary = workspace.summary.build(SummaryRequest(*MONTH, (practice["zoe"],)))
    doc = qdoc.build(summary.document, text_width=620)
    assert "\ufffc" in doc.toPlainText()  # the picture's place in the text
    assert doc.size().height() > 200
