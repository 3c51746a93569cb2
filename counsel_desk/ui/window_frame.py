"""What frames the main window without being part of it: where its size is kept between
runs (geometry only, never client data), how the first window fits the screen, and the
demo's banner, which keeps the demo from being taken for the practitioner's own records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from counsel_desk.ui import widgets as w

SCREEN_SHARE = 0.92  # the first window leaves a margin of the screen free


DEMO_TITLE = QT_TRANSLATE_NOOP("window_frame", "demo, invented clients")
DEMO_BANNER = QT_TRANSLATE_NOOP(
    "window_frame",
    "This is the demo: every client here is invented. It is not your vault, nothing you do "
    "here reaches it, and all of this is deleted when you quit.",
)


def demo_banner() -> QLabel:
    """A strip across the top of the demo's window, in the palette's highlight colours, so
    the demo cannot be taken for the practitioner's own records."""
    banner = QLabel(QCoreApplication.translate("window_frame", DEMO_BANNER))
    banner.setWordWrap(True)
    banner.setAccessibleName(QCoreApplication.translate("window_frame", "Demo"))
    banner.setMargin(w.SPACING // 2 + 2)
    banner.setAutoFillBackground(True)
    banner.setBackgroundRole(QPalette.ColorRole.Highlight)
    banner.setForegroundRole(QPalette.ColorRole.HighlightedText)
    font = banner.font()
    font.setBold(True)
    banner.setFont(font)
    return banner


def window_state() -> QSettings:
    """Window geometry only (never client data), beside the preferences file."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(base) / "counsel-desk" / "window.ini"), QSettings.Format.IniFormat)


def fit_to_screen(wanted: QSize, smallest: QSize, available: QRect) -> QRect:
    """A window of ``wanted`` size, shrunk to fit ``available`` with a margin (never below
    ``smallest``, the window's minimum), centred."""
    width = min(wanted.width(), int(available.width() * SCREEN_SHARE))
    height = min(wanted.height(), int(available.height() * SCREEN_SHARE))
    rect = QRect(0, 0, max(width, smallest.width()), max(height, smallest.height()))
    rect.moveCenter(available.center())
    return rect
