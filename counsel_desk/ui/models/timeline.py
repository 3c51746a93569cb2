"""The table beside the timeline: every mark the picture shows, as a row (date, lane, what,
more), for screen readers and for anyone who would rather read than look."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.domain.timeline import Row
from counsel_desk.ui.formats import long_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


@dataclass(frozen=True)
class TableRow:
    id: int  # its place in the timeline's rows
    row: Row


class TimelineTableModel(RowsModel):
    DATE, LANE, WHAT, DETAIL = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Lane"),
        QT_TRANSLATE_NOOP("Columns", "What"),
        QT_TRANSLATE_NOOP("Columns", "More"),
    )
    headers = (DATE, LANE, WHAT, DETAIL)

    def set_timeline_rows(self, rows: tuple[Row, ...]) -> None:
        self.set_rows([TableRow(n, row) for n, row in enumerate(rows)])

    def cell(self, record: TableRow, column: str, for_sorting: bool) -> Any:
        row = record.row
        if column == self.DATE:
            return (row.on.isoformat(), record.id) if for_sorting else long_date(row.on)
        if column == self.LANE:
            return shown_text(row.lane)
        if column == self.WHAT:
            return shown_text(row.what)
        return shown_text(row.detail)

    def row_for_mark(self, lane_key: str, index: int) -> int:
        return next(
            (
                n
                for n, r in enumerate(self._rows)
                if (r.row.lane_key, r.row.index) == (lane_key, index)
            ),
            -1,
        )
