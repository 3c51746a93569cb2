"""Add or edit a client (code, status, dates; identity; how to contact them and their GP),
and end the work with a client (how it ended, the day, the signposting given)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsel_desk.domain.clients import (
    Client,
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    ContactPreferences,
    EndingKind,
    GpConsent,
    GpDetails,
)
from counsel_desk.domain.rules import MAX_DETAIL, MAX_SIGNPOSTING, validate_client
from counsel_desk.ui import forms
from counsel_desk.ui import widgets as w

IDENTITY_NOTE = QT_TRANSLATE_NOOP(
    "dialogs.client", "Lists and titles use the code; names show only when you ask for them."
)
CONTACT_NOTE = QT_TRANSLATE_NOOP(
    "dialogs.client",
    "Tick only the ways the client has said are safe: an unticked way is not used, by you or "
    "by your clinical executor.",
)


def _tab(tabs: QTabWidget, name: str) -> QFormLayout:
    page = QWidget()
    form = QFormLayout(page)
    form.setContentsMargins(w.SPACING, w.SPACING, w.SPACING, w.SPACING)
    tabs.addTab(page, name)
    return form


def _line(limit: int = MAX_DETAIL, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(limit)
    field.setPlaceholderText(placeholder)
    return field


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
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("Add client"))
        self._save = save
        self._client = client
        self.saved: Client | None = None
        self.code = QLineEdit(client.code if client else suggested_code)
        self.status = forms.EnumCombo(ClientStatus, ClientStatus.ACTIVE)
        self.first_contact = forms.OptionalDate(self.tr("First got in touch"))
        self.first_contact.edit.setToolTip(
            self.tr(
                "The day they first got in touch: no agreement or boundary event is dated before it"
            )
        )
        self.start = forms.OptionalDate(self.tr("Start date"))
        self.end = forms.OptionalDate(self.tr("End date"))
        self.full_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.dob = forms.OptionalDate(self.tr("Date of birth"))
        self.minor = QCheckBox(self.tr("Under 18"))
        self.parental = _line(placeholder=self.tr("Who holds parental responsibility"))
        self.parental.setAccessibleName(self.tr("Parental responsibility"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.emergency = QLineEdit()
        self.emergency.setPlaceholderText(self.tr("Name and phone number"))
        self.may_text = QCheckBox(self.tr("Safe to text"))
        self.may_voicemail = QCheckBox(self.tr("Safe to leave a voicemail"))
        self.may_email = QCheckBox(self.tr("Safe to email"))
        self.gp_name = _line()
        self.gp_practice = _line()
        self.gp_phone = _line()
        self.gp_consent = forms.EnumCombo(GpConsent, GpConsent.NOT_ASKED)
        self.gp_consent.setAccessibleName(self.tr("Consent to contact the GP"))
        self.error = w.ErrorLine()
        self._fill(client)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.minor.toggled.connect(self.parental.setEnabled)
        self.parental.setEnabled(self.minor.isChecked())
        self.start.edit.dateChanged.connect(self._start_changed)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client details"))
        record = _tab(self.tabs, self.tr("Record"))
        record.addRow(self.tr("Code"), self.code)
        record.addRow(self.tr("Status"), self.status)
        self.first_contact.add_to(record)
        self.start.add_to(record)
        self.end.add_to(record)
        identity = _tab(self.tabs, self.tr("Identity"))
        identity.addRow(w.explanation(QCoreApplication.translate("dialogs.client", IDENTITY_NOTE)))
        identity.addRow(self.tr("Full name"), self.full_name)
        identity.addRow(self.tr("Preferred name"), self.preferred_name)
        self.dob.add_to(identity)
        identity.addRow("", self.minor)
        identity.addRow(self.tr("Parental responsibility"), self.parental)
        identity.addRow(self.tr("Emergency contact"), self.emergency)
        contact = _tab(self.tabs, self.tr("Contact and GP"))
        contact.addRow(self.tr("Email"), self.email)
        contact.addRow(self.tr("Phone"), self.phone)
        contact.addRow(self.tr("Address"), self.address)
        contact.addRow(w.explanation(QCoreApplication.translate("dialogs.client", CONTACT_NOTE)))
        for box in (self.may_text, self.may_voicemail, self.may_email):
            contact.addRow("", box)
        contact.addRow(w.heading(self.tr("GP"), 1.05))
        contact.addRow(self.tr("GP's name"), self.gp_name)
        contact.addRow(self.tr("GP practice"), self.gp_practice)
        contact.addRow(self.tr("GP's phone"), self.gp_phone)
        contact.addRow(self.tr("Consent to contact"), self.gp_consent)
        outer = QFormLayout()
        outer.addRow(self.tabs)
        self.save_button = forms.form_dialog(self, outer, self._submit, self.error, min_width=520)
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
        self.minor.setChecked(ident.minor)
        self.parental.setText(ident.parental_responsibility)
        self.email.setText(ident.email)
        self.phone.setText(ident.phone)
        self.address.setPlainText(ident.address)
        self.emergency.setText(ident.emergency_contact)
        self.may_text.setChecked(ident.contact.text)
        self.may_voicemail.setChecked(ident.contact.voicemail)
        self.may_email.setChecked(ident.contact.email)
        self.gp_name.setText(ident.gp.name)
        self.gp_practice.setText(ident.gp.practice)
        self.gp_phone.setText(ident.gp.phone)
        self.gp_consent.set_value(ident.gp.consent)

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
        status = self.status.value()
        kept = self._client if self._client and status is ClientStatus.ENDED else None
        return ClientDraft(
            code=self.code.text(),
            status=status,
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
                gp=GpDetails(
                    self.gp_name.text().strip(),
                    self.gp_practice.text().strip(),
                    self.gp_phone.text().strip(),
                    self.gp_consent.value(),
                ),
                contact=ContactPreferences(
                    self.may_text.isChecked(),
                    self.may_voicemail.isChecked(),
                    self.may_email.isChecked(),
                ),
                minor=self.minor.isChecked(),
                parental_responsibility=self.parental.text().strip()
                if self.minor.isChecked()
                else "",
            ),
            # how the work ended is kept while it stays ended (End work… records it)
            ending=kept.ending if kept else None,
            signposting=kept.signposting if kept else "",
            first_contact=self.first_contact.date(),
        )

    def _submit(self) -> None:
        forms.save_or_say(self, self.error, lambda: self._save(self.draft()))


def end_label(code: str) -> str:
    return QCoreApplication.translate("dialogs.client", "End work with {code}…").format(code=code)


class EndClientDialog(QDialog):
    """End the work with a client: how it ended, the last day, the signposting given. The
    record stays, marked as ended; sessions still booked after that day leave the diary."""

    def __init__(
        self,
        code: str,
        end: Callable[[dt.date, EndingKind, str], Client],
        booked_after: Callable[[dt.date], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End work with {code}").format(code=code))
        self._end = end
        self._booked_after = booked_after
        self.saved: Client | None = None
        self.kind = forms.EnumCombo(EndingKind, EndingKind.PLANNED)
        self.kind.setAccessibleName(self.tr("How the work ended"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.signposting = QPlainTextEdit()
        self.signposting.setTabChangesFocus(True)
        self.signposting.setPlaceholderText(
            self.tr("Where you pointed them: GP, a service, a helpline…")
        )
        self.signposting.setAccessibleName(self.tr("Signposting given"))
        self.signposting.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.booked = w.explanation("")
        self.error = w.ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("How it ended"), self.kind)
        form.addRow(self.tr("Last day"), self.date)
        form.addRow(self.tr("Signposting given"), self.signposting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(
            self.tr("End work"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(w.MARGIN, w.MARGIN, w.MARGIN, w.MARGIN)
        layout.setSpacing(w.SPACING)
        layout.addWidget(
            w.explanation(
                self.tr(
                    "End your work with {code}? The record stays in the vault, marked "
                    "as ended, and is hidden from the current clients list."
                ).format(code=code)
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.booked)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.date.dateChanged.connect(lambda _d: self._say_booked())
        self._say_booked()
        forms.recheck_when_edited(self, self.error)

    def _say_booked(self) -> None:
        count = self._booked_after(self.date.date().toPython()) if self._booked_after else 0
        self.booked.setVisible(count > 0)
        if count == 1:
            said = self.tr(
                "1 session is still booked after that day: it will be taken out of the diary"
            )
        else:
            said = self.tr(
                "{count} sessions are still booked after that day: they will be "
                "taken out of the diary"
            ).format(count=count)
        self.booked.setText(self.tr("{said} (any with a note stay).").format(said=said))

    def _submit(self) -> None:
        text = self.signposting.toPlainText()
        if len(text) > MAX_SIGNPOSTING:
            self.error.show_message(
                self.tr("The signposting is at most {MAX_SIGNPOSTING} characters.").format(
                    MAX_SIGNPOSTING=MAX_SIGNPOSTING
                )
            )
            return
        forms.save_or_say(
            self,
            self.error,
            lambda: self._end(self.date.date().toPython(), self.kind.value(), text),
        )
