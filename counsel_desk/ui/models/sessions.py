"""One client's sessions, as the Sessions tab lists them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counsel_desk.domain.contract.notice import NoticeVerdict
from counsel_desk.domain.sessions import Session
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


class SessionTableModel(RowsModel):
    WHEN, LENGTH, MODALITY, STATUS = (
        QT_TRANSLATE_NOOP("Columns", "Date and time"),
        QT_TRANSLATE_NOOP("Columns", "Length"),
        QT_TRANSLATE_NOOP("Columns", "Modality"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
    )
    headers = (WHEN, LENGTH, MODALITY, STATUS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.verdicts: dict[int, NoticeVerdict] = {}  # cancellations, by session id
        self.for_breaks: set[int] = set()  # cancelled or moved for a practice break

    def cell(self, record: Session, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            return record.start.isoformat() if for_sorting else fmt_datetime(record.start)
        if column == self.LENGTH:
            if for_sorting:
                return record.planned_minutes
            return QCoreApplication.translate("models.sessions", "{minutes} min").format(
                minutes=record.planned_minutes
            )
        if column == self.MODALITY:
            return shown_text(record.modality.label)
        status = shown_text(record.status.label)
        if record.id in self.for_breaks:
            return QCoreApplication.translate(
                "models.sessions", "{status} · practice break"
            ).format(status=status)
        verdict = self.verdicts.get(record.id)
        if verdict is not None and verdict.short:
            return QCoreApplication.translate("models.sessions", "{status} · short notice").format(
                status=status
            )
        return status
