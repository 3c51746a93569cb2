"""The records Counsel Desk keeps, as plain frozen dataclasses.

Identity (a client's name, birth date, contact) lives apart from the client's code, so that
every list, title and export can use the code alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ClientStatus(StrEnum):
    ENQUIRY = "enquiry"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Modality(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    PHONE = "phone"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "online": "Online", "phone": "Phone"}[self.value]


class SessionStatus(StrEnum):
    """What became of a booked session. Attendance detail (lateness, notice) comes later."""

    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    CANCELLED_BY_CLIENT = "cancelled_client"
    CANCELLED_BY_PRACTITIONER = "cancelled_practitioner"
    DID_NOT_ATTEND = "did_not_attend"
    RESCHEDULED = "rescheduled"

    @property
    def label(self) -> str:
        return {
            "scheduled": "Scheduled",
            "attended": "Attended",
            "cancelled_client": "Cancelled by client",
            "cancelled_practitioner": "Cancelled by me",
            "did_not_attend": "Did not attend",
            "rescheduled": "Rescheduled",
        }[self.value]


@dataclass(frozen=True)
class PracticeProfile:
    practitioner_name: str = ""
    professional_body: str = ""
    registration_number: str = ""
    default_session_minutes: int = 50
    default_fee_pence: int = 0
    currency: str = "GBP"


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


@dataclass(frozen=True)
class ClientDraft:
    """What a practitioner enters to add or edit a client."""

    code: str
    status: ClientStatus = ClientStatus.ACTIVE
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    identity: ClientIdentity = field(default_factory=ClientIdentity)


@dataclass(frozen=True)
class Session:
    id: int
    client_id: int
    start: dt.datetime  # local wall-clock time, naive
    planned_minutes: int
    modality: Modality
    status: SessionStatus

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.planned_minutes)


@dataclass(frozen=True)
class SessionDraft:
    client_id: int
    start: dt.datetime
    planned_minutes: int = 50
    modality: Modality = Modality.IN_PERSON
    status: SessionStatus = SessionStatus.SCHEDULED


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: dt.datetime  # UTC
    event: str
    detail: str
