"""What frames the main window without being part of it: where its size and place are kept
between runs (geometry only, never client data), how the first window fits the screen, and
the demo's banner, which keeps the demo from being taken for the practitioner's own records.

The place is kept per set of screens (each screen's name and free area): a laptop on its
own and the same laptop at a desk with a second monitor each get the window back where it
was in that set-up. Brought back, the window goes on the screen it was on if that screen is
still there, moved and shrunk as far as needed to be wholly on it; otherwise it is centred
on the primary screen, its size kept where it fits. Never off every screen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QGuiApplication, QPalette, QScreen
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


# --- where the window was, per set of screens ---------------------------------------------
GROUP = "screens"
TOP_ALLOWANCE = 32  # room above the window for its title bar, drawn by the desktop


@dataclass(frozen=True)
class Screen:
    """A screen as the window's place depends on it: its name and free area (logical
    pixels, in the desktop's coordinates)."""

    name: str
    available: QRect


@dataclass(frozen=True)
class Kept:
    """Where the window was in one set of screens."""

    screen: str
    rect: QRect
    maximised: bool = False
    turn: int = 0  # larger: kept later


def setup_of(screens: Sequence[Screen]) -> str:
    """The set of screens in words, e.g. ``DP-1 1920x1040, eDP-1 1280x752``."""
    return ", ".join(
        sorted(f"{s.name} {s.available.width()}x{s.available.height()}" for s in screens)
    )


def _key(setup: str) -> str:
    return hashlib.sha256(setup.encode()).hexdigest()[:16]  # screen names may hold / or \\


def _read(settings: QSettings) -> dict[str, Kept]:
    kept: dict[str, Kept] = {}
    settings.beginGroup(GROUP)
    try:
        for key in settings.childGroups():
            settings.beginGroup(key)
            try:
                parts = [int(p) for p in str(settings.value("rect", "")).split(",")]
                if len(parts) != 4 or parts[2] <= 0 or parts[3] <= 0:
                    continue
                kept[str(settings.value("setup", ""))] = Kept(
                    screen=str(settings.value("screen", "")),
                    rect=QRect(*parts),
                    maximised=str(settings.value("maximised", "false")).lower() == "true",
                    turn=int(str(settings.value("turn", "0")) or 0),
                )
            except ValueError:
                continue  # a hand-edited line: that set-up starts afresh
            finally:
                settings.endGroup()
    finally:
        settings.endGroup()
    return kept


def remember_place(
    settings: QSettings, screens: Sequence[Screen], screen: str, rect: QRect, maximised: bool
) -> None:
    """Keep where the window is (its normal, not maximised, geometry) for this set of
    screens."""
    setup = setup_of(screens)
    turn = max((k.turn for k in _read(settings).values()), default=0) + 1
    settings.beginGroup(f"{GROUP}/{_key(setup)}")
    settings.setValue("setup", setup)
    settings.setValue("screen", screen)
    settings.setValue("rect", f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
    settings.setValue("maximised", "true" if maximised else "false")
    settings.setValue("turn", str(turn))
    settings.endGroup()
    settings.sync()


def _inside(rect: QRect, smallest: QSize, available: QRect) -> QRect:
    """``rect`` moved, and shrunk if it must be, to lie wholly in ``available`` (with room
    for a title bar above); never smaller than ``smallest`` unless the screen is."""
    area = available.adjusted(0, TOP_ALLOWANCE, 0, 0)
    width = max(min(rect.width(), area.width()), min(smallest.width(), area.width()))
    height = max(min(rect.height(), area.height()), min(smallest.height(), area.height()))
    x = max(area.left(), min(rect.x(), area.right() + 1 - width))
    y = max(area.top(), min(rect.y(), area.bottom() + 1 - height))
    return QRect(x, y, width, height)


def place_for(
    settings: QSettings,
    screens: Sequence[Screen],
    primary: Screen,
    wanted: QSize,
    smallest: QSize,
) -> tuple[QRect, bool]:
    """Where to open the window, and whether maximised: as kept for this set of screens,
    else as kept last in any; on its screen if that is still there, else centred on the
    primary screen."""
    kept = _read(settings)
    found = kept.get(setup_of(screens))
    if found is None and kept:
        found = max(kept.values(), key=lambda k: k.turn)
    if found is None:
        return _centred(wanted, smallest, primary.available), False
    by_name = {s.name: s for s in screens}
    if found.screen in by_name:
        return _inside(found.rect, smallest, by_name[found.screen].available), found.maximised
    return _centred(found.rect.size(), smallest, primary.available), found.maximised


def _centred(size: QSize, smallest: QSize, available: QRect) -> QRect:
    """Centred on ``available`` with a margin, and below the room for a title bar."""
    return _inside(fit_to_screen(size, smallest, available), smallest, available)


def as_screen(screen: QScreen) -> Screen:
    return Screen(screen.name(), screen.availableGeometry())


def screens_now() -> list[Screen]:
    return [as_screen(s) for s in QGuiApplication.screens()]
