"""Columns that share a table's width: each as wide as its widest cell or the longest word
of its heading (headings wrap onto two lines), the room left over shared out evenly. The
reliability panel's nine columns fit a 1024 px window this way; sized to their one-line
headings and cells they needed 1070 px and scrolled sideways.

Measures every row: for tables of a few dozen rows (twelve months, say), not thousands."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 12  # beside a cell's text
ARROW_ROOM = 16  # the sort arrow, in whichever column is sorted
HEADING_LINES = 2


class FitColumns(QObject):
    """Keeps ``view``'s columns fitted to its width; ``fit()`` after the rows change."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        metrics = header.fontMetrics()
        header.setMinimumHeight(HEADING_LINES * metrics.lineSpacing() + 2 * PADDING // 2)
        header.sortIndicatorChanged.connect(lambda *_a: self.fit())
        view.viewport().installEventFilter(self)
        self.wanted: list[int] = []

    def needed(self) -> list[int]:
        """Each column's least width: its widest cell or heading word, and room beside it."""
        view, model = self._view, self._view.model()
        cells = view.fontMetrics()
        heads = view.horizontalHeader().fontMetrics()
        widths = []
        sorted_by = view.horizontalHeader().sortIndicatorSection()
        for col in range(model.columnCount()):
            heading = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            widest = max((heads.horizontalAdvance(word) for word in heading.split()), default=0)
            for row in range(model.rowCount()):
                text = model.index(row, col).data()
                if text is not None:
                    widest = max(widest, cells.horizontalAdvance(str(text)))
            widths.append(widest + 2 * PADDING + (ARROW_ROOM if col == sorted_by else 0))
        return widths

    def fit(self) -> None:
        self.wanted = self.needed()
        self._share()

    def _share(self) -> None:
        if not self.wanted:
            return
        header = self._view.horizontalHeader()
        spare = max(0, self._view.viewport().width() - sum(self.wanted))
        each, left = divmod(spare, len(self.wanted))
        for col, width in enumerate(self.wanted):
            header.resizeSection(col, width + each + (1 if col < left else 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._share()
        return super().eventFilter(watched, event)
