"""What happened at a session: attended (with lateness, early ending, actual times),
cancelled by either side with the notice given, did not attend, or rescheduled to a new time.

The domain's own sentences explain what is wrong while the form is filled in."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.attendance import CANCELLED, Attendance, EndedEarlyBy, validate_attendance
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.show import show

if TYPE_CHECKING:
    from collections.abc import Callable

    from counsel_desk.domain.sessions import Session
    from counsel_desk.services.attendance import AttendanceService
    from counsel_desk.services.clients import ClientService
    from counsel_desk.services.sessions import SessionService

HELD = (SessionStatus.ATTENDED,)
CHOICES = [s for s in SessionStatus if s is not SessionStatus.SCHEDULED]


def _minutes(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(" min")
    return box


def _when(value: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy   HH:mm")
    return edit


class AttendanceDialog(QDialog):
    def __init__(
        self,
        service: AttendanceService,
        session: Session,
        client_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Attendance")
        self._service = service
        self.session = session
        self.new_session: Session | None = None
        current = service.get(session.id)
        initial = (
            current.status
            if current.status is not SessionStatus.SCHEDULED
            else SessionStatus.ATTENDED
        )
        self.status = forms.EnumCombo(CHOICES, initial)
        self.status.setAccessibleName("What happened")
        planned = session.planned_minutes
        self.client_late = _minutes(planned)
        self.own_late = _minutes(planned)
        self.early = _minutes(planned)
        self.early_by = forms.EnumCombo(EndedEarlyBy)
        self.notice = QDoubleSpinBox()
        self.notice.setRange(0, 24 * 366)
        self.notice.setDecimals(1)
        self.notice.setSuffix(" hours")
        self.notice.setAccessibleName("Notice given")
        self.actual = QCheckBox("Record actual times")
        self.actual_start = _when(current.actual_start or session.start)
        self.actual_end = _when(current.actual_end or session.start + dt.timedelta(minutes=planned))
        self.new_start = _when(session.start + dt.timedelta(days=7))
        self.new_start.setAccessibleName("New date and time")
        # already moved: say where to, rather than offer to move it again
        self.moved_to = service.moved_to(session.id)
        self.moved_label = QLabel()
        if self.moved_to is not None:
            moved = self.moved_to.start
            self.moved_label.setText(
                f"{moved:%a} {moved.day} {moved:%b %Y, %H:%M} (open that session to change it)"
            )
        self.client_late.setValue(current.client_late_minutes)
        self.own_late.setValue(current.practitioner_late_minutes)
        self.early.setValue(current.ended_early_minutes)
        if current.ended_early_by is not None:
            self.early_by.set_value(current.ended_early_by)
        if current.notice_hours is not None:
            self.notice.setValue(current.notice_hours)
        self.actual.setChecked(current.actual_start is not None)
        self.verdict = w.explanation("")  # short notice or not, by the contract in force
        self.verdict.setAccessibleName("Short notice or not")
        self.error = w.ErrorLine()
        self.form = QFormLayout()
        when = f"{session.start:%a} {session.start.day} {session.start:%b %Y, %H:%M}"
        self.form.addRow("Session", QLabel(f"{client_code} · {when} · {planned} min"))
        self.form.addRow("What happened", self.status)
        self.form.addRow("Client late by", self.client_late)
        self.form.addRow("I was late by", self.own_late)
        self.form.addRow("Ended early by", self.early)
        self.form.addRow("Ended early by whom", self.early_by)
        self.form.addRow("", self.actual)
        self.form.addRow("Actual start", self.actual_start)
        self.form.addRow("Actual end", self.actual_end)
        self.form.addRow("Notice given", self.notice)
        self.form.addRow("", self.verdict)
        self.form.addRow("New date and time", self.new_start)
        self.form.addRow("Moved to", self.moved_label)
        self.save_button = forms.form_dialog(
            self, self.form, self._submit, self.error, min_width=460
        )
        for signal in (
            self.status.currentIndexChanged,
            self.client_late.valueChanged,
            self.own_late.valueChanged,
            self.early.valueChanged,
            self.early_by.currentIndexChanged,
            self.notice.valueChanged,
            self.actual.toggled,
            self.actual_start.dateTimeChanged,
            self.actual_end.dateTimeChanged,
            self.new_start.dateTimeChanged,
        ):
            signal.connect(lambda *_a: self._changed())
        self._changed()

    def attendance(self) -> Attendance:
        status = self.status.value()
        held = status in HELD
        early = self.early.value() if held else 0
        notes_notice = status in CANCELLED or status is SessionStatus.RESCHEDULED
        return Attendance(
            status=status,
            actual_start=self.actual_start.dateTime().toPython()
            if held and self.actual.isChecked()
            else None,
            actual_end=self.actual_end.dateTime().toPython()
            if held and self.actual.isChecked()
            else None,
            client_late_minutes=self.client_late.value() if held else 0,
            practitioner_late_minutes=self.own_late.value() if held else 0,
            ended_early_minutes=early,
            ended_early_by=self.early_by.value() if early else None,
            notice_hours=self.notice.value() if notes_notice else None,
            rescheduled_to_session_id=self._keeps_link(status),
        )

    def _keeps_link(self, status: SessionStatus) -> int | None:
        moved = self.moved_to
        return moved.id if moved is not None and status is SessionStatus.RESCHEDULED else None

    def _changed(self) -> None:
        status = self.status.value()
        held = status in HELD
        for widget in (self.client_late, self.own_late, self.early, self.actual):
            self.form.setRowVisible(widget, held)
        self.form.setRowVisible(self.early_by, held and self.early.value() > 0)
        for widget in (self.actual_start, self.actual_end):
            self.form.setRowVisible(widget, held and self.actual.isChecked())
        self.form.setRowVisible(
            self.notice, status in CANCELLED or status is SessionStatus.RESCHEDULED
        )
        verdict = None
        if status in CANCELLED:
            verdict = self._service.notice_verdict(self.session, status, self.notice.value())
        self.verdict.setText(verdict.sentence if verdict is not None else "")
        self.form.setRowVisible(self.verdict, verdict is not None)
        moved = self._keeps_link(status) is not None
        self.form.setRowVisible(self.new_start, status is SessionStatus.RESCHEDULED and not moved)
        self.form.setRowVisible(self.moved_label, moved)
        self.error.show_message(self.problem() or "")
        self.save_button.setEnabled(self.problem() is None)
        self.adjustSize()

    def problem(self) -> str | None:
        att = self.attendance()
        if att.status is SessionStatus.RESCHEDULED and att.rescheduled_to_session_id is None:
            if self.new_start.dateTime().toPython().replace(second=0) == self.session.start:
                return "The new time is the same as the old one."
            return None
        try:
            validate_attendance(att, self.session.planned_minutes)
        except CounselDeskError as exc:
            return exc.message
        return None

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, self._save)

    def _save(self) -> None:
        att = self.attendance()
        if att.status is SessionStatus.RESCHEDULED and att.rescheduled_to_session_id is None:
            new_start = self.new_start.dateTime().toPython().replace(second=0, microsecond=0)
            self.new_session = self._service.reschedule(
                self.session.id, new_start, att.notice_hours
            )
        else:
            self._service.record(self.session.id, att)


def record_attendance(
    parent: QWidget,
    session_id: int,
    sessions: SessionService,
    clients: ClientService,
    attendance: AttendanceService,
    recorded: Callable[[], None],
) -> None:
    """The attendance dialog for a session, over ``parent``; ``recorded`` once saved."""
    try:
        session = sessions.get(session_id)
        code = clients.get(session.client_id).code
    except CounselDeskError as exc:
        alerts.error(parent, exc.message)
        return
    show(AttendanceDialog(attendance, session, code, parent), recorded)
