"""A version of a client's contract: its clauses, its terms, its copy of the practice
details, and where it stands (a draft, agreed on a date and in a way, or superseded by a
later version). Pure: every change returns a new version.

A draft can be changed in any way; an agreed or superseded version never changes again,
like a finalised note (only its review date, a reminder rather than part of what was
agreed, can move while it is in force). To change an agreement, make the next version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from counsel_desk.domain.contract.clauses import (
    Clause,
    next_own_key,
    validate_clause,
    validate_clauses,
)
from counsel_desk.domain.contract.parties import ContractDefaults, PracticeDetails
from counsel_desk.domain.contract.template import ContractTemplate
from counsel_desk.domain.contract.terms import Terms, validate_terms
from counsel_desk.domain.errors import CounselDeskError, ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase

MAX_TITLE = 120


class ContractStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> Marked:
        return {
            "draft": QT_TRANSLATE_NOOP("ContractStatus", "Draft"),
            "agreed": QT_TRANSLATE_NOOP("ContractStatus", "Agreed"),
            "superseded": QT_TRANSLATE_NOOP("ContractStatus", "Superseded"),
        }[self.value]


class AgreedHow(StrEnum):
    SIGNED_PAPER = "signed_paper"
    IN_SESSION = "in_session"
    BY_EMAIL = "by_email"

    @property
    def label(self) -> Marked:
        return {
            "signed_paper": QT_TRANSLATE_NOOP("AgreedHow", "Signed on paper"),
            "in_session": QT_TRANSLATE_NOOP("AgreedHow", "Agreed in a session"),
            "by_email": QT_TRANSLATE_NOOP("AgreedHow", "Agreed by email"),
        }[self.value]

    @property
    def words(self) -> Marked:
        """As it reads inside a sentence: "Agreed 3 March 2025 (signed on paper)"."""
        return {
            "signed_paper": QT_TRANSLATE_NOOP("AgreedHow", "signed on paper"),
            "in_session": QT_TRANSLATE_NOOP("AgreedHow", "agreed in a session"),
            "by_email": QT_TRANSLATE_NOOP("AgreedHow", "agreed by email"),
        }[self.value]


@dataclass(frozen=True)
class Agreement:
    on: dt.date
    how: AgreedHow


class ContractReadOnly(CounselDeskError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "This version has been agreed, so it cannot be changed; make a new version instead.",
    )


def format_date(day: dt.date) -> str:
    """ "3 March 2025", as a contract says a date."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class ContractVersion:
    """One version of one client's contract. ``id`` is the vault's, ``None`` until stored."""

    client_id: int
    number: int
    title: str
    template_id: str
    remote: bool  # for working online or by phone
    clauses: tuple[Clause, ...]
    terms: Terms
    practice: PracticeDetails = field(default_factory=PracticeDetails)
    status: ContractStatus = ContractStatus.DRAFT
    agreement: Agreement | None = None
    superseded_on: dt.date | None = None  # the day the next version was agreed
    review_on: dt.date | None = None
    id: int | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is ContractStatus.DRAFT

    @property
    def agreed_on(self) -> dt.date | None:
        return self.agreement.on if self.agreement else None

    def clause(self, key: str) -> Clause | None:
        return next((c for c in self.clauses if c.key == key), None)

    @property
    def standing(self) -> Marked | Phrase:
        """Where the version stands, in words: "Agreed 3 March 2025 (signed on paper)"."""
        if self.agreement is None:
            return QT_TRANSLATE_NOOP("contract.version", "Draft, not yet agreed")
        day, how = format_date(self.agreement.on), self.agreement.how.words
        if self.status is ContractStatus.SUPERSEDED and self.superseded_on:
            return phrase(
                QT_TRANSLATE_NOOP(
                    "contract.version",
                    "Agreed {day} ({how}); replaced by a later version on {then}",
                ),
                day=day,
                how=how,
                then=format_date(self.superseded_on),
            )
        return phrase(
            QT_TRANSLATE_NOOP("contract.version", "Agreed {day} ({how})"), day=day, how=how
        )


def _editable(version: ContractVersion) -> None:
    if not version.is_draft:
        raise ContractReadOnly(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Version {number} has been agreed, so it cannot be changed; "
                    "make a new version instead.",
                ),
                number=version.number,
            )
        )


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A contract needs a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A contract's title can be at most {most} characters."),
                most=MAX_TITLE,
            )
        )
    return title


def draft_from_template(
    template: ContractTemplate, client_id: int, number: int, defaults: ContractDefaults
) -> ContractVersion:
    """A new draft with the template's clauses copied in and the practice's defaults."""
    if number < 1:
        raise ValueError("versions are numbered from 1")
    return ContractVersion(
        client_id=client_id,
        number=number,
        title=template.name,
        template_id=template.id,
        remote=template.remote,
        clauses=template.clauses,
        terms=validate_terms(defaults.terms),
        practice=defaults.practice,
    )


def next_draft(previous: ContractVersion, number: int | None = None) -> ContractVersion:
    """The next version as a draft: the same wording and terms, ready to change."""
    return replace(
        previous,
        number=number or previous.number + 1,
        status=ContractStatus.DRAFT,
        agreement=None,
        superseded_on=None,
        review_on=None,
        id=None,
    )


def edit_clause(
    version: ContractVersion,
    key: str,
    *,
    title: str | None = None,
    text: str | None = None,
    enabled: bool | None = None,
) -> ContractVersion:
    """The draft with one clause reworded, renamed or switched on or off."""
    _editable(version)
    old = version.clause(key)
    if old is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That clause is no longer in this version.")
        )
    new = validate_clause(
        Clause(
            key,
            old.title if title is None else title,
            old.text if text is None else text,
            old.enabled if enabled is None else enabled,
        )
    )
    return replace(version, clauses=tuple(new if c.key == key else c for c in version.clauses))


def add_clause(
    version: ContractVersion, title: str, text: str = "", after: str | None = None
) -> ContractVersion:
    """The draft with a clause of the practitioner's own, after ``after`` (else at the end
    but before the agreement)."""
    _editable(version)
    clause = Clause(next_own_key(version.clauses), title, text)
    keys = [c.key for c in version.clauses]
    if after is not None and after in keys:
        at = keys.index(after) + 1
    else:
        at = keys.index("agreement") if "agreement" in keys else len(keys)
    clauses = (*version.clauses[:at], clause, *version.clauses[at:])
    return replace(version, clauses=validate_clauses(clauses))


def remove_clause(version: ContractVersion, key: str) -> ContractVersion:
    """The draft without the clause ``key`` (an essential one is then missing, and says so)."""
    _editable(version)
    return replace(version, clauses=tuple(c for c in version.clauses if c.key != key))


def move_clause(version: ContractVersion, key: str, to: int) -> ContractVersion:
    """The draft with the clause ``key`` moved to position ``to`` (0 is first)."""
    _editable(version)
    clause = version.clause(key)
    if clause is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That clause is no longer in this version.")
        )
    rest = [c for c in version.clauses if c.key != key]
    to = max(0, min(to, len(rest)))
    return replace(version, clauses=(*rest[:to], clause, *rest[to:]))


def set_terms(version: ContractVersion, terms: Terms) -> ContractVersion:
    _editable(version)
    return replace(version, terms=validate_terms(terms))


def set_practice(version: ContractVersion, practice: PracticeDetails) -> ContractVersion:
    """The draft with a fresh copy of the practice details (after the profile changed)."""
    _editable(version)
    return replace(version, practice=practice)


def set_title(version: ContractVersion, title: str) -> ContractVersion:
    _editable(version)
    return replace(version, title=_title(title))


def set_remote(version: ContractVersion, remote: bool) -> ContractVersion:
    _editable(version)
    return replace(version, remote=bool(remote))


def set_review_date(version: ContractVersion, day: dt.date | None) -> ContractVersion:
    """The version with its next review on ``day``: a draft's, or the one in force."""
    if version.status is ContractStatus.SUPERSEDED:
        raise ContractReadOnly(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Version {number} has been replaced by a later one; set the "
                    "review date on the version in force.",
                ),
                number=version.number,
            )
        )
    if day is not None and version.agreement is not None and day < version.agreement.on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The review date is before the day the version was agreed.")
        )
    return replace(version, review_on=day)


def review_due(version: ContractVersion, today: dt.date, within_days: int = 0) -> bool:
    """Whether the version in force is due a review by ``today`` (plus ``within_days``)."""
    return (
        version.status is ContractStatus.AGREED
        and version.review_on is not None
        and version.review_on <= today + dt.timedelta(days=within_days)
    )
