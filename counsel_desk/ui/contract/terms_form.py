"""The terms as a form: session length and frequency, the fee, notice to cancel on each side,
the charge for short notice, lateness, contact between sessions. The contract tab edits a
draft's terms with it; Settings → Practice edits the practice's defaults with the same form.

The form says what is not possible in the domain's own sentence (``problem``) rather than
hiding it: a notice period can be typed past a year, and is then named, not clipped.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from counsel_desk.domain.contract.terms import (
    MAX_FEE_PENCE,
    ContactChannel,
    ContactPolicy,
    Frequency,
    LatenessPolicy,
    PractitionerLateness,
    Terms,
    validate_terms,
)
from counsel_desk.domain.errors import CounselDeskError
from counsel_desk.ui import forms
from counsel_desk.ui.i18n import error_text, shown_text

TYPED_LIMIT = 99_999  # room to type past the rule, so its sentence can say why


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box


class TermsForm(QWidget):
    """Rows for a ``QFormLayout`` of its own; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, *, currency_editable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = "GBP"
        self.minutes = _spin(1, 24 * 60, self.tr(" min"), self.tr("Session length"))
        self.frequency = forms.EnumCombo(Frequency)
        self.frequency.setAccessibleName(self.tr("How often"))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, MAX_FEE_PENCE / 100 * 10)
        self.fee.setDecimals(2)
        self.fee.setAccessibleName(self.tr("Fee for a session"))
        self.currency = QLineEdit("GBP")
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.currency.setVisible(currency_editable)
        self.client_notice = _spin(
            0, TYPED_LIMIT, self.tr(" hours"), self.tr("Client's notice to cancel")
        )
        self.own_notice = _spin(0, TYPED_LIMIT, self.tr(" hours"), self.tr("Your notice to cancel"))
        self.charge = _spin(0, 100, "%", self.tr("Charge for short notice or a missed session"))
        self.wait = _spin(0, 24 * 60, self.tr(" min"), self.tr("Waiting for a late client"))
        self.own_late = forms.EnumCombo(PractitionerLateness)
        self.own_late.setAccessibleName(self.tr("If you start late"))
        self.channels = {c: QCheckBox(shown_text(c.label)) for c in ContactChannel}
        self.arrangements = QCheckBox(self.tr("Only to arrange or change times"))
        self.reply = _spin(1, 30, self.tr(" working days"), self.tr("Replies within"))
        fee_row = QHBoxLayout()
        fee_row.setContentsMargins(0, 0, 0, 0)
        fee_row.addWidget(self.fee, 1)
        fee_row.addWidget(self.currency)
        channel_row = QGridLayout()
        channel_row.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.channels.values()):
            channel_row.addWidget(box, n // 2, n % 2)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Session length"), self.minutes)
        form.addRow(self.tr("How often"), self.frequency)
        form.addRow(self.tr("Fee for a session"), fee_row)
        form.addRow(self.tr("Client's notice to cancel"), self.client_notice)
        form.addRow(self.tr("Your notice to cancel"), self.own_notice)
        form.addRow(self.tr("Charge for short notice"), self.charge)
        form.addRow(self.tr("Wait for a late client"), self.wait)
        form.addRow(self.tr("If you start late"), self.own_late)
        form.addRow(self.tr("Contact between sessions"), channel_row)
        form.addRow("", self.arrangements)
        form.addRow(self.tr("Replies within"), self.reply)
        self.set_terms(Terms())
        for spin in (self.minutes, self.client_notice, self.own_notice, self.charge, self.wait):
            spin.valueChanged.connect(self.changed)
        self.reply.valueChanged.connect(self.changed)
        self.fee.valueChanged.connect(self.changed)
        self.currency.textEdited.connect(self.changed)
        self.frequency.currentIndexChanged.connect(self.changed)
        self.own_late.currentIndexChanged.connect(self.changed)
        for box in (*self.channels.values(), self.arrangements):
            box.toggled.connect(self.changed)

    def set_terms(self, terms: Terms) -> None:
        """Show ``terms`` without announcing a change."""
        self.blockSignals(True)
        try:
            self._currency = terms.currency
            self.minutes.setValue(terms.session_minutes)
            self.frequency.set_value(terms.frequency)
            self.fee.setValue(terms.fee_pence / 100)
            self.currency.setText(terms.currency)
            self.fee.setPrefix("£" if terms.currency == "GBP" else "")
            self.client_notice.setValue(terms.client_notice_hours)
            self.own_notice.setValue(terms.practitioner_notice_hours)
            self.charge.setValue(terms.short_notice_charge_percent)
            self.wait.setValue(terms.lateness.wait_minutes)
            self.own_late.set_value(terms.lateness.practitioner)
            for channel, box in self.channels.items():
                box.setChecked(channel in terms.contact.channels)
            self.arrangements.setChecked(terms.contact.arrangements_only)
            self.reply.setValue(terms.contact.reply_within_days)
        finally:
            self.blockSignals(False)

    def terms(self) -> Terms:
        """The terms as typed (checked by ``problem``, not here)."""
        currency = self.currency.text().strip().upper() if self.currency.isVisible() else ""
        return Terms(
            session_minutes=self.minutes.value(),
            frequency=self.frequency.value(),
            fee_pence=round(self.fee.value() * 100),
            currency=currency or self._currency,
            client_notice_hours=self.client_notice.value(),
            practitioner_notice_hours=self.own_notice.value(),
            short_notice_charge_percent=self.charge.value(),
            lateness=LatenessPolicy(self.wait.value(), self.own_late.value()),
            contact=ContactPolicy(
                tuple(c for c, box in self.channels.items() if box.isChecked()),
                self.arrangements.isChecked(),
                self.reply.value(),
            ),
        )

    def problem(self) -> str | None:
        """The domain's sentence for the first term that is not possible, or None."""
        try:
            validate_terms(self.terms())
        except CounselDeskError as exc:
            return error_text(exc)
        return None

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            child.setEnabled(not read_only)
