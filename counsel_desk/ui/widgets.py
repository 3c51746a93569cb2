"""Small widgets shared by the windows and dialogs: headings, an inline error line, a busy
line, a password field and the controller-closed window. Form pieces live in ``forms``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

MARGIN = 24  # around a page or a gate window's form
SPACING = 12  # between rows and groups
FORM_WIDTH = 420  # gate forms read best at a comfortable measure


def heading(text: str, scale: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ErrorLine(QWidget):
    """A warning icon and one sentence; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = icon = QLabel()  # its picture is loaded with the first message
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        if text and self.icon.pixmap().isNull():
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(warning.pixmap(size))
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
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


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
