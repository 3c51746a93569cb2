"""One client's boundary events, newest first, as the Boundaries tab lists them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.domain.contract.boundaries import BoundaryEvent
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


class BoundaryEventModel(RowsModel):
    WHEN, KIND, WHO, WHAT, CONCERNING = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Began it"),
        QT_TRANSLATE_NOOP("Columns", "What happened"),
        QT_TRANSLATE_NOOP("Columns", "Concerning"),
    )
    headers = (WHEN, KIND, WHO, CONCERNING, WHAT)  # the words last: they take the room

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.clause_titles: dict[str, str] = {}  # key -> title, for the last column

    def cell(self, record: BoundaryEvent, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            return (record.on.isoformat(), record.id or 0) if for_sorting else fmt_date(record.on)
        if column == self.KIND:
            return shown_text(record.kind.label)
        if column == self.WHO:
            return shown_text(record.initiated_by.label)
        if column == self.WHAT:
            return " ".join(record.what_happened.split())
        key = record.clause_key or ""
        return self.clause_titles.get(key, key)
