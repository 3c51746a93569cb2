"""What a view shows where it has nothing to list yet: a quiet icon, one sentence saying
what to do, and (where there is one thing to do) a button that does it.

Used by the record tables (``views/table.py``: Clients, Sessions, Risk, Boundaries,
Reliability, Supervision), Search with nothing found, and the timeline before it has
anything to draw. The icon is one of ``ui/icons.py``'s, tinted like every other, drawn
at the screen's pixel ratio.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import icons
from counsel_desk.ui import widgets as w

ICON_SIDE = 48  # logical pixels: large enough to read as a picture, small enough to be calm
MEASURE_CHARS = 70  # a sentence wraps at a comfortable line length


class EmptyState(QWidget):
    """An icon, a sentence and an optional button, centred in the space it is given."""

    def __init__(
        self,
        icon: str = "text-x-generic",
        text: str = "",
        action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.icon_name = ""
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = w.explanation(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMaximumWidth(self.fontMetrics().averageCharWidth() * MEASURE_CHARS)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # centred between two stretches, not by the layout's alignment: aligned, a label
        # that wraps is given its one-line width and the height of that, and is cut off
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.label, 8)
        line.addStretch(1)
        self.button = QPushButton()
        self.button.hide()
        if action is not None:
            self.set_action(action)
        column = QVBoxLayout(self)
        column.setSpacing(w.SPACING)
        column.addStretch()
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(line)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch()
        self.set_icon(icon)

    def set_icon(self, name: str) -> None:
        self.icon_name = name
        if self.isVisible():  # else drawn when shown: a hidden one costs nothing
            self._repaint_icon()

    def _repaint_icon(self) -> None:
        """At the window's pixel ratio and in the palette's colours (both may change)."""
        ratio = self.devicePixelRatioF()
        self.picture.setPixmap(
            icons.icon(self.icon_name).pixmap(
                QSize(ICON_SIDE, ICON_SIDE), ratio, QIcon.Mode.Disabled
            )
        )

    def set_action(self, action: QAction) -> None:
        """The button does what ``action`` does, named as it is, enabled as it is."""
        self.button.setText(action.text().replace("&", ""))
        self.button.clicked.connect(action.trigger)
        action.enabledChanged.connect(self.button.setEnabled)
        self.button.setEnabled(action.isEnabled())
        self.button.show()

    def setText(self, text: str) -> None:  # as a QLabel has, so a view can swap one in
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if changed and self.isVisible():
            self._repaint_icon()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._repaint_icon()  # the screen it is shown on decides the pixel ratio
        super().showEvent(event)
