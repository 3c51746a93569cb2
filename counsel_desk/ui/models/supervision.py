"""The supervision log, newest first, as the Supervision view lists it: clients by code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.domain.supervision import SupervisionSession, hours_text
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


class SupervisionModel(RowsModel):
    WHEN, WHO, LENGTH, FORMAT, CLIENTS = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Supervisor"),
        QT_TRANSLATE_NOOP("Columns", "Length"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Clients"),
    )
    headers = (WHEN, WHO, LENGTH, FORMAT, CLIENTS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: dict[int, str] = {}  # client id -> code

    def clients_text(self, record: SupervisionSession) -> str:
        return ", ".join(sorted(self.codes.get(c, "?") for c in record.client_ids))

    def cell(self, record: SupervisionSession, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            return (record.on.isoformat(), record.id or 0) if for_sorting else fmt_date(record.on)
        if column == self.WHO:
            return record.supervisor
        if column == self.LENGTH:
            return record.minutes if for_sorting else shown_text(hours_text(record.minutes))
        if column == self.FORMAT:
            return shown_text(record.format.label)
        return self.clients_text(record)
