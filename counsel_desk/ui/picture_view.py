"""A widget that shows a ``render.pictures`` picture: the same painter as the PNG and the PDF,
with tooltips and clicks answered by the layout it drew last."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from counsel_desk.render.pictures import Hit, Picture, PictureLayout


class PictureView(QWidget):
    clicked = Signal(object)  # the key of the mark clicked
    hovered = Signal(object)  # the key of the mark under the pointer, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawer: Picture | None = None
        self.data: Any = None
        self.layout_drawn: PictureLayout | None = None
        self._hovered: Any = None
        self.setMouseTracking(True)

    def set_picture(self, drawer: Picture | None, data: Any = None) -> None:
        self.drawer, self.data, self.layout_drawn = drawer, data, None
        self.update()

    def hit(self, point: QPointF) -> Hit | None:
        return self.layout_drawn.hit(point) if self.layout_drawn is not None else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.drawer is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.layout_drawn = self.drawer.paint(
                painter, QRectF(self.rect()), self.data, self.palette()
            )
        finally:
            painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        key = found.key if found is not None else None
        if key != self._hovered:
            self._hovered = key
            self.hovered.emit(key)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        if found is not None:
            self.clicked.emit(found.key)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hit(QPointF(event.pos()))
            if found is not None and found.tooltip:
                QToolTip.showText(event.globalPos(), found.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
