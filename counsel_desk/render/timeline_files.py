"""The alliance timeline as a file: a PNG picture or a one-page PDF, drawn by the same
painter as the screen, on white whatever the desktop's theme, and written whole or not at
all with its audit entry just before the file takes its name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from counsel_desk.domain.timeline import LaneKind, PictureFormat
from counsel_desk.render import pictures
from counsel_desk.render.files import write_atomic
from counsel_desk.render.timeline import PICTURE
from counsel_desk.render.timeline_layout import AXIS, LEGEND_ROW, MARKS_LANE, PAD, TimelineFigure

PNG_QUALITY = 80
PNG_PIXEL_RATIO = 1.5
FILE_LINE_LANE = 120.0  # a line lane's height in a saved picture


def natural_size(figure: TimelineFigure, width: float = 1100.0) -> QSizeF:
    """A size that gives every lane room: line lanes at their tallest, for files."""
    lanes = figure.timeline.lanes
    height = 2 * PAD + AXIS + (LEGEND_ROW if figure.legend else 0.0)
    height += sum(FILE_LINE_LANE if lane.kind is LaneKind.LINE else MARKS_LANE for lane in lanes)
    if figure.title:
        height += 24 + (16 if figure.subtitle else 0) + 6
    return QSizeF(width, height + 4)


def figure_bytes(figure: TimelineFigure, fmt: PictureFormat) -> bytes:
    """The picture as a PNG (one and a half times the pixels of its logical size: 1,650
    wide, sharp on paper and on a high-density screen, quick to write) or as one landscape
    A4 page of PDF, on white whatever the desktop's theme."""
    if fmt is PictureFormat.PDF:
        data, _layout = pictures.to_pdf(PICTURE, figure, title=figure.title)
        return data
    image, _layout = pictures.to_image(
        PICTURE, figure, natural_size(figure), pixel_ratio=PNG_PIXEL_RATIO
    )
    # Opaque (white paper), so no alpha channel; zlib at a low level: a fifth of the time
    # of the default for a file a few times larger, still small (tens of kilobytes).
    return pictures.to_png(image.convertToFormat(QImage.Format.Format_RGB32), PNG_QUALITY)


def save_timeline(
    figure: TimelineFigure,
    path: Path,
    fmt: PictureFormat | None = None,
    *,
    record: Callable[[], None] | None = None,
) -> Path:
    """Write the picture to ``path`` whole or not at all (0600); ``record`` (the audit entry)
    runs just before the file takes its name."""
    fmt = fmt or PictureFormat.from_path(path)
    return write_atomic(Path(path), figure_bytes(figure, fmt), before_replace=record)
