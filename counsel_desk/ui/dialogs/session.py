"""Add or edit a session: when, how long, how, and what became of it. A new session can
repeat every week or two for a number of weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.rules import MAX_SESSION_MINUTES, validate_session
from counsel_desk.domain.series import MAX_SERIES_WEEKS, Repeat, series_starts
from counsel_desk.domain.sessions import Modality, Session, SessionDraft, SessionStatus
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.formats import fmt_datetime

if TYPE_CHECKING:
    from counsel_desk.services.sessions import SeriesBooked

    SaveSeries = Callable[[SessionDraft, Repeat, int], SeriesBooked]

DEFAULT_HOUR = 10
DEFAULT_SERIES_WEEKS = 6


def next_weekday_slot(now: dt.datetime, hour: int = DEFAULT_HOUR) -> dt.datetime:
    """The next working day after ``now``'s date, at ``hour``:00."""
    day = now.date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour))


class SessionDialog(QDialog):
    def __init__(
        self,
        save: Callable[[SessionDraft], Session],
        client_id: int,
        client_code: str,
        default_minutes: int,
        session: Session | None = None,
        parent: QWidget | None = None,
        save_series: SaveSeries | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Add session"))
        self._save = save
        self._save_series = save_series
        self._client_id = client_id
        self.saved: Session | None = None
        self.series: SeriesBooked | None = None  # set when a repeating booking was saved
        start = session.start if session else next_weekday_slot(dt.datetime.now())
        self.start = QDateTimeEdit(QDateTime(start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy   HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, MAX_SESSION_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(session.planned_minutes if session else default_minutes)
        self.modality = forms.EnumCombo(
            Modality, session.modality if session else Modality.IN_PERSON
        )
        self.status = forms.EnumCombo(
            SessionStatus, session.status if session else SessionStatus.SCHEDULED
        )
        self.repeat = forms.EnumCombo(Repeat, Repeat.NONE)
        self.weeks = QSpinBox()
        self.weeks.setRange(2, MAX_SERIES_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setValue(DEFAULT_SERIES_WEEKS)
        self.weeks.setAccessibleName(self.tr("Repeat for"))
        self.series_label = w.explanation("")
        self.error = w.ErrorLine()
        self.form = form = QFormLayout()
        form.addRow(self.tr("Client"), QLabel(client_code))
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Status"), self.status)
        if save_series is not None and session is None:
            form.addRow(self.tr("Repeats"), self.repeat)
            form.addRow(self.tr("For"), self.weeks)
            form.addRow("", self.series_label)
            for signal in (
                self.repeat.currentIndexChanged,
                self.weeks.valueChanged,
                self.start.dateTimeChanged,
            ):
                signal.connect(lambda *_a: self._series_changed())
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=400)
        self._series_changed()
        forms.recheck_when_edited(self, self.error, lambda: validate_session(self.draft()))

    def draft(self) -> SessionDraft:
        start = self.start.dateTime().toPython().replace(second=0, microsecond=0)
        return SessionDraft(
            client_id=self._client_id,
            start=start,
            planned_minutes=self.minutes.value(),
            modality=self.modality.value(),
            status=self.status.value(),
        )

    def repeats(self) -> bool:
        return self._save_series is not None and self.repeat.value() is not Repeat.NONE

    def _series_changed(self) -> None:
        """Show the weeks only for a series, and what it comes to."""
        repeating = self.repeats()
        if self.form.indexOf(self.weeks) < 0:
            return  # editing a session: it does not repeat
        self.form.setRowVisible(self.weeks, repeating)
        self.form.setRowVisible(self.series_label, repeating)
        if repeating:
            starts = series_starts(self.draft().start, self.repeat.value(), self.weeks.value())
            self.series_label.setText(
                self.tr(
                    "{count} sessions, the last on {when}. Times that clash with a "
                    "session already booked are left out."
                ).format(count=len(starts), when=fmt_datetime(starts[-1]))
            )
        self.adjustSize()

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, self._book)

    def _book(self) -> Session:
        if not self.repeats():
            return self._save(self.draft())
        assert self._save_series is not None
        self.series = self._save_series(self.draft(), self.repeat.value(), self.weeks.value())
        return self.series.sessions[0]
