"""Clients: a code everyone may see, and an identity kept apart.

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
    first_contact: dt.date | None = None  # the day they first got in touch (an enquiry)


@dataclass(frozen=True)
class ClientDraft:
    """What a practitioner enters to add or edit a client."""

    code: str
    status: ClientStatus = ClientStatus.ACTIVE
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    identity: ClientIdentity = field(default_factory=ClientIdentity)
    first_contact: dt.date | None = None
