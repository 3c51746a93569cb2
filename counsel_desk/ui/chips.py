"""Chips and count badges: short facts drawn as rounded pills, and a layout that wraps them.

Every colour comes from the palette's roles (``Button``/``ButtonText`` for a chip,
``Highlight``/``HighlightedText`` for a badge or a chip that asks for attention, ``Mid``
for an edge), so they read in the light and the dark scheme alike and follow a change of
scheme without being told.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from counsel_desk.ui import style


class Chip(QPushButton):
    """A fact in a pill. With ``opens`` it is a button (a tab to open on click, Enter or
    Space, a pointing hand); without, it only says. ``attention`` draws its edge and text in
    the palette's highlight, for what needs looking at (an open risk, a rupture)."""

    def __init__(self, text: str = "", *, opens: bool = True, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.opens = opens
        self.attention = False
        self.setFont(style.scaled(self.font(), style.TYPE_SMALL))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(True)  # Enter on a chip that has the focus opens it
        if opens:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_attention(self, attention: bool) -> None:
        self.attention = attention
        font = self.font()
        font.setBold(attention)
        self.setFont(font)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + 2 * style.SPACE_S + 2
        return QSize(width, metrics.height() + 2 * style.SPACE_XS + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        fill = palette.color(QPalette.ColorRole.Button)
        if self.opens and (self.underMouse() or self.isDown()):
            fill = palette.color(QPalette.ColorRole.Midlight)
        edge = palette.color(
            QPalette.ColorRole.Highlight if self.attention else QPalette.ColorRole.Mid
        )
        width = 2.0 if self.attention or self.hasFocus() else 1.0
        if self.hasFocus():
            edge = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(edge, width))
        painter.setBrush(fill)
        radius = min(style.CHIP_RADIUS, rect.height() / 2)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())


class CountBadge(QWidget):
    """A number in a pill in the highlight colours; hidden while there is no number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(style.scaled(self.font(), style.TYPE_SMALL, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._text = ""
        self.hide()

    def set_count(self, count: int | None, more: bool = False) -> None:
        """``None`` hides the badge; ``more`` shows "50+" for a list cut short."""
        self._text = "" if count is None else f"{count}+" if more else str(count)
        self.setVisible(count is not None)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = metrics.height() + style.SPACE_XS
        return QSize(max(height, metrics.horizontalAdvance(self._text) + 2 * style.SPACE_S), height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        rect = QRectF(self.rect())
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the width runs out (Qt's flow
    layout example, kept small): a header's chips fit a narrow window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = style.SPACE_XS) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()
