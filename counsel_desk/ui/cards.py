"""Cards, and a board that lays them out in two columns when wide and one when narrow.

A ``Card`` is a titled panel with a count badge, its content, and an empty line that says
what to do when there is nothing to show. It can wrap a widget that already exists (a
section of Today) with ``adopt``: the card then shows and hides with it, takes its title
from the card, and loses the section's own frame, so one look serves every section.

Colours come from the palette (``Base`` for the card, ``Mid`` for its edge, ``Highlight``
for the edge while the focus is inside it), so the light and the dark scheme both work.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.ui import style
from counsel_desk.ui.chips import CountBadge

MOST_LINES = 10  # a list in a card is at most this many lines tall; more scroll


def fit_height(view: QListWidget, most: int = MOST_LINES) -> None:
    """A wrapping list as tall as its lines at its width (each item at most three lines),
    up to ``most`` lines; hidden or empty lists are left as they are."""
    if not view.count():
        return
    metrics = view.fontMetrics()
    width = max(120, view.viewport().width() - 12)
    lines, height = 0, 0
    for row in range(view.count()):
        taken = min(3, 1 + metrics.horizontalAdvance(view.item(row).text()) // width)
        if lines + taken > most:
            break
        lines += taken
        height += taken * metrics.lineSpacing() + 2 * view.spacing() + 4
    view.setFixedHeight(height + 2 * view.frameWidth() + 4)


class Card(QFrame):
    """A panel: title and count badge on one line, the content under them, and ``empty``
    (a sentence saying what to do) while the count is nought."""

    refitted = Signal()  # a list inside changed its height

    def __init__(self, title: str, empty: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setMinimumWidth(style.CARD_MIN_WIDTH)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(style.scaled(self.font(), style.TYPE_CARD, bold=True))
        self.badge = CountBadge()
        self.empty = QLabel(empty)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.hide()
        self._followed: QWidget | None = None
        self._count: int | None = None
        self._fitted: list[QListWidget] = []  # an adopted section's lists, fitted to their lines
        top = QHBoxLayout()
        top.setSpacing(style.SPACE_S)
        top.addWidget(self.title)
        top.addWidget(self.badge)
        top.addStretch()
        self.body = QVBoxLayout()
        self.body.setSpacing(style.SPACE_S)
        column = QVBoxLayout(self)
        m = style.SPACE_L
        column.setContentsMargins(m, style.SPACE_M, m, m)
        column.setSpacing(style.SPACE_S)
        column.addLayout(top)
        column.addLayout(self.body)
        column.addWidget(self.empty)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._focus_inside = False

    # --- content -------------------------------------------------------------------------
    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """Put ``widget`` in the card, its scrolling lists drawn without a frame of their own."""
        self.body.addWidget(widget, stretch)
        for area in [widget, *widget.findChildren(QAbstractScrollArea)]:
            if isinstance(area, QAbstractScrollArea):
                area.setFrameShape(QFrame.Shape.NoFrame)
        return widget

    def adopt(self, section: QWidget) -> QWidget:
        """Wrap a section that shows and hides itself: the card follows it, the section's
        own heading (``heading``) and frame give way to the card's."""
        heading = getattr(section, "heading", None)
        if isinstance(heading, QWidget):
            heading.hide()
        if isinstance(section, QFrame):
            section.setFrameShape(QFrame.Shape.NoFrame)
        layout = section.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        self.add(section)
        for found in section.findChildren(QListWidget):  # a long line wraps in a narrow card
            found.setWordWrap(True)
            found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._fitted.append(found)
        self._followed = section
        section.installEventFilter(self)
        self.setVisible(not section.isHidden())
        return section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._followed and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self.setVisible(not self._followed.isHidden())
        return super().eventFilter(watched, event)

    def set_count(self, count: int | None, more: bool = False) -> None:
        """The badge's number (``None``: not counted); at nought the badge gives way to the
        empty line."""
        self._count = count
        self.badge.set_count(count or None, more)
        self.empty.setVisible(count == 0 and bool(self.empty.text()))
        said = self.title.text() if not count else f"{self.title.text()}: {count}{'+' * more}"
        self.setAccessibleName(said)

    def count(self) -> int | None:
        return self._count

    def fit_lists(self) -> None:
        """Each adopted list as tall as its wrapped lines (after a reload, or a resize); says
        so (``refitted``) when a height changed, for the board to lay the cards out again."""
        changed = False
        for found in self._fitted:
            if not shiboken6.isValid(found):  # the view was cleared (a lock) since the resize
                continue
            before = found.maximumHeight()
            fit_height(found)
            changed = changed or found.maximumHeight() != before
        if changed:
            self.refitted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self.fit_lists)  # after this pass; never once deleted

    def tab_stops(self) -> list[QWidget]:
        """The widgets inside that take the focus with Tab, in the order they were made."""
        return [w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    # --- drawing ---------------------------------------------------------------------------
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        inside = new is not None and self.isAncestorOf(new)
        if inside != self._focus_inside:
            self._focus_inside = inside
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self._focus_inside
        edge = palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid)
        width = 2.0 if focused else 1.0
        painter.setPen(QPen(edge, width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.drawRoundedRect(rect, style.RADIUS, style.RADIUS)


class Board(QWidget):
    arranged = Signal(bool)  # laid out again: in two columns (True) or one

    """Cards in two columns when the board is at least ``two_from`` wide, else one. Cards are
    given in reading order for each column; in one column the first ``lead`` cards of each
    column lead (the first column's, then the second's), then the rest of the first
    column, then the rest of the second. ``cards()`` is that one-column order."""

    def __init__(self, two_from: int = style.TWO_COLUMNS_FROM, parent: QWidget | None = None):
        super().__init__(parent)
        self.two_from = two_from
        self.columns: tuple[list[QWidget], list[QWidget]] = ([], [])
        self.lead = 0
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        for column in (self._left, self._right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(style.SPACE_M)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(style.SPACE_M)
        row.addLayout(self._left, 1)
        row.addLayout(self._right, 1)
        self.wide: bool | None = None
        self._relayout_pending = False

    def set_cards(
        self, first: Sequence[QWidget], second: Sequence[QWidget], *, lead: int = 0
    ) -> None:
        self.columns = (list(first), list(second))
        self.lead = lead
        for card in self.cards():
            self._watch(card)
        self.wide = None
        self._arrange(self.width() >= self.two_from)

    def insert(self, column: int, index: int, card: QWidget) -> None:
        self.columns[column].insert(index, card)
        self._watch(card)
        self.wide = None
        self._arrange(self.width() >= self.two_from)

    def cards(self) -> list[QWidget]:
        """Every card in the order of one column (see the class)."""
        first, second, lead = *self.columns, self.lead
        return [*first[:lead], *second[:lead], *first[lead:], *second[lead:]]

    def reading_order(self) -> list[QWidget]:
        """Every card in the order it is read as laid out now: in two columns, the first
        column top to bottom, then the second."""
        return [*self.columns[0], *self.columns[1]] if self.wide else self.cards()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._arrange(self.width() >= self.two_from)

    def _watch(self, card: QWidget) -> None:
        if isinstance(card, Card):
            card.refitted.connect(self._relayout_soon)

    def _relayout_soon(self) -> None:
        """A card's list changed height: lay the cards out afresh once events settle. (The
        column layouts keep each card's height for its width from before, and a card
        squeezed under it would draw its buttons over its list.)"""
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        self._relayout_pending = False
        self.wide = None
        self._arrange(self.width() >= self.two_from)

    def _arrange(self, wide: bool) -> None:
        if wide == self.wide:
            return
        self.wide = wide
        for column in (self._left, self._right):
            while column.count():
                column.takeAt(0)
        first, second = self.columns
        for card in first if wide else self.cards():
            self._left.addWidget(card)
        for card in second if wide else ():
            self._right.addWidget(card)
        self._left.addStretch(1)
        self._right.addStretch(1)
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.setStretch(1, 1 if wide else 0)
        row.setSpacing(style.SPACE_M if wide else 0)
        self.arranged.emit(wide)
