"""Fictional practice data, deterministic for a seed. Pure: produces plans, writes nothing.

Every name here is invented by combining common given names and surnames at random; no real
person's data is used. Later features add their own generators (notes, measures, contracts)
by reading the same plans.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
from dataclasses import dataclass, field

from counsel_desk.domain.demo_diary import CASELOAD, Diary, closed
from counsel_desk.domain.model import (
    ClientDraft,
    ClientIdentity,
    ClientStatus,
    Modality,
    PracticeProfile,
    SessionStatus,
)

GENERATION = 2  # bump when the same seed would generate different data (cached vaults)

# Given names by the pronouns the notes use for the client; the last group suits any.
GIVEN = {
    "she": tuple(
        "Amara Chloe Elif Farah Hana Isla Kasia Maya Priya Rosa Tess Vera Yara Cerys Fern Gwen "
        "Ines Lena Nia Orla Sian Una Zara Alys".split()
    ),
    "he": tuple(
        "Ben Dev Gareth Jonah Leon Niall Olu Umar Xavi Zain Bryn Dafydd Ewan Hugo Milo Rhys "
        "Theo Vik Will".split()
    ),
    "they": tuple("Quinn Sami Kit Jude Pip Wren Alex Robin".split()),
}
PRONOUN_WEIGHTS = {"she": 55, "he": 37, "they": 8}
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
    replacement: PlannedSession | None = None  # where a rescheduled session moved to

    @property
    def attendance_recorded(self) -> bool:
        return self.status is not SessionStatus.SCHEDULED


@dataclass(frozen=True)
class ClientPlan:
    draft: ClientDraft
    sessions: tuple[PlannedSession, ...] = field(default_factory=tuple)
    pronoun: str = "they"  # how the notes refer to the client: "she", "he" or "they"

    def all_sessions(self) -> list[PlannedSession]:
        """Regular sessions and the one-off times rescheduled ones moved to, in date order."""
        moved = [s.replacement for s in self.sessions if s.replacement is not None]
        return sorted([*self.sessions, *moved], key=lambda s: s.start)


@dataclass(frozen=True)
class PracticePlan:
    profile: PracticeProfile
    clients: tuple[ClientPlan, ...]


def _identity(rng: random.Random, today: dt.date, pronoun: str) -> ClientIdentity:
    names = GIVEN[pronoun] + (GIVEN["they"] if pronoun != "they" else GIVEN["she"] + GIVEN["he"])
    given, surname = rng.choice(names), rng.choice(SURNAMES)
    age = rng.randint(19, 72)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    return ClientIdentity(
        full_name=f"{given} {surname}",
        preferred_name=given if rng.random() < 0.3 else "",
        date_of_birth=dob,
        email=f"{given}.{surname}{rng.randint(1, 99)}@example.org".lower(),
        phone=f"07700 900{rng.randint(100, 999)}",  # Ofcom's range reserved for drama
        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        emergency_contact=(
            f"{rng.choice(GIVEN['she'] + GIVEN['he'])} {surname} (partner)"
            if rng.random() < 0.6
            else ""
        ),
    )


def _past_session(
    rng: random.Random,
    start: dt.datetime,
    modality: Modality,
    diary: Diary,
    today: dt.date,
    *,
    may_move: bool = True,
) -> PlannedSession:
    """A past session with what happened at it: mostly attended, sometimes not on time.
    A rescheduled one moves to a one-off time a few days later (attended, or still ahead)."""
    status = _past_status(rng)
    extra: dict[str, object] = {}
    when = None
    if status is SessionStatus.RESCHEDULED:
        when = diary.book_one_off(rng, start) if may_move else None
        if when is None:  # no time free that week (or already moved once): it went ahead
            status = SessionStatus.ATTENDED
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
    elif when is not None:  # rescheduled
        extra["notice_hours"] = float(rng.choice((24, 48, 72, 120)))
        if when.date() < today:
            extra["replacement"] = _past_session(rng, when, modality, diary, today, may_move=False)
        else:
            extra["replacement"] = PlannedSession(when, 50, modality, SessionStatus.SCHEDULED)
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


# How long the work lasts, in weeks: many short pieces of work, some open-ended over years.
LENGTH_WEEKS = (6, 8, 10, 12, 12, 16, 20, 24, 30, 40, 52, 66, 78, 104, 156)
KEEP_CURRENT = 5  # at least the latest five are kept in work, so a small demo has a Today


def _arrivals(rng: random.Random, clients: int, first_day: dt.date, today: dt.date) -> list:
    """When each client first got in touch, earliest first (codes follow this order)."""
    days = max(1, (today - first_day).days - 7)
    return sorted(first_day + dt.timedelta(days=rng.randint(0, days)) for _ in range(clients))


def plan_practice(
    clients: int, years: float, seed: int, today: dt.date | None = None
) -> PracticePlan:
    """A practice of ``clients`` clients over ``years`` years up to ``today`` (+2 weeks ahead).

    Clients get in touch over the years, start a week or two later at a free weekly or
    fortnightly time (or wait while the caseload is full: still waiting today means an
    enquiry), and keep that time until the work ends. The diary never double-books.
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
    diary = Diary()
    # One practitioner can hold only so much work: with many clients for the years asked,
    # each piece of work is shorter (a busy short-term practice) rather than over-booked.
    weeks_of_history = (today - first_day).days / 7
    demand = clients * statistics.mean(LENGTH_WEEKS)
    fit = min(1.0, 0.95 * CASELOAD * weeks_of_history / demand)
    # Today's caseload: half of what the years imply is kept in work, the rest by chance.
    in_work = min(CASELOAD, demand * fit / weeks_of_history)
    keep = max(KEEP_CURRENT, round(in_work / 2))
    plans = []
    for n, contact in enumerate(_arrivals(rng, clients, first_day, today), start=1):
        pronoun = rng.choices(tuple(PRONOUN_WEIGHTS), tuple(PRONOUN_WEIGHTS.values()))[0]
        identity = _identity(rng, today, pronoun)
        fortnightly = rng.random() < 0.2
        modality = rng.choices(list(Modality), (60, 32, 8))[0]
        weeks = max(6, round(rng.choice(LENGTH_WEEKS) * fit))
        keep_current = n > clients - keep
        wanted = contact + dt.timedelta(days=rng.randint(3, 14))
        if keep_current:  # still in work today, however long ago they began
            weeks = max(weeks, (today - wanted).days // 7 + rng.randint(4, 30))
        enquiry = (today - contact).days <= 21 and rng.random() < 0.4
        booked = None
        if not enquiry:
            prefer = today.weekday() if keep_current and rng.random() < 0.5 else None
            booked = diary.book_regular(rng, wanted, weeks, fortnightly, prefer)
        if booked is None or booked[1] > horizon:
            draft = ClientDraft(
                code=f"C-{n:03d}", status=ClientStatus.ENQUIRY, start_date=None, identity=identity
            )
            plans.append(ClientPlan(draft=draft, pronoun=pronoun))
            continue
        slot, first, last = booked
        if last < today:
            status = ClientStatus.ENDED
        else:
            status = rng.choices((ClientStatus.ACTIVE, ClientStatus.PAUSED), (92, 8))[0]
        step = dt.timedelta(weeks=2 if fortnightly else 1)
        sessions = []
        day = first
        while day <= min(last, horizon):
            if status is ClientStatus.PAUSED and day > today - dt.timedelta(days=21):
                diary.release(slot, day)  # on a break: the time is offered to others
                break
            if not closed(day):
                when = dt.datetime.combine(day, dt.time(slot.hour))
                if day < today:
                    sessions.append(_past_session(rng, when, modality, diary, today))
                else:
                    sessions.append(PlannedSession(when, 50, modality, SessionStatus.SCHEDULED))
            day += step
        end_date = sessions[-1].start.date() if status is ClientStatus.ENDED and sessions else None
        draft = ClientDraft(
            code=f"C-{n:03d}",
            status=status,
            start_date=first,
            end_date=end_date or (last if status is ClientStatus.ENDED else None),
            identity=identity,
        )
        plans.append(ClientPlan(draft=draft, sessions=tuple(sessions), pronoun=pronoun))
    return PracticePlan(profile=profile, clients=tuple(plans))
