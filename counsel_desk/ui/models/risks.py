"""One client's risk log, as the Risk tab lists it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from counsel_desk.domain.risk import NONE_RECORDED, Risk, RiskLevel
from counsel_desk.ui.formats import fmt_date
from counsel_desk.ui.i18n import shown_text
from counsel_desk.ui.models.rows import RowsModel


def actions_text(risk: Risk) -> str:
    """What was done, each action's label translated ("Safety plan agreed; …")."""
    return "; ".join(shown_text(a.label) for a in risk.actions) or shown_text(NONE_RECORDED)


class RiskTableModel(RowsModel):
    WHEN, LEVEL, WHAT, DONE, STATE = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Level"),
        QT_TRANSLATE_NOOP("Columns", "What was disclosed"),
        QT_TRANSLATE_NOOP("Columns", "Done"),
        QT_TRANSLATE_NOOP("Columns", "Where it stands"),
    )
    headers = (WHEN, LEVEL, WHAT, DONE, STATE)

    def cell(self, record: Risk, column: str, for_sorting: bool) -> Any:
        if column == self.WHEN:
            return record.on.isoformat() if for_sorting else fmt_date(record.on)
        if column == self.LEVEL:
            return (
                list(RiskLevel).index(record.level)
                if for_sorting
                else shown_text(record.level.label)
            )
        if column == self.WHAT:
            return record.disclosed
        if column == self.DONE:
            return actions_text(record)
        if for_sorting:
            return (record.is_open, record.review_on.isoformat() if record.review_on else "")
        return shown_text(record.state)
