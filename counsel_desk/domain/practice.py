"""The practice: who the practitioner is, the details a contract quotes, and the defaults a
new session and a new contract start from (which attendance is judged by while a client
has no agreed contract)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from counsel_desk.domain.contract.parties import ContractDefaults, PracticeDetails
from counsel_desk.domain.contract.terms import (
    ContactChannel,
    ContactPolicy,
    Frequency,
    LatenessPolicy,
    PractitionerLateness,
    Terms,
    validate_terms,
)
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase

MAX_DETAIL = 300  # one line of a profile: a name, an address, how to pay
MAX_RECORDS_YEARS = 100


@dataclass(frozen=True)
class PracticeProfile:
    practitioner_name: str = ""
    professional_body: str = ""
    registration_number: str = ""
    default_session_minutes: int = 50
    default_fee_pence: int = 0
    currency: str = "GBP"
    # What a contract quotes about the practice (``PracticeDetails``).
    practice_address: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    how_to_pay: str = ""  # follows "Please pay", e.g. "by bank transfer within a week"
    online_platform: str = ""
    records_kept_years: int = 7  # after the last session
    clinical_will_contact: str = ""  # who would contact clients if you could not
    # The terms a new contract starts from (``Terms``; length, fee and currency above).
    frequency: Frequency = Frequency.WEEKLY
    client_notice_hours: int = 48
    practitioner_notice_hours: int = 48
    short_notice_charge_percent: int = 100
    late_wait_minutes: int = 20
    practitioner_lateness: PractitionerLateness = PractitionerLateness.MAKE_UP_TIME
    contact_channels: tuple[ContactChannel, ...] = (ContactChannel.EMAIL, ContactChannel.TEXT)
    contact_arrangements_only: bool = True
    reply_within_days: int = 2

    @property
    def details(self) -> PracticeDetails:
        """What a contract quotes about the practitioner and the practice."""
        return PracticeDetails(
            **{f.name: getattr(self, f.name) for f in fields(PracticeDetails)},
        )

    @property
    def terms(self) -> Terms:
        """The practice's default terms, as a new contract starts with them."""
        return Terms(
            session_minutes=self.default_session_minutes,
            frequency=self.frequency,
            fee_pence=self.default_fee_pence,
            currency=self.currency,
            client_notice_hours=self.client_notice_hours,
            practitioner_notice_hours=self.practitioner_notice_hours,
            short_notice_charge_percent=self.short_notice_charge_percent,
            lateness=LatenessPolicy(self.late_wait_minutes, self.practitioner_lateness),
            contact=ContactPolicy(
                self.contact_channels, self.contact_arrangements_only, self.reply_within_days
            ),
        )

    def contract_defaults(self) -> ContractDefaults:
        return ContractDefaults(self.details, self.terms)


def with_terms(profile: PracticeProfile, terms: Terms) -> PracticeProfile:
    """``profile`` with its default terms replaced by ``terms``."""
    return replace(
        profile,
        default_session_minutes=terms.session_minutes,
        frequency=terms.frequency,
        default_fee_pence=terms.fee_pence,
        currency=terms.currency,
        client_notice_hours=terms.client_notice_hours,
        practitioner_notice_hours=terms.practitioner_notice_hours,
        short_notice_charge_percent=terms.short_notice_charge_percent,
        late_wait_minutes=terms.lateness.wait_minutes,
        practitioner_lateness=terms.lateness.practitioner,
        contact_channels=terms.contact.channels,
        contact_arrangements_only=terms.contact.arrangements_only,
        reply_within_days=terms.contact.reply_within_days,
    )


_LABELS = {
    "practitioner_name": QT_TRANSLATE_NOOP("practice", "Your name"),
    "professional_body": QT_TRANSLATE_NOOP("practice", "Your professional body"),
    "registration_number": QT_TRANSLATE_NOOP("practice", "Your registration number"),
    "practice_address": QT_TRANSLATE_NOOP("practice", "The practice's address"),
    "contact_email": QT_TRANSLATE_NOOP("practice", "The email address"),
    "contact_phone": QT_TRANSLATE_NOOP("practice", "The phone number"),
    "how_to_pay": QT_TRANSLATE_NOOP("practice", "How to pay"),
    "online_platform": QT_TRANSLATE_NOOP("practice", "The online service"),
    "clinical_will_contact": QT_TRANSLATE_NOOP("practice", "Who would contact your clients"),
}


def validate_profile(profile: PracticeProfile) -> PracticeProfile:
    """The profile with its text tidied, or one sentence for the first thing that is not
    possible (a notice period that is negative or over a year, a fee past belief…)."""
    tidy = {}
    for name, label in _LABELS.items():
        value = getattr(profile, name)
        if not isinstance(value, str):
            raise ValidationError(
                phrase(QT_TRANSLATE_NOOP("errors", "{label} must be text."), label=label)
            )
        value = value.strip() if name != "practice_address" else value.strip("\n ")
        if len(value) > MAX_DETAIL:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "{label} can be at most {max_detail} characters."),
                    label=label,
                    max_detail=MAX_DETAIL,
                )
            )
        tidy[name] = value
    years = profile.records_kept_years
    if isinstance(years, bool) or not isinstance(years, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "How long records are kept must be a whole number of years."
            )
        )
    if not 1 <= years <= MAX_RECORDS_YEARS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Records are kept for between 1 and {max_records_years} years "
                    "after the last session.",
                ),
                max_records_years=MAX_RECORDS_YEARS,
            )
        )
    validate_terms(profile.terms)
    return replace(profile, currency=profile.currency.upper(), **tidy)
