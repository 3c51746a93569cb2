"""Helpers for the render and export tests: a small picture of their own, reading PDFs back.

``Swatches`` is the tests' picture (the package ships none until the timeline): a row of
coloured boxes, one per value, each as tall as its value and labelled with it. Its layout is
computed once per paint and answers hit tests, as every picture's must.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.generic import ContentStream
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette

from counsel_desk.render.pictures import Hit

COLOURS = ("#c0392b", "#27ae60", "#2f5d8a", "#8e44ad")


@dataclass(frozen=True)
class Mark:
    key: int
    rect: tuple[float, float, float, float]  # x, y, width, height in logical pixels
    colour: str
    label: str


class SwatchLayout:
    def __init__(self, rect: QRectF, values: list[float]) -> None:
        self.rect = (rect.x(), rect.y(), rect.width(), rect.height())
        width = rect.width() / max(1, len(values))
        usable = rect.height() - 24
        self.marks = [
            Mark(
                key=i,
                rect=(
                    round(rect.left() + i * width + 4, 3),
                    round(rect.bottom() - value * usable, 3),
                    round(width - 8, 3),
                    round(value * usable, 3),
                ),
                colour=COLOURS[i % len(COLOURS)],
                label=f"value {value:.2f}",
            )
            for i, value in enumerate(values)
        ]

    def hit(self, point: QPointF) -> Hit | None:
        for mark in self.marks:
            if QRectF(*mark.rect).contains(point):
                return Hit(mark.key, mark.label)
        return None


class Swatches:
    def paint(
        self, painter: QPainter, rect: QRectF, data: list[float], palette: QPalette
    ) -> SwatchLayout:
        layout = SwatchLayout(rect, data)
        for mark in layout.marks:
            box = QRectF(*mark.rect)
            painter.fillRect(box, QColor(mark.colour))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(box.topLeft() + QPointF(0, -6), mark.label)
        return layout


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def words(text: str) -> str:
    """Text with every run of whitespace (pypdf gives tabs and breaks) as one space, and
    ligatures (the font's "fi") as their letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(data: bytes) -> list[str]:
    return [words(page.extract_text()) for page in reader(data).pages]


def filled_rects(data: bytes, page: int = 0) -> list[tuple[str, tuple[float, ...]]]:
    """Every filled rectangle on a page as (colour, (x, y, w, h)), in the coordinates the
    painter drew them in (Qt's PDF engine writes a ``re`` per fillRect, after ``scn``)."""
    pdf = reader(data)
    stream = ContentStream(pdf.pages[page].get_contents(), pdf)
    colour = "#000000"
    found = []
    pending: tuple[float, ...] | None = None
    for operands, op in stream.operations:
        if op == b"scn" and len(operands) == 3:
            colour = QColor.fromRgbF(*(float(v) for v in operands)).name()
        elif op == b"re":
            pending = tuple(round(float(v), 3) for v in operands)
        elif op == b"f" and pending is not None:
            found.append((colour, pending))
            pending = None
        elif op != b"re":
            pending = None if op not in (b"cm", b"q") else pending
    return found


def same_marks(drawn: list[tuple[str, tuple[float, ...]]], marks: list[Mark]) -> bool:
    """The PDF's filled rectangles are the layout's marks: same colours, same places (to the
    thousandth of a pixel the PDF writes)."""
    if [colour for colour, _rect in drawn] != [m.colour for m in marks]:
        return False
    return all(
        abs(a - b) < 0.005
        for (_colour, rect), mark in zip(drawn, marks, strict=True)
        for a, b in zip(rect, mark.rect, strict=True)
    )


# --- folders that refuse a file ------------------------------------------------------------
@contextlib.contextmanager
def unwritable_folder(folder: Path) -> Iterator[Path]:
    """``folder`` (made, with whatever is put in it first) that no one may create files in:
    immutable for root (who ignores modes), read-only otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        try:
            yield folder
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)


@contextlib.contextmanager
def small_disk(folder: Path, monkeypatch: object, fill: dict[str, bytes]) -> Iterator[Path]:
    """``folder`` on a 64 KiB filesystem (a real tmpfs, for root), holding ``fill``; for
    anyone else the disk fills at 64 KiB by the operating system's own error, raised where
    ``render.files`` writes the bytes."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], check=True)
        try:
            for name, data in fill.items():
                (folder / name).write_bytes(data)
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    from counsel_desk.render import files

    for name, data in fill.items():
        (folder / name).write_bytes(data)
    written = {"bytes": 0}
    real_write = os.write

    def write(fd: int, data: memoryview) -> int:
        if written["bytes"] + len(data) > 64 * 1024:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written["bytes"] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(files.os, "write", write)  # type: ignore[attr-defined]
    yield folder
