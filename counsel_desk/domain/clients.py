"""Clients: a code everyone may see, and an identity kept apart.

Identity (a client's name, birth date, contact details, their GP, who holds parental
responsibility) lives apart from the client's code, so that every list, title and export
can use the code alone. How the work ended (its kind, date and the signposting given)
belongs to the client's record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked


class ClientStatus(StrEnum):
    ENQUIRY = "enquiry"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"

    @property
    def label(self) -> Marked:
        return _STATUS_LABELS[self.value]


_STATUS_LABELS = {
    "enquiry": QT_TRANSLATE_NOOP("ClientStatus", "Enquiry"),
    "active": QT_TRANSLATE_NOOP("ClientStatus", "Active"),
    "paused": QT_TRANSLATE_NOOP("ClientStatus", "Paused"),
    "ended": QT_TRANSLATE_NOOP("ClientStatus", "Ended"),
}


class GpConsent(StrEnum):
    """Whether the client agreed that their GP may be contacted."""

    NOT_ASKED = "not_asked"
    GIVEN = "given"
    REFUSED = "refused"

    @property
    def label(self) -> Marked:
        return {
            "not_asked": QT_TRANSLATE_NOOP("GpConsent", "Not asked yet"),
            "given": QT_TRANSLATE_NOOP("GpConsent", "Given"),
            "refused": QT_TRANSLATE_NOOP("GpConsent", "Not given"),
        }[self.value]


class EndingKind(StrEnum):
    """How the work ended."""

    PLANNED = "planned"
    UNPLANNED = "unplanned"
    REFERRED_ON = "referred_on"
    LOST_CONTACT = "lost_contact"

    @property
    def label(self) -> Marked:
        return {
            "planned": QT_TRANSLATE_NOOP("EndingKind", "Planned ending"),
            "unplanned": QT_TRANSLATE_NOOP("EndingKind", "Unplanned ending"),
            "referred_on": QT_TRANSLATE_NOOP("EndingKind", "Referred on"),
            "lost_contact": QT_TRANSLATE_NOOP("EndingKind", "Lost contact"),
        }[self.value]


@dataclass(frozen=True)
class GpDetails:
    name: str = ""
    practice: str = ""
    phone: str = ""
    consent: GpConsent = GpConsent.NOT_ASKED

    @property
    def given(self) -> bool:
        return bool(self.name or self.practice or self.phone)


@dataclass(frozen=True)
class ContactPreferences:
    """How the client agreed to be contacted: unticked means not confirmed as safe."""

    text: bool = False
    voicemail: bool = False
    email: bool = False

    def summary(self) -> str:
        """ "Safe to text and email; not safe to leave a voicemail"."""
        ways = (("text", self.text), ("leave a voicemail", self.voicemail), ("email", self.email))
        safe = [name for name, ok in ways if ok]
        unsafe = [name for name, ok in ways if not ok]
        if not safe:
            return "No way of contact confirmed as safe: ask before texting, phoning or emailing"
        said = f"Safe to {_joined(safe)}"
        return f"{said}; not safe to {_joined(unsafe, 'or')}" if unsafe else said


def _joined(words: list[str], last: str = "and") -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


@dataclass(frozen=True)
class ClientIdentity:
    """Who the client is. Shown only on demand; never in titles, settings or logs."""

    full_name: str = ""
    preferred_name: str = ""
    date_of_birth: dt.date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    emergency_contact: str = ""
    gp: GpDetails = field(default_factory=GpDetails)
    contact: ContactPreferences = field(default_factory=ContactPreferences)
    minor: bool = False  # under 18 when the work began
    parental_responsibility: str = ""  # who holds it, for a minor

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.full_name


@dataclass(frozen=True)
class Client:
    id: int
    code: str
    status: ClientStatus
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    identity: ClientIdentity = field(default_factory=ClientIdentity)
    ending: EndingKind | None = None  # how the work ended (care records)
    signposting: str = ""  # what the client was pointed to at the ending
    first_contact: dt.date | None = None  # the day they first got in touch (an enquiry)


@dataclass(frozen=True)
class ClientDraft:
    """What a practitioner enters to add or edit a client."""

    code: str
    status: ClientStatus = ClientStatus.ACTIVE
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    identity: ClientIdentity = field(default_factory=ClientIdentity)
    ending: EndingKind | None = None
    signposting: str = ""
    first_contact: dt.date | None = None


@dataclass(frozen=True)
class ClientEnding:
    """Ending the work with a client: how, on which day, and the signposting given."""

    kind: EndingKind
    on: dt.date
    signposting: str = ""
