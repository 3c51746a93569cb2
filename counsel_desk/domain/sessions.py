"""Sessions: when a client is seen, for how long, how, and what became of the booking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked


class Modality(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    PHONE = "phone"

    @property
    def label(self) -> Marked:
        return {
            "in_person": QT_TRANSLATE_NOOP("Modality", "In person"),
            "online": QT_TRANSLATE_NOOP("Modality", "Online"),
            "phone": QT_TRANSLATE_NOOP("Modality", "Phone"),
        }[self.value]


class SessionStatus(StrEnum):
    """What became of a booked session. Attendance detail (lateness, notice) comes later."""

    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    CANCELLED_BY_CLIENT = "cancelled_client"
    CANCELLED_BY_PRACTITIONER = "cancelled_practitioner"
    DID_NOT_ATTEND = "did_not_attend"
    RESCHEDULED = "rescheduled"

    @property
    def label(self) -> Marked:
        return {
            "scheduled": QT_TRANSLATE_NOOP("SessionStatus", "Scheduled"),
            "attended": QT_TRANSLATE_NOOP("SessionStatus", "Attended"),
            "cancelled_client": QT_TRANSLATE_NOOP("SessionStatus", "Cancelled by client"),
            "cancelled_practitioner": QT_TRANSLATE_NOOP("SessionStatus", "Cancelled by me"),
            "did_not_attend": QT_TRANSLATE_NOOP("SessionStatus", "Did not attend"),
            "rescheduled": QT_TRANSLATE_NOOP("SessionStatus", "Rescheduled"),
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
