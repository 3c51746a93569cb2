"""Short notice: was a cancellation made with less notice than agreed? Pure.

A cancellation is judged against the contract in force on the session's date, for whoever
cancelled (the client's notice period or the practitioner's own); with no agreed contract,
against the practice defaults, and the verdict says so. Notice exactly equal to the period
is enough; anything less is short. Hours are counted on the wall clock, as people count them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from counsel_desk.domain.contract.history import ContractHistory
from counsel_desk.domain.contract.terms import MAX_NOTICE_HOURS, Party, Terms, duration_phrase
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase


@dataclass(frozen=True)
class Cancellation:
    """Who cancelled, the session's start, and when word came (or the notice as recorded,
    in hours, when only that is known)."""

    by: Party
    session_start: dt.datetime  # local wall-clock, naive
    received: dt.datetime | None = None  # local wall-clock, naive
    notice_hours: float | None = None

    def __post_init__(self) -> None:
        if (self.received is None) == (self.notice_hours is None):
            raise ValueError("give either when the cancellation came or the notice in hours")

    @property
    def given_hours(self) -> float:
        """The notice given; none at all if word came after the session began."""
        if self.received is not None:
            return max(0.0, (self.session_start - self.received).total_seconds() / 3600)
        return float(self.notice_hours)  # type: ignore[arg-type]


def validate_cancellation(cancellation: Cancellation) -> Cancellation:
    Party(cancellation.by)
    hours = cancellation.notice_hours
    if hours is not None and not (0 <= hours <= MAX_NOTICE_HOURS and math.isfinite(hours)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Notice must be between 0 hours and a year.")
        )
    if cancellation.received is not None and cancellation.received > cancellation.session_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Word of the cancellation came after the session's start; "
                "record it as missed instead.",
            )
        )
    return cancellation


def _given_words(hours: float) -> Marked | Phrase:
    """The notice given, never rounded up to the period it fell short of."""
    if hours < 1:
        return QT_TRANSLATE_NOOP("contract.notice", "less than an hour")
    whole = math.floor(hours)
    if whole == 1:
        return QT_TRANSLATE_NOOP("contract.notice", "1 hour")
    return phrase(QT_TRANSLATE_NOOP("contract.notice", "{n} hours"), n=whole)


# Why a cancellation's notice was short or enough: (judged by the defaults, by whom).
_REASONS = {
    (True, Party.CLIENT): QT_TRANSLATE_NOOP(
        "contract.notice",
        "{given} given, where your practice defaults ask the client for {period} "
        "(no contract had been agreed by then).",
    ),
    (True, Party.PRACTITIONER): QT_TRANSLATE_NOOP(
        "contract.notice",
        "{given} given, where your practice defaults ask you for {period} "
        "(no contract had been agreed by then).",
    ),
    (False, Party.CLIENT): QT_TRANSLATE_NOOP(
        "contract.notice",
        "{given} given, where contract version {number} asks the client for {period}.",
    ),
    (False, Party.PRACTITIONER): QT_TRANSLATE_NOOP(
        "contract.notice", "{given} given, where contract version {number} asks you for {period}."
    ),
}


@dataclass(frozen=True)
class NoticeVerdict:
    by: Party
    given_hours: float
    required_hours: int
    version_number: int | None  # None: judged by the practice defaults

    @property
    def short(self) -> bool:
        return self.given_hours < self.required_hours

    @property
    def by_defaults(self) -> bool:
        return self.version_number is None

    @property
    def label(self) -> Marked:
        if self.short:
            return QT_TRANSLATE_NOOP("contract.notice", "Short notice")
        return QT_TRANSLATE_NOOP("contract.notice", "Enough notice")

    @property
    def reason(self) -> Phrase:
        """“20 hours given, where contract version 2 asks the client for 48 hours.”"""
        values: dict[str, object] = {
            "given": _given_words(self.given_hours),
            "period": duration_phrase(self.required_hours),
        }
        if not self.by_defaults:
            values["number"] = self.version_number
        return phrase(_REASONS[(self.by_defaults, Party(self.by))], **values)

    @property
    def sentence(self) -> Phrase:
        """One sentence, such as “Short notice: 20 hours given, where contract version 2
        asks the client for 48 hours.”"""
        return phrase(
            QT_TRANSLATE_NOOP("contract.notice", "{label}: {reason}"),
            label=self.label,
            reason=self.reason,
        )


def judge(cancellation: Cancellation, terms: Terms, version_number: int | None) -> NoticeVerdict:
    return NoticeVerdict(
        by=cancellation.by,
        given_hours=cancellation.given_hours,
        required_hours=terms.notice_hours(cancellation.by),
        version_number=version_number,
    )


def classify(
    cancellation: Cancellation, history: ContractHistory, defaults: Terms
) -> NoticeVerdict:
    """The verdict on one cancellation under the contract in force on the session's date."""
    version = history.in_force(cancellation.session_start.date())
    if version is None:
        return judge(cancellation, defaults, None)
    return judge(cancellation, version.terms, version.number)


class NoticePeriods:
    """The notice each party agreed to, by the day each agreed version of one client's
    contract came into force, and the practice defaults before the first: what judging
    many cancellations needs of a contract history, made once per client. ``required``
    answers as :func:`classify` does (the version in force is the latest agreed on or
    before the day, by agreed day then number; tested against it), without making a
    verdict for each: ten years of a practice hold some 900 cancellations."""

    __slots__ = ("_days", "_defaults", "_hours")

    def __init__(self, agreed: Iterable[tuple[dt.date, int, int, int]], defaults: Terms) -> None:
        """``agreed``: (agreed on, version number, client's hours, practitioner's hours)
        for each agreed version (a superseded one too: it was in force until replaced)."""
        ordered = sorted(agreed, key=lambda a: (a[0], a[1]))
        self._days = [a[0] for a in ordered]
        self._hours = [(a[2], a[3]) for a in ordered]
        self._defaults = (defaults.client_notice_hours, defaults.practitioner_notice_hours)

    def required(self, party: Party, day: dt.date) -> int:
        """The hours of notice ``party`` agreed to give for a session on ``day``."""
        at = bisect.bisect_right(self._days, day)
        hours = self._hours[at - 1] if at else self._defaults
        return hours[0] if party is Party.CLIENT else hours[1]
