"""The reliability panel's table: one row per month, newest first, both sides' figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counsel_desk.domain.reliability import ReliabilityFigures
from counsel_desk.ui.formats import month_year
from counsel_desk.ui.models.rows import RowsModel


@dataclass(frozen=True)
class MonthRow:
    id: int  # the month as yyyymm
    figures: ReliabilityFigures


def _both(total: int, short: int) -> str:
    if not short:
        return str(total)
    return QCoreApplication.translate(
        "models.reliability", "{total} ({short} short notice)"
    ).format(total=total, short=short)


class ReliabilityModel(RowsModel):
    MONTH, HELD = QT_TRANSLATE_NOOP("Columns", "Month"), QT_TRANSLATE_NOOP("Columns", "Held")
    LATE, EARLY, CANCELLED, BREAKS = (
        QT_TRANSLATE_NOOP("Columns", "I was late"),
        QT_TRANSLATE_NOOP("Columns", "I ended early"),
        QT_TRANSLATE_NOOP("Columns", "I cancelled"),
        QT_TRANSLATE_NOOP("Columns", "Breaks"),
    )
    ATTENDANCE, CLIENT_CANCELLED, MISSED = (
        QT_TRANSLATE_NOOP("Columns", "Attendance"),
        QT_TRANSLATE_NOOP("Columns", "Client cancelled"),
        QT_TRANSLATE_NOOP("Columns", "Missed"),
    )
    headers = (MONTH, HELD, LATE, EARLY, CANCELLED, BREAKS, ATTENDANCE, CLIENT_CANCELLED, MISSED)

    def set_months(self, months: tuple[ReliabilityFigures, ...]) -> None:
        self.set_rows(
            [MonthRow(m.month.year * 100 + m.month.month, m) for m in months if m.month is not None]
        )

    def cell(self, record: MonthRow, column: str, for_sorting: bool) -> Any:
        f = record.figures
        if column == self.MONTH:
            return record.id if for_sorting else month_year(f.month)
        if column == self.HELD:
            return f.held
        if column == self.LATE:
            return f.practitioner_late
        if column == self.EARLY:
            return f.practitioner_ended_early
        if column == self.CANCELLED:
            total = f.practitioner_cancelled
            short = f.practitioner_cancelled_short_notice
            return (total, short) if for_sorting else _both(total, short)
        if column == self.BREAKS:
            return f.break_cancellations
        if column == self.ATTENDANCE:
            rate = f.attendance_rate
            if for_sorting:
                return rate
            return "" if rate is None else f"{round(rate * 100)}%"
        if column == self.CLIENT_CANCELLED:
            total, short = f.client_cancelled, f.client_cancelled_short_notice
            return (total, short) if for_sorting else _both(total, short)
        return f.did_not_attend
