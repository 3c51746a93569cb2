"""A fictional solo practice over the years, deterministic for a seed: clients getting in
touch, waiting for a free time, their weekly or fortnightly sessions and how the work ends.
Pure: produces a :class:`~counsel_desk.demo.plans.PracticePlan` and writes nothing. Later
features add their own data (notes, measures, contracts) by reading the same plans.
"""

from __future__ import annotations

import datetime as dt
import random

from counsel_desk.demo.attendance import past_session
from counsel_desk.demo.diary import CASELOAD, Diary, closed
from counsel_desk.demo.identities import PRONOUN_WEIGHTS, identity
from counsel_desk.demo.plans import ClientPlan, PlannedSession, PracticePlan
from counsel_desk.domain.clients import ClientDraft, ClientStatus
from counsel_desk.domain.practice import PracticeProfile
from counsel_desk.domain.sessions import Modality, SessionStatus

# How long the work lasts, in weeks: many short pieces of work, some open-ended over years.
LENGTH_WEEKS = (6, 8, 10, 12, 12, 16, 20, 24, 30, 40, 52, 66, 78, 104, 156)
MEAN_WEEKS = sum(LENGTH_WEEKS) / len(LENGTH_WEEKS)  # statistics.mean's value, 5 ms sooner
# How far ahead the diary is booked: a vault generated more than this long ago has an empty
# diary ahead of it (benchmarks rebuild their cached vaults after it).
HORIZON_DAYS = 14
KEEP_CURRENT = 5  # at least the latest five are kept in work, so a small demo has a Today


def _arrivals(rng: random.Random, clients: int, first_day: dt.date, today: dt.date) -> list:
    """When each client first got in touch, earliest first (codes follow this order)."""
    days = max(1, (today - first_day).days - 7)
    return sorted(first_day + dt.timedelta(days=rng.randint(0, days)) for _ in range(clients))


def plan_practice(
    clients: int, years: float, seed: int, today: dt.date | None = None
) -> PracticePlan:
    """A practice of ``clients`` clients over ``years`` years up to ``today`` (+HORIZON_DAYS).

    Clients get in touch over the years, start a week or two later at a free weekly or
    fortnightly time (or wait while the caseload is full: still waiting today means an
    enquiry), and keep that time until the work ends. The diary never double-books.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    first_day = today - dt.timedelta(days=max(14, int(years * 365)))
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    profile = PracticeProfile(
        practitioner_name="Sam Rivers (demo)",
        professional_body="BACP",
        registration_number="000000",
        default_session_minutes=50,
        default_fee_pence=6000,
        practice_address="Room 2, 14 Alder Street, Harrowfield",
        contact_email="sam.rivers@example.org",
        contact_phone="07700 900461",
        how_to_pay="by bank transfer within a week of each session",
        online_platform="a video service with end-to-end encryption",
        records_kept_years=7,
        clinical_will_contact="Jo Park, a fellow counsellor",
        client_notice_hours=48,
        practitioner_notice_hours=48,
    )
    diary = Diary()
    # One practitioner can hold only so much work: with many clients for the years asked,
    # each piece of work is shorter (a busy short-term practice) rather than over-booked.
    weeks_of_history = (today - first_day).days / 7
    demand = clients * MEAN_WEEKS
    fit = min(1.0, 0.95 * CASELOAD * weeks_of_history / demand)
    # Today's caseload: half of what the years imply is kept in work, the rest by chance.
    in_work = min(CASELOAD, demand * fit / weeks_of_history)
    keep = max(KEEP_CURRENT, round(in_work / 2))
    plans = []
    for n, contact in enumerate(_arrivals(rng, clients, first_day, today), start=1):
        pronoun = rng.choices(tuple(PRONOUN_WEIGHTS), tuple(PRONOUN_WEIGHTS.values()))[0]
        person = identity(rng, today, pronoun)
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
                code=f"C-{n:03d}",
                status=ClientStatus.ENQUIRY,
                start_date=None,
                identity=person,
                first_contact=contact,
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
                    sessions.append(past_session(rng, when, modality, diary, today))
                else:
                    sessions.append(PlannedSession(when, 50, modality, SessionStatus.SCHEDULED))
            day += step
        end_date = sessions[-1].start.date() if status is ClientStatus.ENDED and sessions else None
        draft = ClientDraft(
            code=f"C-{n:03d}",
            status=status,
            start_date=first,
            end_date=end_date or (last if status is ClientStatus.ENDED else None),
            identity=person,
            first_contact=contact,
        )
        plans.append(ClientPlan(draft=draft, sessions=tuple(sessions), pronoun=pronoun))
    return PracticePlan(profile=profile, clients=tuple(plans))
