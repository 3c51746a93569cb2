"""Fictional practice data, deterministic for a seed. Pure: produces plans, writes nothing.

Every name here is invented by combining common given names and surnames at random; no real
person's data is used. Later features add their own generators (notes, measures, contracts)
by reading the same plans.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from counsel_desk.domain.model import (
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    Modality,
    PracticeProfile,
    SessionStatus,
)

GIVEN = tuple(
    (
        "Amara Ben Chloe Dev Elif Farah Gareth Hana Isla Jonah Kasia Leon Maya Niall Olu Priya "
        "Quinn Rosa Sami Tess Umar Vera Wren Xavi Yara Zain Alys Bryn Cerys Dafydd Ewan Fern Gwen "
        "Hugo Ines Jude Kit Lena Milo Nia Orla Pip Rhys Sian Theo Una Vik Will Zara"
    ).split()
)
SURNAMES = tuple(
    (
        "Abbott Baines Carver Dalton Ellery Fenwick Garside Hollis Ingram Jessop Kendal Lowther "
        "Marsh Norwood Oakes Pryce Quarry Rowntree Selby Thorne Underhill Varley Whitlock Yardley "
        "Ashdown Blakey Cotterill Drury Eastwood Fairbairn Gillard Hebden Ivers Kilburn Lyle "
        "Mossop Nettleton Ormerod Penrose Rudd Sugden Tunstall Wardle"
    ).split()
)
STREETS = tuple(
    "Mill Lane, Church Street, Station Road, Park View, Orchard Close, Victoria Terrace".split(", ")
)
TOWNS = tuple("Hebden Bridge, Kendal, Ludlow, Totnes, Whitby, Frome, Hexham, Malvern".split(", "))


@dataclass(frozen=True)
class PlannedSession:
    start: dt.datetime
    planned_minutes: int
    modality: Modality
    status: SessionStatus
    client_late_minutes: int | None = None
    practitioner_late_minutes: int | None = None
    ended_early_minutes: int | None = None
    ended_early_by: str | None = None
    notice_hours: float | None = None

    @property
    def attendance_recorded(self) -> bool:
        return self.status is not SessionStatus.SCHEDULED


@dataclass(frozen=True)
class ClientPlan:
    draft: ClientDraft
    sessions: tuple[PlannedSession, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PracticePlan:
    profile: PracticeProfile
    clients: tuple[ClientPlan, ...]


def _identity(rng: random.Random, today: dt.date) -> ClientIdentity:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    age = rng.randint(19, 72)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    return ClientIdentity(
        full_name=f"{given} {surname}",
        preferred_name=given if rng.random() < 0.3 else "",
        date_of_birth=dob,
        email=f"{given}.{surname}{rng.randint(1, 99)}@example.org".lower(),
        phone=f"07700 900{rng.randint(100, 999)}",  # Ofcom's range reserved for drama
        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        emergency_contact=f"{rng.choice(GIVEN)} {surname} (partner)" if rng.random() < 0.6 else "",
    )


def _past_session(rng: random.Random, start: dt.datetime, modality: Modality) -> PlannedSession:
    """A past session with what happened at it: mostly attended, sometimes not on time."""
    status = _past_status(rng)
    extra: dict[str, object] = {}
    if status is SessionStatus.ATTENDED:
        if rng.random() < 0.12:
            extra["client_late_minutes"] = rng.choice((3, 5, 5, 10, 15, 20))
        if rng.random() < 0.03:
            extra["practitioner_late_minutes"] = rng.choice((2, 5, 8))
        if rng.random() < 0.04:
            extra["ended_early_minutes"] = rng.choice((5, 10, 15))
            extra["ended_early_by"] = rng.choice(("client", "client", "practitioner"))
    elif status is SessionStatus.CANCELLED_BY_CLIENT:
        extra["notice_hours"] = float(rng.choice((1, 3, 12, 20, 24, 48, 72, 168)))
    elif status is SessionStatus.CANCELLED_BY_PRACTITIONER:
        extra["notice_hours"] = float(rng.choice((4, 24, 72, 168, 336)))
    return PlannedSession(start, 50, modality, status, **extra)  # type: ignore[arg-type]


def _past_status(rng: random.Random) -> SessionStatus:
    roll = rng.random()
    if roll < 0.86:
        return SessionStatus.ATTENDED
    if roll < 0.92:
        return SessionStatus.CANCELLED_BY_CLIENT
    if roll < 0.95:
        return SessionStatus.CANCELLED_BY_PRACTITIONER
    if roll < 0.98:
        return SessionStatus.DID_NOT_ATTEND
    return SessionStatus.RESCHEDULED


LENGTH_WEEKS = (6, 12, 20, 26, 40, 52, 80, 104, 156, 208)


def _client_window(
    rng: random.Random, n: int, clients: int, first_day: dt.date, today: dt.date
) -> tuple[dt.date, dt.date]:
    """When a client starts and (if in the past) ends. A third are current, on purpose."""
    history_days = (today - first_day).days
    weeks = rng.choice(LENGTH_WEEKS)
    if n > clients - max(min(clients, 6), clients // 3):
        # current clients: started within their length so that they run past today
        start = today - dt.timedelta(days=rng.randint(0, min(history_days, weeks * 7)))
    else:
        start = first_day + dt.timedelta(days=rng.randint(0, max(1, history_days - 42)))
        weeks = min(weeks, max(6, (today - start).days // 7 - 1))
    return start, start + dt.timedelta(weeks=weeks)


def plan_practice(
    clients: int, years: float, seed: int, today: dt.date | None = None
) -> PracticePlan:
    """A practice of ``clients`` clients over ``years`` years up to ``today`` (+2 weeks ahead).

    Current clients are spread over the working week, and some are booked on today's weekday
    so that the Today view has something to show.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    first_day = today - dt.timedelta(days=max(14, int(years * 365)))
    horizon = today + dt.timedelta(days=14)
    profile = PracticeProfile(
        practitioner_name="Sam Rivers (demo)",
        professional_body="BACP",
        registration_number="000000",
        default_session_minutes=50,
        default_fee_pence=6000,
    )
    plans = []
    for n in range(1, clients + 1):
        start, end = _client_window(rng, n, clients, first_day, today)
        if end < today:
            status = ClientStatus.ENDED
        else:
            status = rng.choices(
                (ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.ENQUIRY), (85, 8, 7)
            )[0]
        fortnightly = rng.random() < 0.2
        modality = rng.choices(list(Modality), (60, 32, 8))[0]
        hour = rng.choice((8, 9, 10, 11, 13, 14, 15, 16, 17, 18))
        weekday = today.weekday() if rng.random() < 0.3 else rng.randint(0, 4)
        day = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        last = min(end, horizon)
        sessions = []
        while day <= last and status is not ClientStatus.ENQUIRY:
            when = dt.datetime.combine(day, dt.time(hour, 0))
            if day < today:
                sessions.append(_past_session(rng, when, modality))
            else:
                sessions.append(PlannedSession(when, 50, modality, SessionStatus.SCHEDULED))
            if status is ClientStatus.PAUSED and day >= today - dt.timedelta(days=21):
                break
            day += dt.timedelta(weeks=2 if fortnightly else 1)
        draft = ClientDraft(
            code=f"C-{n:03d}",
            status=status,
            start_date=start,
            end_date=end if status is ClientStatus.ENDED else None,
            identity=_identity(rng, today),
        )
        plans.append(ClientPlan(draft=draft, sessions=tuple(sessions)))
    return PracticePlan(profile=profile, clients=tuple(plans))
