"""Today's "Waiting for you": the work outstanding, one line per kind with its count (notes
to write, drafts to finalise, reviews due, a backup…), read from the tallies of Today's
cards. Enter on a line takes the focus to the first item of that kind, in the card where
the work is done; Enter there opens it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counsel_desk.ui import style
from counsel_desk.ui.views.today_section import Tally

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class _CountDelegate(QStyledItemDelegate):
    """The line as usual, and its count in a badge at the right-hand end."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = style.scaled(option.font, style.TYPE_SMALL, bold=True)  # type: ignore[attr-defined]
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + style.SPACE_XS
        width = max(height, metrics.horizontalAdvance(count) + 2 * style.SPACE_S)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        badge = QRect(
            rect.right() - width - style.SPACE_S, rect.center().y() - height // 2, width, height
        )
        palette = option.palette  # type: ignore[attr-defined]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
        painter.restore()


class TodayGlance(QListWidget):
    """One line per kind of work with a count above nought, in the order of the cards."""

    jumped = Signal(object)  # the widget the focus was taken to (Today scrolls to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Waiting for you"))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_CountDelegate(self))
        self.tallies: list[Tally] = []
        self.itemActivated.connect(self._activated)
        self.hide()

    def show_tallies(self, tallies: list[Tally]) -> None:
        self.tallies = [t for t in tallies if t.count > 0]
        self.clear()
        for tally in self.tallies:
            count = f"{tally.count}+" if tally.more else str(tally.count)
            item = QListWidgetItem(tally.label)
            item.setData(COUNT_ROLE, count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{tally.label}: {count}")
            item.setToolTip(self.tr("Enter goes to them"))
            self.addItem(item)
        self.setVisible(bool(self.tallies))
        if self.tallies:
            rows = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(self.count()))
            self.setFixedHeight(rows + 2 * self.frameWidth())

    def total(self) -> int:
        return sum(t.count for t in self.tallies)

    def _activated(self, item: QListWidgetItem) -> None:
        tally = self.tallies[self.row(item)]
        self.go_to(tally)

    def go_to(self, tally: Tally) -> None:
        """The focus to the work: the list at its first item of the kind, or the button."""
        target = tally.target
        if isinstance(target, QListWidget) and 0 <= tally.row < target.count():
            target.setCurrentRow(tally.row)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.jumped.emit(target)
