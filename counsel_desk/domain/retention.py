"""How long a client's records are kept, and when they are due for review.

Records are kept from the end of therapy (the client's last session, or their end date if
later): by default 7 years for an adult; for a client who was under 18 during therapy,
until their 25th birthday or 7 years, whichever is later. The practitioner can change both
defaults, and can keep process notes for a shorter period. When the date passes, the client
is due for review: the practitioner extends the date (with a reason) or erases.

A client with a session booked after today is still in therapy and has no date yet. A
client whose date of birth is not recorded is kept by the adult rule, and the review says
so, so that a practitioner who worked with them as a child can check.

Pure rules over plain inputs; the date of birth is an optional input (``ClientIdentity``'s
``date_of_birth`` today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

ADULT_AGE = 18
MAX_YEARS = 100


class RetentionRule(StrEnum):
    """Which rule set a date; the codes go into erasure records and the audit trail."""

    ADULT = "adult"  # N years after the end of therapy
    MINOR_BIRTHDAY = "minor_birthday"  # under 18 in therapy: until their Nth birthday
    MINOR_YEARS = "minor_years"  # under 18 in therapy, but N years after the end is later
    EXTENDED = "extended"  # the practitioner kept them longer, with a reason
    PROCESS_NOTES = "process_notes"  # the shorter period for process notes

    @property
    def label(self) -> Marked:
        return _RULE_LABELS[self]


_RULE_LABELS = {
    RetentionRule.ADULT: QT_TRANSLATE_NOOP("RetentionRule", "years after the last session"),
    RetentionRule.MINOR_BIRTHDAY: QT_TRANSLATE_NOOP(
        "RetentionRule", "until the client's birthday (under 18 in therapy)"
    ),
    RetentionRule.MINOR_YEARS: QT_TRANSLATE_NOOP(
        "RetentionRule", "years after the last session (under 18 in therapy)"
    ),
    RetentionRule.EXTENDED: QT_TRANSLATE_NOOP("RetentionRule", "kept longer by your decision"),
    RetentionRule.PROCESS_NOTES: QT_TRANSLATE_NOOP(
        "RetentionRule", "the shorter period for process notes"
    ),
}


def contract_promise_differs(contract_years: int, policy: RetentionPolicy) -> Phrase | None:
    """When what new contracts tell clients ("records are kept N years after the last
    session", Settings → Practice) is not what the retention periods keep an adult's
    record for, the sentence saying so; None when they agree."""
    if contract_years == policy.adult_years:
        return None
    return phrase(
        QT_TRANSLATE_NOOP(
            "retention",
            "New contracts will tell clients their records are kept {contract} years after the "
            "last session, but your retention periods keep an adult's record {policy} years "
            "(Records → Retention periods…). Make the two agree, so that a contract promises "
            "what Counsel Desk reminds you to do.",
        ),
        contract=contract_years,
        policy=policy.adult_years,
    )


@dataclass(frozen=True)
class RetentionPolicy:
    """The practitioner's defaults."""

    adult_years: int = 7
    minor_until_age: int = 25
    process_note_years: int | None = None  # None: as long as the rest of the record

    def validated(self) -> RetentionPolicy:
        for name, low in (("adult_years", 1), ("minor_until_age", ADULT_AGE)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP("errors", "The {what} must be a whole number."),
                        what=_NAMES[name],
                    )
                )
            if not low <= value <= MAX_YEARS:
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors", "The {what} must be between {low} and {max_years}."
                        ),
                        what=_NAMES[name],
                        low=low,
                        max_years=MAX_YEARS,
                    )
                )
        years = self.process_note_years
        if years is not None:
            if isinstance(years, bool) or not isinstance(years, int):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The years to keep process notes must be a whole number."
                    )
                )
            if not 0 <= years <= self.adult_years:
                raise ValidationError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Process notes can be kept for a shorter period than the rest of "
                            "the record, from 0 to {adult_years} years, not {years}.",
                        ),
                        adult_years=self.adult_years,
                        years=years,
                    )
                )
        return self


_NAMES = {
    "adult_years": QT_TRANSLATE_NOOP("errors", "years to keep an adult's records"),
    "minor_until_age": QT_TRANSLATE_NOOP(
        "errors", "age until which a young person's records are kept"
    ),
}


@dataclass(frozen=True)
class Hold:
    """The practitioner decided to keep a client's records (or their process notes) longer."""

    until: dt.date
    reason: str
    at: dt.date
    process_notes_only: bool = False


@dataclass(frozen=True)
class TherapyFacts:
    """What the rule reads about one client. Dates only; no clinical content."""

    client_id: int
    code: str
    status: str
    first_session: dt.date | None
    last_session: dt.date | None  # the last on or before today
    next_session: dt.date | None  # the first after today
    end_date: dt.date | None
    added: dt.date
    date_of_birth: dt.date | None = None
    process_notes: int = 0  # how many process notes the client has
    holds: tuple[Hold, ...] = ()


@dataclass(frozen=True)
class Retention:
    """When one client's records (and process notes) may go, and by which rule."""

    client_id: int
    code: str
    end_of_therapy: dt.date | None  # None: still in therapy
    keep_until: dt.date | None
    rule: RetentionRule | None
    rule_years: int = 0  # the N in the rule's words
    process_notes_until: dt.date | None = None  # only when shorter than keep_until
    process_notes: int = 0
    birth_date_known: bool = False
    minor: bool = False
    extended_reason: str = ""

    def due(self, today: dt.date) -> bool:
        return self.keep_until is not None and self.keep_until <= today

    def process_notes_due(self, today: dt.date) -> bool:
        return (
            self.process_notes > 0
            and self.process_notes_until is not None
            and self.process_notes_until <= today
            and not self.due(today)
        )

    @property
    def summary(self) -> Marked | Phrase:
        """One line a practitioner reads in the review list."""
        if self.keep_until is None or self.rule is None:
            return QT_TRANSLATE_NOOP(
                "retention", "In therapy: the retention period starts after the last session."
            )
        until = f"{self.keep_until.day} {self.keep_until:%B %Y}"
        if self.rule is RetentionRule.EXTENDED:
            return phrase(
                QT_TRANSLATE_NOOP("retention", "Kept until {until} by your decision: {reason}"),
                until=until,
                reason=self.extended_reason,
            )
        if self.rule is RetentionRule.MINOR_BIRTHDAY:
            text = phrase(
                QT_TRANSLATE_NOOP(
                    "retention", "Kept until {until}, their {nth} birthday (under 18 in therapy)."
                ),
                until=until,
                nth=ordinal(self.rule_years),
            )
        elif self.rule is RetentionRule.MINOR_YEARS:
            text = phrase(
                QT_TRANSLATE_NOOP(
                    "retention",
                    "Kept until {until}, {years} years after the last session (under 18 in "
                    "therapy, and that is later than their birthday).",
                ),
                until=until,
                years=self.rule_years,
            )
        else:
            text = phrase(
                QT_TRANSLATE_NOOP(
                    "retention", "Kept until {until}, {years} years after the last session."
                ),
                until=until,
                years=self.rule_years,
            )
        if not self.birth_date_known:
            return phrase(
                QT_TRANSLATE_NOOP(
                    "retention", "{kept} No date of birth is recorded, so the adult rule is used."
                ),
                kept=text,
            )
        return text


def ordinal(n: int) -> str:
    """25th, 21st, 22nd, 23rd, 11th."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def end_of_therapy(facts: TherapyFacts) -> dt.date | None:
    """The last session or the end date, whichever is later; None while a session is booked
    after today. A client never seen is counted from their end date, or the day they were
    added."""
    if facts.next_session is not None:
        return None
    known = [d for d in (facts.last_session, facts.end_date) if d is not None]
    return max(known) if known else facts.added


def was_minor(facts: TherapyFacts, end: dt.date) -> bool:
    """Under 18 at any time during therapy: on its first day (the first session, or the end
    when there was none)."""
    if facts.date_of_birth is None:
        return False
    start = min(d for d in (facts.first_session, end) if d is not None)
    return start < add_years(facts.date_of_birth, ADULT_AGE)


def retention(facts: TherapyFacts, policy: RetentionPolicy) -> Retention:
    """The date a client's records are kept until, the rule that set it, and the date their
    process notes may go when that is earlier."""
    end = end_of_therapy(facts)
    base = {
        "client_id": facts.client_id,
        "code": facts.code,
        "process_notes": facts.process_notes,
        "birth_date_known": facts.date_of_birth is not None,
    }
    if end is None:
        return Retention(end_of_therapy=None, keep_until=None, rule=None, **base)
    years_after = add_years(end, policy.adult_years)
    minor = was_minor(facts, end)
    if minor:
        assert facts.date_of_birth is not None
        birthday = add_years(facts.date_of_birth, policy.minor_until_age)
        if birthday >= years_after:
            keep, rule, n = birthday, RetentionRule.MINOR_BIRTHDAY, policy.minor_until_age
        else:
            keep, rule, n = years_after, RetentionRule.MINOR_YEARS, policy.adult_years
    else:
        keep, rule, n = years_after, RetentionRule.ADULT, policy.adult_years
    reason = ""
    whole = [h for h in facts.holds if not h.process_notes_only]
    if whole:
        latest = max(whole, key=lambda h: (h.until, h.at))
        if latest.until > keep:
            keep, rule, reason = latest.until, RetentionRule.EXTENDED, latest.reason
    notes_until = None
    if policy.process_note_years is not None:
        notes_until = add_years(end, policy.process_note_years)
        notes_holds = [h.until for h in facts.holds if h.process_notes_only]
        if notes_holds:
            notes_until = max(notes_until, *notes_holds)
        if notes_until >= keep:
            notes_until = None
    return Retention(
        end_of_therapy=end,
        keep_until=keep,
        rule=rule,
        rule_years=n,
        process_notes_until=notes_until,
        minor=minor,
        extended_reason=reason,
        **base,
    )


@dataclass(frozen=True)
class Review:
    """A client due for review, and what is due: the whole record, or process notes."""

    retention: Retention
    process_notes_only: bool

    @property
    def client_id(self) -> int:
        return self.retention.client_id

    @property
    def code(self) -> str:
        return self.retention.code

    @property
    def due_since(self) -> dt.date:
        r = self.retention
        day = r.process_notes_until if self.process_notes_only else r.keep_until
        assert day is not None
        return day


def due_for_review(items: Iterable[Retention], today: dt.date) -> list[Review]:
    """Every client whose records, or whose process notes, are past their date; the oldest
    first."""
    found = []
    for item in items:
        if item.due(today):
            found.append(Review(item, process_notes_only=False))
        elif item.process_notes_due(today):
            found.append(Review(item, process_notes_only=True))
    return sorted(found, key=lambda r: (r.due_since, r.code))


MAX_REASON = 500


def check_extension(until: dt.date, reason: str, today: dt.date) -> str:
    """The reason, trimmed; a sentence for a date not in the future or no reason."""
    reason = " ".join(reason.split())
    if until <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a date after today to keep the records until.")
        )
    if add_years(today, MAX_YEARS) < until:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Choose a date within {max_years} years."),
                max_years=MAX_YEARS,
            )
        )
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Write a short reason for keeping the records longer (for example, a complaint "
                "or a court case in progress).",
            )
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Keep the reason under {max_reason} characters."),
                max_reason=MAX_REASON,
            )
        )
    return reason
