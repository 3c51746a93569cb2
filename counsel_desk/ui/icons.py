"""Icons for the views and the main actions: the desktop's icon theme where it has the
icon (freedesktop names, so a themed desktop shows its own), else a small line drawing
of the app's own (``counsel_desk/resources/icons/actions/<name>.svg``).

The drawings are black on transparent and tinted when drawn, with the palette's colour
for text in the state the icon is shown in (greyed when disabled, the highlight's text
colour when selected), so they read on a light and a dark palette alike and change with
it. Each is rendered at the size and device pixel ratio it is drawn at (``scaledPixmap``),
never scaled from a smaller one, so it stays sharp at 1.5× and 2×.

``decorate(window)`` puts them on the main window's sidebar and actions from one place,
so a view's file names none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons" / "actions"

# What each icon stands for -> its freedesktop icon name (and the file of the drawing).
VIEW_ICONS = {
    "Today": "view-calendar-day",
    "Clients": "system-users",
    "Search": "edit-find",
    "Reliability": "view-statistics",
    "Supervision": "dialog-messages",
}
CLIENT_PAGE_ICON = "user-identity"
ACTION_ICONS = (
    "document-new",
    "document-export",
    "document-print",
    "contact-new",
    "system-lock-screen",
    "drive-removable-media",
    "help-contents",
    "preferences-system",
    "application-exit",
    "go-previous",
    "go-next",
    "security-high",
    "text-x-generic",
)
NAMES = (*VIEW_ICONS.values(), CLIENT_PAGE_ICON, *ACTION_ICONS)
CACHE_LIMIT = 16  # pixmaps kept per icon: sizes × modes × palettes seen lately


def _colour(mode: QIcon.Mode) -> QPalette.ColorRole:
    if mode == QIcon.Mode.Selected:
        return QPalette.ColorRole.HighlightedText
    return QPalette.ColorRole.WindowText


class TintedIcon(QIconEngine):
    """A drawing tinted with the palette's text colour when it is drawn."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._cache: dict[tuple[int, int, int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return TintedIcon(self.path)

    def isNull(self) -> bool:
        return False

    def iconName(self) -> str:
        return self.path.stem

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state=None) -> list[QSize]:
        return [QSize(s, s) for s in (16, 22, 24, 32, 48)]  # drawn for any; these are usual

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        palette = QGuiApplication.palette()
        disabled = mode == QIcon.Mode.Disabled
        group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Normal
        colour = palette.color(group, _colour(mode))
        key = (side, int(mode.value), colour.rgba(), round(scale * 100))
        found = self._cache.get(key)
        if found is not None:
            return found
        reader = QImageReader(str(self.path))
        reader.setScaledSize(QSize(side, side))
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), colour)
        painter.end()
        image.setDevicePixelRatio(scale)
        pixmap = QPixmap.fromImage(image)
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def fallback(name: str) -> QIcon:
    """The app's own drawing for the freedesktop icon ``name``."""
    path = FOLDER / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no drawing for the icon {name!r}")
    return QIcon(TintedIcon(path))


def icon(name: str) -> QIcon:
    """The desktop theme's icon ``name``, or the app's own drawing of it."""
    return QIcon.fromTheme(name, fallback(name))


def _set(action: QAction | None, name: str) -> None:
    if action is not None:
        action.setIcon(icon(name))


def decorate(window: Any) -> None:
    """The main window's sidebar places and main actions, each with its icon (the window
    is not named as a type: it imports this module)."""
    from counsel_desk.ui.sidebar import CLIENT_PAGE

    sidebar = window.sidebar
    for row, target in enumerate(sidebar.targets()):
        name = CLIENT_PAGE_ICON if target == CLIENT_PAGE else VIEW_ICONS.get(target)
        if name is not None:
            sidebar.item(row).setIcon(icon(name))
    actions = window.actions_by_role
    for role, name in (
        ("lock", "system-lock-screen"),
        ("settings", "preferences-system"),
        ("quit", "application-exit"),
        ("back", "go-previous"),
        ("forward", "go-next"),
        ("help", "help-contents"),
        ("check", "security-high"),
    ):
        _set(actions.get(role), name)
    _set(window.keeping.back_up_action, "drive-removable-media")
    views = {name: window.view(name) for name in window.registry.names()}
    for view, attribute, name in (
        ("Notes", "new_action", "document-new"),
        ("Notes", "export_action", "document-export"),
        ("Notes", "print_action", "document-print"),
        ("Clients", "add_action", "contact-new"),
        ("Search", "find_action", "edit-find"),
    ):
        _set(getattr(views.get(view), attribute, None), name)
