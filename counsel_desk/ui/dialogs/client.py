"""Add or edit a client (code, status, dates, identity), and end work with a client."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.clients import Client, ClientDraft, ClientIdentity, ClientStatus
from counsel_desk.domain.rules import validate_client
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

IDENTITY_NOTE = "Lists and titles use the code; names show only when you ask for them."


class ClientDialog(QDialog):
    """Saves through ``save(draft)``; a refusal is shown as its sentence and the dialog stays."""

    def __init__(
        self,
        save: Callable[[ClientDraft], Client],
        client: Client | None = None,
        suggested_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit client" if client else "Add client")
        self._save = save
        self.saved: Client | None = None
        self.code = QLineEdit(client.code if client else suggested_code)
        self.status = forms.EnumCombo(ClientStatus, ClientStatus.ACTIVE)
        self.first_contact = forms.OptionalDate("First got in touch")
        self.first_contact.edit.setToolTip(
            "The day they first got in touch: no agreement or boundary event is dated before it"
        )
        self.start = forms.OptionalDate("Start date")
        self.end = forms.OptionalDate("End date")
        self.full_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.dob = forms.OptionalDate("Date of birth")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.emergency = QLineEdit()
        self.emergency.setPlaceholderText("Name and phone number")
        self.error = w.ErrorLine()
        self._fill(client)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.start.edit.dateChanged.connect(self._start_changed)

        form = QFormLayout()
        form.addRow("Code", self.code)
        form.addRow("Status", self.status)
        self.first_contact.add_to(form)
        self.start.add_to(form)
        self.end.add_to(form)
        form.addItem(QSpacerItem(0, w.SPACING))
        form.addRow(w.heading("Identity", 1.1))
        form.addRow(w.explanation(IDENTITY_NOTE))
        identity = form
        identity.addRow("Full name", self.full_name)
        identity.addRow("Preferred name", self.preferred_name)
        self.dob.add_to(identity)
        identity.addRow("Email", self.email)
        identity.addRow("Phone", self.phone)
        identity.addRow("Address", self.address)
        identity.addRow("Emergency contact", self.emergency)
        self.save_button = forms.form_dialog(self, form, self._submit, self.error, min_width=520)
        forms.recheck_when_edited(self, self.error, lambda: validate_client(self.draft()))

    def _fill(self, client: Client | None) -> None:
        if client is None:
            self.start.set_date(dt.date.today())
            self.first_contact.set_date(dt.date.today())
            return
        self.status.set_value(client.status)
        self.first_contact.set_date(client.first_contact)
        self.start.set_date(client.start_date)
        self.end.set_date(client.end_date)
        ident = client.identity
        self.full_name.setText(ident.full_name)
        self.preferred_name.setText(ident.preferred_name)
        self.dob.set_date(ident.date_of_birth)
        self.email.setText(ident.email)
        self.phone.setText(ident.phone)
        self.address.setPlainText(ident.address)
        self.emergency.setText(ident.emergency_contact)

    def _start_changed(self) -> None:
        """A start before the first contact moves the first contact back with it: nobody
        begins before getting in touch."""
        start, contact = self.start.date(), self.first_contact.date()
        if start is not None and contact is not None and start < contact:
            self.first_contact.set_date(start)

    def _status_changed(self) -> None:
        if self.status.value() is ClientStatus.ENDED and self.end.date() is None:
            self.end.set_date(dt.date.today())

    def draft(self) -> ClientDraft:
        return ClientDraft(
            code=self.code.text(),
            status=self.status.value(),
            start_date=self.start.date(),
            end_date=self.end.date(),
            identity=ClientIdentity(
                full_name=self.full_name.text().strip(),
                preferred_name=self.preferred_name.text().strip(),
                date_of_birth=self.dob.date(),
                email=self.email.text().strip(),
                phone=self.phone.text().strip(),
                address=self.address.toPlainText().strip(),
                emergency_contact=self.emergency.text().strip(),
            ),
            first_contact=self.first_contact.date(),
        )

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.draft()))


class EndClientDialog(QDialog):
    """End work with a client on a date; the record stays, marked as ended."""

    def __init__(
        self, code: str, end: Callable[[dt.date], Client], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("End client")
        self._end = end
        self.saved: Client | None = None
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow("Last day", self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton("End client", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                f"End work with {code}? The record stays in the vault, marked as ended, and "
                "is hidden from the current clients list."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        forms.recheck_when_edited(self, self.error)

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._end(self.date.date().toPython()))
