"""Light and dark: the app follows the desktop's colour scheme (Qt's style hints), or the
practitioner's choice in Settings (``Preferences.look``).

Most desktops hand Qt a palette for their scheme, and then nothing is done here. Where the
scheme and the palette disagree (a dark desktop whose Qt theme has only a light palette, a
choice of light or dark other than the desktop's), the app draws itself with the Fusion
style and a palette of its own for the scheme wanted; back to the desktop's scheme, the
platform's style and palette return. A palette change reaches every widget, and the
custom-drawn ones (the timeline's picture, the icons of ``ui/icons.py``) take their colours
from the palette each time they paint, so they follow at once.

Nothing is touched while the desktop's palette already fits. The look is first applied a
moment after the first window is painted (``AppController.start``), so start-up builds
none of the Qt enums it needs (``tests/ui/test_gui_app.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from counsel_desk.domain.preferences import Look

FUSION = "Fusion"
# A palette per scheme for Fusion, each role chosen to read at a glance and keep contrast
# for text (≥ 7:1 for text on its ground, as WCAG's AAA asks).
# Keyed by name, not by Qt.ColorScheme: this module is imported before the first window is
# painted, and the first touch of the ``Qt`` namespace costs ~25 ms (see ``ui/widgets.py``).
PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "Window": "#efefef",
        "WindowText": "#1d1d1f",
        "Base": "#ffffff",
        "AlternateBase": "#f5f5f5",
        "Text": "#1d1d1f",
        "Button": "#efefef",
        "ButtonText": "#1d1d1f",
        "BrightText": "#ffffff",
        "Highlight": "#2f5d8a",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#ffffdc",
        "ToolTipText": "#1d1d1f",
        "PlaceholderText": "#6e6e73",
        "Link": "#1f5f99",
        "LinkVisited": "#6a1b9a",
        "Light": "#ffffff",
        "Midlight": "#e3e3e3",
        "Mid": "#b8b8b8",
        "Dark": "#9f9f9f",
        "Shadow": "#767676",
    },
    "dark": {
        "Window": "#2b2b2b",
        "WindowText": "#e6e6e6",
        # Fields lighter than the window: Fusion draws a field's edge in the window colour
        # darkened (#1f1f1f here), which vanished against a base of that same colour.
        "Base": "#404040",
        "AlternateBase": "#474747",
        "Text": "#e6e6e6",
        "Button": "#363636",
        "ButtonText": "#e6e6e6",
        "BrightText": "#ffffff",
        "Highlight": "#3d6fcc",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#363636",
        "ToolTipText": "#e6e6e6",
        "PlaceholderText": "#a0a0a0",
        "Link": "#8ab4f8",
        "LinkVisited": "#d7aefb",
        "Light": "#505050",
        "Midlight": "#404040",
        "Mid": "#4a4a4a",
        "Dark": "#1a1a1a",
        "Shadow": "#000000",
    },
}
DISABLED_TEXT = {"light": "#8e8e93", "dark": "#909090"}


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """The app's own palette for ``scheme`` (light or dark), every role and group set."""
    name = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(
            QPalette.ColorGroup.Disabled,
            getattr(QPalette.ColorRole, role),
            QColor(DISABLED_TEXT[name]),
        )
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark ground."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


class Appearance(QObject):
    """The application's light or dark look; one per application (``appearance()``)."""

    changed = Signal()  # the palette in use changed

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.look = Look.SYSTEM
        hints = app.styleHints()
        self.system = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._system_changed)
        self.ours: Qt.ColorScheme | None = None  # the scheme of the palette set here
        self._platform_style = ""

    def scheme(self) -> Qt.ColorScheme:
        """The scheme wanted now: the choice in Settings, or the desktop's."""
        if self.look is Look.LIGHT:
            return Qt.ColorScheme.Light
        if self.look is Look.DARK:
            return Qt.ColorScheme.Dark
        return self.system

    def apply(self, look: Look) -> None:
        """Use ``look`` from now on (Settings, or the preferences read at start)."""
        look = Look(look)
        if look != self.look:
            self.look = look
            self._ask_platform(look)
        self._fit()

    def _ask_platform(self, look: Look) -> None:
        """Tell Qt the scheme chosen (Qt ≥ 6.8): where the platform can, its own widgets,
        palette and title bars follow; elsewhere the app's palette does it."""
        hints = self._app.styleHints()
        if look is Look.SYSTEM:
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
        elif hasattr(hints, "setColorScheme"):
            hints.setColorScheme(self.scheme())

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop changed scheme (or answered the one asked of it)."""
        self.system = scheme
        self._fit()

    def _fit(self) -> None:
        wanted = self.scheme()
        if self.ours is not None:
            if wanted == self.ours:
                return
            self._app.setStyle(self._platform_style)  # the desktop's look again
            self._app.setPalette(QPalette())  # an empty palette: the platform's again
            self.ours = None
            self.changed.emit()
        if wanted == Qt.ColorScheme.Unknown:
            return
        if is_dark(self._app.palette()) == (wanted == Qt.ColorScheme.Dark):
            return  # the desktop's palette fits already
        self._platform_style = self._app.style().name()
        self._app.setStyle(FUSION)
        self._app.setPalette(palette_for(wanted))
        self.ours = wanted
        self.changed.emit()


def appearance() -> Appearance:
    """The application's ``Appearance``, made on first use."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = app.findChild(Appearance)
    return found if found is not None else Appearance(app)
