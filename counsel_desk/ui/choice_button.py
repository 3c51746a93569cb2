"""A button that stays pressed while its choice holds (the timeline's 3 months, 12 months,
All), drawn so that the chosen one shows in every look.

Fusion draws a checked button only a tenth darker than its face: clear on the light palette,
the same grey on the dark one. The chosen button here is filled with the palette's highlight
colour and its text drawn in the highlighted text colour, as a selected row is, so it reads
at a glance in light and dark alike (both palettes keep that pair at ≥ 4.5:1).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter, QWidget

RADIUS = 3.0


class ChoiceButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.setAutoDefault(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        palette = QPalette(option.palette)
        face = palette.color(QPalette.ColorRole.Highlight)
        ink = palette.color(QPalette.ColorRole.HighlightedText)
        if not self.isEnabled():
            face = palette.color(QPalette.ColorRole.Mid)
        painter = QStylePainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self.rect().adjusted(1, 1, -1, -1).toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(face.darker(130), 1))
        painter.setBrush(face)
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        if self.hasFocus():
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), RADIUS, RADIUS)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.ButtonText, ink)
        option.palette = palette
        painter.drawControl(QStyle.ControlElement.CE_PushButtonLabel, option)
