"""What happened at a session: attended (with lateness, an early ending and why, actual
times), cancelled by either side with how and when word came (the notice is worked out from
that) and an optional reason, did not attend, or rescheduled to a new time with who asked.

The domain's own sentences explain what is wrong while the form is filled in."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.attendance import (
    CANCELLED,
    MAX_REASON,
    Attendance,
    EndedEarlyBy,
    ReceivedBy,
    notice_from,
    validate_attendance,
)
from counsel_desk.domain.contract.terms import Party
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.domain.sessions import SessionStatus
from counsel_desk.ui import alerts, forms
from counsel_desk.ui import widgets as w
from counsel_desk.ui.dialogs.show import show
from counsel_desk.ui.formats import fmt_datetime
from counsel_desk.ui.i18n import error_text, shown_text

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
    box.setSuffix(QCoreApplication.translate("dialogs.attendance", " min"))
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
        self.setWindowTitle(self.tr("Attendance"))
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
        self.status.setAccessibleName(self.tr("What happened"))
        planned = session.planned_minutes
        self.client_late = _minutes(planned)
        self.own_late = _minutes(planned)
        self.early = _minutes(planned)
        self.early_by = forms.EnumCombo(EndedEarlyBy)
        self.early_by.setAccessibleName(self.tr("Why it ended early"))
        self.received = _when(_word_came(session, current))
        self.received.setAccessibleName(self.tr("When word came"))
        self.received_by = forms.EnumCombo(ReceivedBy, current.received_by or ReceivedBy.PHONE)
        self.received_by.setAccessibleName(self.tr("How word came"))
        self.notice_label = QLabel()
        self.notice_label.setAccessibleName(self.tr("Notice given"))
        self.reason = QLineEdit(current.reason)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("Optional: a few words, such as “unwell”"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.asked_by = forms.EnumCombo(Party, current.asked_by or Party.CLIENT)
        self.asked_by.setAccessibleName(self.tr("Who asked"))
        self.actual = QCheckBox(self.tr("Record actual times"))
        self.actual_start = _when(current.actual_start or session.start)
        self.actual_end = _when(current.actual_end or session.start + dt.timedelta(minutes=planned))
        self.new_start = _when(session.start + dt.timedelta(days=7))
        self.new_start.setAccessibleName(self.tr("New date and time"))
        # already moved: say where to, rather than offer to move it again
        self.moved_to = service.moved_to(session.id)
        self.moved_label = QLabel()
        if self.moved_to is not None:
            moved = self.moved_to.start
            self.moved_label.setText(
                self.tr("{moved} (open that session to change it)").format(
                    moved=fmt_datetime(moved)
                )
            )
        self.client_late.setValue(current.client_late_minutes)
        self.own_late.setValue(current.practitioner_late_minutes)
        self.early.setValue(current.ended_early_minutes)
        if current.ended_early_by is not None:
            self.early_by.set_value(current.ended_early_by)
        self.actual.setChecked(current.actual_start is not None)
        self.verdict = w.explanation("")  # short notice or not, by the contract in force
        self.verdict.setAccessibleName(self.tr("Short notice or not"))
        self.error = w.ErrorLine()
        self.form = QFormLayout()
        when = fmt_datetime(session.start)
        self.form.addRow(
            self.tr("Session"),
            QLabel(
                self.tr("{client_code} · {when} · {planned} min").format(
                    client_code=client_code, when=when, planned=planned
                )
            ),
        )
        self.form.addRow(self.tr("What happened"), self.status)
        self.form.addRow(self.tr("Client late by"), self.client_late)
        self.form.addRow(self.tr("I was late by"), self.own_late)
        self.form.addRow(self.tr("Ended early by"), self.early)
        self.form.addRow(self.tr("Why it ended early"), self.early_by)
        self.form.addRow("", self.actual)
        self.form.addRow(self.tr("Actual start"), self.actual_start)
        self.form.addRow(self.tr("Actual end"), self.actual_end)
        self.form.addRow(self.tr("Who asked"), self.asked_by)
        self.form.addRow(self.tr("Word came"), self.received)
        self.form.addRow(self.tr("How"), self.received_by)
        self.form.addRow(self.tr("Notice given"), self.notice_label)
        self.form.addRow("", self.verdict)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("New date and time"), self.new_start)
        self.form.addRow(self.tr("Moved to"), self.moved_label)
        self.save_button = forms.form_dialog(
            self, self.form, self._submit, self.error, min_width=460
        )
        for signal in (
            self.status.currentIndexChanged,
            self.client_late.valueChanged,
            self.own_late.valueChanged,
            self.early.valueChanged,
            self.early_by.currentIndexChanged,
            self.received.dateTimeChanged,
            self.received_by.currentIndexChanged,
            self.reason.textChanged,
            self.asked_by.currentIndexChanged,
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
        received = self.received.dateTime().toPython().replace(second=0, microsecond=0)
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
            received_at=received if notes_notice else None,
            received_by=self.received_by.value() if status in CANCELLED else None,
            reason=self.reason.text() if status in CANCELLED else "",
            asked_by=self.asked_by.value() if status is SessionStatus.RESCHEDULED else None,
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
        noticed = status in CANCELLED or status is SessionStatus.RESCHEDULED
        for widget in (self.received, self.notice_label):
            self.form.setRowVisible(widget, noticed)
        for widget in (self.received_by, self.reason):
            self.form.setRowVisible(widget, status in CANCELLED)
        self.form.setRowVisible(self.asked_by, status is SessionStatus.RESCHEDULED)
        self.form.labelForField(self.received).setText(
            self.tr("Asked on") if status is SessionStatus.RESCHEDULED else self.tr("Word came")
        )
        received = self.received.dateTime().toPython().replace(second=0, microsecond=0)
        if received > self.session.start:
            self.notice_label.setText(self.tr("None: word came after the session's start"))
        else:
            self.notice_label.setText(_hours(notice_from(received, self.session.start)))
        verdict = None
        if status in CANCELLED:  # short or not, by the contract in force (services/notice.py)
            verdict = self._service.notice_verdict(self.session, status, None, received)
        self.verdict.setText(shown_text(verdict.sentence) if verdict is not None else "")
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
                return self.tr("The new time is the same as the old one.")
            if att.received_at is not None and att.received_at > self.session.start:
                return self.tr(
                    "The request came after the session was due to start; record what "
                    "happened instead, or correct the time."
                )
            return None
        try:
            validate_attendance(att, self.session.planned_minutes, self.session.start)
        except CounselDeskError as exc:
            return error_text(exc)
        return None

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, self._save)

    def _save(self) -> None:
        att = self.attendance()
        if att.status is SessionStatus.RESCHEDULED and att.rescheduled_to_session_id is None:
            new_start = self.new_start.dateTime().toPython().replace(second=0, microsecond=0)
            self.new_session = self._service.reschedule(
                self.session.id, new_start, asked_by=att.asked_by, received_at=att.received_at
            )
        else:
            self._service.record(self.session.id, att)


def _word_came(session: Session, current: Attendance) -> dt.datetime:
    """When word came, as recorded; from the notice recorded before that was kept; else
    now, or the session's start if that has passed (no notice: change it if there was)."""
    if current.received_at is not None:
        return current.received_at
    if current.notice_hours is not None:
        return session.start - dt.timedelta(hours=current.notice_hours)
    return min(dt.datetime.now().replace(second=0, microsecond=0), session.start)


def _hours(hours: float) -> str:
    if hours < 1:
        return QCoreApplication.translate("dialogs.attendance", "Less than an hour")
    if hours < 48:
        whole = int(hours)
        return (
            QCoreApplication.translate("dialogs.attendance", "1 hour")
            if whole == 1
            else QCoreApplication.translate("dialogs.attendance", "{whole} hours").format(
                whole=whole
            )
        )
    days, rest = divmod(int(hours), 24)
    return QCoreApplication.translate("dialogs.attendance", "{days} days").format(days=days) + (
        QCoreApplication.translate("dialogs.attendance", " and {rest} hours").format(rest=rest)
        if rest
        else ""
    )


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
        alerts.error(parent, error_text(exc))
        return
    show(AttendanceDialog(attendance, session, code, parent), recorded)
