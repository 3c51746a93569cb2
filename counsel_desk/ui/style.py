"""Spacing and type scale shared by the views, so pages line up with one another.

Spacing is in logical pixels (Qt scales them on a high-density screen); type is a factor
of the application's font, so a practitioner's larger system font makes everything larger
together. Colours are never set here: widgets take them from the palette's roles
(``QPalette``), so the light and the dark schemes both read well.

This module imports no Qt at import time: the unlock window's modules may use it without
slowing the first window (see ``ui/widgets.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

# --- spacing: a 4-pixel grid ---------------------------------------------------------------
SPACE_XS = 4  # inside a chip or a badge; between a line and its own note
SPACE_S = 8  # between the lines of one card
SPACE_M = 12  # between groups, and between cards (widgets.SPACING)
SPACE_L = 16  # inside a card, around its content
SPACE_XL = 24  # around a page (widgets.MARGIN)

RADIUS = 6  # a card's corners
CHIP_RADIUS = 10  # a chip's and a badge's ends: round at the usual font size

# --- type: factors of the application's font --------------------------------------------------
TYPE_PAGE = 1.3  # a view's title ("Today", a client's code)
TYPE_HERO = 1.15  # the one line a page leads with ("Under way: C-007 16:00")
TYPE_CARD = 1.05  # a card's or a section's title
TYPE_BODY = 1.0
TYPE_SMALL = 0.9  # a chip, a badge, a date under a title

# --- layout ---------------------------------------------------------------------------------
TWO_COLUMNS_FROM = 720  # a dashboard's width at which its cards go into two columns
CARD_MIN_WIDTH = 260  # a card narrower than this is hard to read


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A copy of ``font`` at ``factor`` times its size (bold if asked)."""
    from PySide6.QtGui import QFont

    made = QFont(font)
    if made.pointSizeF() > 0:
        made.setPointSizeF(made.pointSizeF() * factor)
    else:  # a font sized in pixels
        made.setPixelSize(max(1, round(made.pixelSize() * factor)))
    made.setBold(bold)
    return made
