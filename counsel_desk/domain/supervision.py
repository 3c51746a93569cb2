"""The supervision log: sessions with a supervisor (the date, who, how long, one to one or
in a group, the clients discussed by code, notes and actions), and the hours they add up to
by calendar year and by registration year, as professional registration asks. Pure.

A registration year starts on the same day each year (the day the practitioner's
membership renews); a calendar year is the registration year that starts on 1 January.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from counsel_desk.domain.dates import MONTHS
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

MIN_MINUTES = 5
MAX_MINUTES = 8 * 60  # a whole day's supervision is already a lot
MAX_SUPERVISOR = 120
MAX_NOTES = 20_000
MAX_ACTIONS = 5_000


class SupervisionFormat(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"

    @property
    def label(self) -> Marked:
        return {
            "individual": QT_TRANSLATE_NOOP("SupervisionFormat", "One to one"),
            "group": QT_TRANSLATE_NOOP("SupervisionFormat", "Group"),
        }[self.value]


@dataclass(frozen=True)
class SupervisionSession:
    """One supervision session as logged. ``client_ids`` are the clients discussed (shown
    by their codes); notes and actions are the practitioner's own words."""

    on: dt.date
    supervisor: str
    minutes: int
    format: SupervisionFormat = SupervisionFormat.INDIVIDUAL
    client_ids: tuple[int, ...] = ()
    notes: str = ""
    actions: str = ""
    id: int | None = None


def validate_supervision(session: SupervisionSession, *, today: dt.date) -> SupervisionSession:
    """The session as it will be kept (the supervisor's name trimmed, clients once each in
    order), or a ValidationError with one sentence."""
    supervisor = " ".join(session.supervisor.split())
    if not supervisor:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Name the supervisor: a name or initials is enough.")
        )
    if len(supervisor) > MAX_SUPERVISOR:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The supervisor's name is longer than {max_supervisor} characters; shorten it.",
                ),
                max_supervisor=MAX_SUPERVISOR,
            )
        )
    if isinstance(session.minutes, bool) or not isinstance(session.minutes, int):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the length in whole minutes."))
    if not MIN_MINUTES <= session.minutes <= MAX_MINUTES:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A supervision session lasts between {min_minutes} minutes and "
                    "{max_minutes} hours; check the length.",
                ),
                min_minutes=MIN_MINUTES,
                max_minutes=MAX_MINUTES // 60,
            )
        )
    if session.on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A supervision session is logged once it has happened: choose today or an "
                "earlier date.",
            )
        )
    if len(session.notes) > MAX_NOTES:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "The notes are longer than {max_notes} characters; shorten them."
                ),
                max_notes=f"{MAX_NOTES:,}",
            )
        )
    if len(session.actions) > MAX_ACTIONS:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The actions are longer than {max_actions} characters; shorten them.",
                ),
                max_actions=f"{MAX_ACTIONS:,}",
            )
        )
    clients = tuple(sorted(set(session.client_ids)))
    return replace(session, supervisor=supervisor, client_ids=clients)


@dataclass(frozen=True)
class RegistrationYear:
    """The day a registration year begins, every year (29 February cannot be chosen)."""

    month: int = 1
    day: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a month between January and December.")
            )
        if (self.month, self.day) == (2, 29):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A registration year cannot begin on 29 February; choose 28 February or "
                    "1 March.",
                )
            )
        try:
            dt.date(2001, self.month, self.day)  # not a leap year
        except ValueError:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "{month} has no day {day}; choose another day."),
                    month=MONTHS[self.month - 1],
                    day=self.day,
                )
            ) from None

    @property
    def is_calendar(self) -> bool:
        return (self.month, self.day) == (1, 1)

    @property
    def label(self) -> str:
        return f"{self.day} {MONTHS[self.month - 1]}"

    def start_in(self, year: int) -> dt.date:
        return dt.date(year, self.month, self.day)

    def period_of(self, day: dt.date) -> Period:
        """The registration year holding ``day``."""
        year = day.year if day >= self.start_in(day.year) else day.year - 1
        start = self.start_in(year)
        return Period(start, self.start_in(year + 1) - dt.timedelta(days=1))


CALENDAR_YEAR = RegistrationYear(1, 1)


@dataclass(frozen=True, order=True)
class Period:
    """A year of supervision, first and last day included."""

    first: dt.date
    last: dt.date

    @property
    def label(self) -> str | Phrase:
        if (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31):
            return str(self.first.year)
        return phrase(
            QT_TRANSLATE_NOOP("supervision", "{first} to {last}"),
            first=_day(self.first),
            last=_day(self.last),
        )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def _day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


@dataclass(frozen=True)
class HoursTotal:
    """What one period's supervision adds up to."""

    period: Period
    sessions: int = 0
    minutes: int = 0
    individual_minutes: int = 0
    group_minutes: int = 0
    session_ids: tuple[int, ...] = field(default=(), compare=False)

    @property
    def text(self) -> Phrase:
        return hours_text(self.minutes)


def hours_text(minutes: int) -> Phrase:
    """Minutes as a person reads hours: "45 min", "1 h", "12 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return phrase(QT_TRANSLATE_NOOP("supervision", "{minutes} min"), minutes=rest)
    if not rest:
        return phrase(QT_TRANSLATE_NOOP("supervision", "{hours} h"), hours=hours)
    return phrase(
        QT_TRANSLATE_NOOP("supervision", "{hours} h {minutes} min"), hours=hours, minutes=rest
    )


def totals(
    sessions: Iterable[SupervisionSession], year: RegistrationYear = CALENDAR_YEAR
) -> list[HoursTotal]:
    """The hours of each period that holds a session, newest first."""
    by_period: dict[Period, list[SupervisionSession]] = {}
    for session in sessions:
        by_period.setdefault(year.period_of(session.on), []).append(session)
    out = []
    for period in sorted(by_period, reverse=True):
        held = by_period[period]
        group = sum(s.minutes for s in held if s.format is SupervisionFormat.GROUP)
        everything = sum(s.minutes for s in held)
        out.append(
            HoursTotal(
                period,
                sessions=len(held),
                minutes=everything,
                individual_minutes=everything - group,
                group_minutes=group,
                session_ids=tuple(s.id for s in held if s.id is not None),
            )
        )
    return out
