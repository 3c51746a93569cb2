"""Sessions: when a client is seen, for how long, how, and what became of the booking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


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
