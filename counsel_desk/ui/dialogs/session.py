"""Add or edit a session: when, how long, how, and what became of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.model import Modality, Session, SessionDraft, SessionStatus
from counsel_desk.domain.rules import MAX_SESSION_MINUTES, validate_session
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

DEFAULT_HOUR = 10


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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit session" if session else "Add session")
        self._save = save
        self._client_id = client_id
        self.saved: Session | None = None
        start = session.start if session else next_weekday_slot(dt.datetime.now())
        self.start = QDateTimeEdit(QDateTime(start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy   HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, MAX_SESSION_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(session.planned_minutes if session else default_minutes)
        self.modality = forms.EnumCombo(
            Modality, session.modality if session else Modality.IN_PERSON
        )
        self.status = forms.EnumCombo(
            SessionStatus, session.status if session else SessionStatus.SCHEDULED
        )
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow("Client", QLabel(client_code))
        form.addRow("Starts", self.start)
        form.addRow("Length", self.minutes)
        form.addRow("Modality", self.modality)
        form.addRow("Status", self.status)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=400)
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

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.draft()))
