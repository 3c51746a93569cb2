"""Fonts that exist wherever the app runs, the offscreen platform included.

A PDF written with a font the system lacks would embed nothing readable, so the family is
always one fontconfig (or the desktop) actually has: the first of ``FAMILIES`` present,
else the system's own general font.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Sans Serif")
LOGICAL_DPI = 96.0


@cache
def family() -> str:
    present = set(QFontDatabase.families())
    for name in FAMILIES:
        if name in present:
            return name
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def document_font(point_size: float = 10.5) -> QFont:
    """Text on a page, sized in points."""
    font = QFont(family())
    font.setPointSizeF(point_size)
    return font


def picture_font(point_size: float = 9.0, *, bold: bool = False) -> QFont:
    """A picture's labels, sized in logical pixels (96 per inch) so they scale with the
    picture; a size in points would follow each device's own resolution instead."""
    font = QFont(family())
    font.setPixelSize(max(1, round(point_size * LOGICAL_DPI / 72)))
    font.setBold(bold)
    return font
