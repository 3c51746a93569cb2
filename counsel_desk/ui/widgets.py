"""Small widgets shared by the windows and dialogs: headings, an inline error line, a busy
line, a password field, a link-like button and the controller-closed window. Form pieces
live in ``forms``.

The unlock window is built from these, so they never touch ``PySide6.QtCore.Qt``: the first
access to that namespace builds Python enums for all ~90 of its enums at once (~25 ms, an
eighth of a bare PySide6 window's whole start-up). They set enum properties by their Qt key
names instead (:func:`set_qt_enum`), and load anything else they need on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent, QEnterEvent, QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView, QProgressBar

MARGIN = 24  # around a page or a gate window's form
SPACING = 12  # between rows and groups
FORM_WIDTH = 420  # gate forms read best at a comfortable measure


def set_qt_enum(obj: QObject, prop: str, keys: str) -> None:
    """Set an enum or flags property by its Qt key names, e.g. ``"AlignTop|AlignLeft"``.

    Qt's meta-object system converts the names, so the ``Qt`` namespace is not touched (see
    the module's docstring). A name Qt does not know raises instead of passing silently.
    """
    if not obj.setProperty(prop, keys):
        raise ValueError(f"{type(obj).__name__}.{prop} cannot be set to {keys!r}")


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed, never as rich text: paths and sentences with
    a ``<`` in them stay as they are."""
    label = QLabel(text)
    set_qt_enum(label, "textFormat", "PlainText")
    return label


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def page(view: QWidget, title: str) -> QVBoxLayout:
    """A main-window view's column: no margins of its own, the usual spacing, its heading."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    layout.addWidget(heading(title, 1.3))
    return layout


def wrap_items(view: QListView) -> None:
    """A list whose long lines wrap onto as many lines as they need, never cut short with
    an ellipsis or pushed out of sight behind a sideways scroll bar."""
    view.setWordWrap(True)
    set_qt_enum(view, "textElideMode", "ElideNone")
    set_qt_enum(view, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_qt_enum(view, "resizeMode", "Adjust")


def explanation(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


class ErrorLine(QWidget):
    """A warning icon and one sentence; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = icon = QLabel()  # its picture is loaded with the first message
        set_qt_enum(icon, "alignment", "AlignTop")
        self.label = explanation("")
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        if text and self.icon.pixmap().isNull():
            from PySide6.QtCore import QSize
            from PySide6.QtWidgets import QStyle  # ~8 ms of enums: not before it is needed

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            # at this screen's pixel ratio: sharp at 1.5x and 2x
            self.icon.setPixmap(warning.pixmap(QSize(size, size), self.devicePixelRatioF()))
        self.label.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class BusyLine(QWidget):
    """An indeterminate progress bar and a short sentence, shown while a worker runs."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text)
        self._layout.addWidget(self.label, 1)
        self.bar: QProgressBar | None = None  # made when first shown
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        if self.bar is None:
            from PySide6.QtWidgets import QProgressBar

            self.bar = QProgressBar()
            self.bar.setRange(0, 0)
            self.bar.setTextVisible(False)
            self.bar.setMaximumWidth(120)
            self._layout.insertWidget(0, self.bar)
        super().showEvent(event)


def password_field(placeholder: str = "") -> QLineEdit:
    """A masked field. Password echo mode also tells input methods the text is hidden and
    sensitive, with no prediction or auto-capitals (a test checks those hints)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class LinkButton(QPushButton):
    """A flat button that reads as a link: the pointing hand appears on hover. The cursor is
    set on the first hover, so the window it sits in does not wait for the ``Qt`` namespace."""

    _hand_set = False

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)

    def enterEvent(self, event: QEnterEvent) -> None:
        if not self._hand_set:
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._hand_set = True
        super().enterEvent(event)


class Discardable:
    """A top-level window the controller closes for good with ``discard``; a close by the
    user only asks (``_close_asked``), so the controller decides what happens."""

    _discarding = False

    def _close_for_good(self) -> None:
        self._discarding = True
        self.close()  # type: ignore[attr-defined]
        self.deleteLater()  # type: ignore[attr-defined]

    def _close_asked(self) -> None:
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding:
            event.accept()
            return
        event.ignore()
        self._close_asked()


class _AfterFirstPaint(QObject):
    def __init__(self, watched: QObject, then: Callable[[], None], delay_ms: int) -> None:
        super().__init__(watched)
        self._then, self._delay = then, delay_ms
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            from PySide6.QtCore import QTimer

            watched.removeEventFilter(self)
            QTimer.singleShot(self._delay, self, self._then)
        return False


def after_first_paint(window: QObject, then: Callable[[], None], delay_ms: int = 0) -> None:
    """Run ``then`` once, ``delay_ms`` after ``window`` is first painted (work that can
    wait until the practitioner sees the window)."""
    _AfterFirstPaint(window, then, delay_ms)
