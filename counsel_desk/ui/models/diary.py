"""Today's tables: sessions with their time, client, modality, status and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from counsel_desk.domain.attendance import DiaryEntry
from counsel_desk.ui.formats import day_name, fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import ID_ROLE, Index, RowsModel

_DISPLAY = Qt.ItemDataRole.DisplayRole


class DiaryModel(RowsModel):
    """Sessions for Today's tables: time, client, modality, status, notes."""

    WHEN, CLIENT, MODALITY, STATUS, NOTES = (
        QT_TRANSLATE_NOOP("Columns", "Time"),
        QT_TRANSLATE_NOOP("Columns", "Client"),
        QT_TRANSLATE_NOOP("Columns", "Modality"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Notes"),
    )
    headers = (WHEN, CLIENT, MODALITY, STATUS, NOTES)

    def __init__(self, parent: Any = None, *, with_date: bool = False) -> None:
        super().__init__(parent)
        self.with_date = with_date
        self.names: dict[int, str] = {}

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == ID_ROLE and index.isValid():
            return self.record_at(index.row()).session_id
        return super().data(index, role)

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.session_id == record_id), -1)

    def cell(self, record: DiaryEntry, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            if for_sorting:
                return record.start.isoformat()
            span = f"{record.start:%H:%M}–{record.end:%H:%M}"
            if not self.with_date:
                return span
            return f"{day_name(record.start)} {fmt_date(record.start.date())}, {span}"
        if column == self.CLIENT:
            name = self.names.get(record.client_id, "")
            return f"{record.client_code} — {name}" if name else record.client_code
        if column == self.MODALITY:
            return shown_text(record.modality.label)
        if column == self.STATUS:
            return shown_text(record.status.label)
        if record.note_count == 0:
            return QCoreApplication.translate("models.diary", "none")
        if record.draft_count:
            return QCoreApplication.translate("models.diary", "{notes}, {drafts} draft").format(
                notes=record.note_count, drafts=record.draft_count
            )
        return str(record.note_count)
