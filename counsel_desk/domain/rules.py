"""Validation rules for what a practitioner types. Pure functions, one clear sentence each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from counsel_desk.domain.clients import ClientDraft, ClientEnding, ClientStatus
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, phrase
from counsel_desk.domain.sessions import SessionDraft

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,5}-\d{1,6}$")
CODE_SHAPE = re.compile(r"^[A-Z][A-Z0-9]*-\d+$")  # the right shape, perhaps too long
CODE_PREFIX_MAX, CODE_NUMBER_MAX = 6, 6
CODE_MAX_LENGTH = CODE_PREFIX_MAX + 1 + CODE_NUMBER_MAX
BAD_CODE = QT_TRANSLATE_NOOP(
    "errors", "A client code is letters, a dash and a number, such as C-014."
)
MAX_SESSION_MINUTES = 8 * 60
MAX_AGE = 120
ADULT_AGE = 18
MAX_DETAIL = 200  # a GP's name or practice, who holds parental responsibility
MAX_SIGNPOSTING = 1_000
_SIGNPOSTING = QT_TRANSLATE_NOOP("errors", "The signposting")


def normalise_code(code: str) -> str:
    return code.strip().upper()


def next_client_code(existing: Iterable[str], prefix: str = "C") -> str:
    """The next free code such as ``C-015`` after the highest number used with ``prefix``."""
    highest = 0
    for code in existing:
        head, _, tail = code.partition("-")
        if head == prefix and tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}-{highest + 1:03d}"


def check_code(code: str) -> str:
    """The normalised code, or a sentence naming the rule it breaks (a code is never cut)."""
    code = normalise_code(code)
    if CODE_PATTERN.match(code):
        return code
    if len(code) > CODE_MAX_LENGTH:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A client code can be at most {code_max_length} characters long, "
                    "such as C-014; this one has {given}.",
                ),
                code_max_length=CODE_MAX_LENGTH,
                given=len(code),
            )
        )
    if CODE_SHAPE.match(code):
        prefix, _, number = code.partition("-")
        if len(prefix) > CODE_PREFIX_MAX:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The part of a client code before the dash can be at most "
                        "{code_prefix_max} characters, such as C-014; this one has "
                        "{given}.",
                    ),
                    code_prefix_max=CODE_PREFIX_MAX,
                    given=len(prefix),
                )
            )
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The number in a client code can be at most {code_number_max} "
                    "digits, such as C-014; this one has {given}.",
                ),
                code_number_max=CODE_NUMBER_MAX,
                given=len(number),
            )
        )
    raise ValidationError(BAD_CODE)


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from ``born`` to ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _short(text: str, what: str, limit: int = MAX_DETAIL) -> str:
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "{what} is at most {limit} characters."),
                what=what,
                limit=limit,
            )
        )
    return text


def validate_client(draft: ClientDraft, today: dt.date | None = None) -> ClientDraft:
    today = today or dt.date.today()
    code = check_code(draft.code)
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The end date is before the start date."))
    if draft.status is ClientStatus.ENDED and draft.end_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An ended client needs an end date."))
    if draft.ending is not None and draft.status is not ClientStatus.ENDED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only work that has ended has a kind of ending.")
        )
    identity = draft.identity
    dob = identity.date_of_birth
    if dob is not None and dob > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date of birth is in the future."))
    if dob is not None and age_on(dob, today) > MAX_AGE:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That date of birth would make the client over {max_age}; check the year.",
                ),
                max_age=MAX_AGE,
            )
        )
    if identity.minor:
        if dob is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give the date of birth of a client under 18.")
            )
        began = draft.start_date or today
        if age_on(dob, began) >= ADULT_AGE:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "That date of birth made the client {age} when the work began, "
                        "not under 18: untick Under 18, or check the date.",
                    ),
                    age=age_on(dob, began),
                )
            )
    _short(
        identity.parental_responsibility,
        QT_TRANSLATE_NOOP("errors", "Who holds parental responsibility"),
    )
    for value, what in (
        (identity.gp.name, QT_TRANSLATE_NOOP("errors", "The GP's name")),
        (identity.gp.practice, QT_TRANSLATE_NOOP("errors", "The GP practice")),
        (identity.gp.phone, QT_TRANSLATE_NOOP("errors", "The GP's phone number")),
    ):
        _short(value, what)
    contact = draft.first_contact
    if contact is not None:
        if contact > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The day they first got in touch is in the future.")
            )
        if draft.start_date is not None and contact > draft.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The day they first got in touch is after the start date; a client gets in "
                    "touch before the work begins.",
                )
            )
    return ClientDraft(
        code=code,
        status=draft.status,
        start_date=draft.start_date,
        end_date=draft.end_date,
        identity=identity,
        ending=draft.ending,
        signposting=_short(draft.signposting, _SIGNPOSTING, MAX_SIGNPOSTING),
        first_contact=contact,
    )


def validate_ending(
    ending: ClientEnding,
    code: str,
    first_session: dt.date | None,
    today: dt.date | None = None,
) -> ClientEnding:
    """An ending on or after the client's first session and not in the future."""
    today = today or dt.date.today()
    if ending.on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The ending is in the future; end the work on its last day, or today."
            )
        )
    if first_session is not None and ending.on < first_session:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ending is before {code}'s first session, on {day} "
                    "{month}; choose that day or later.",
                ),
                code=code,
                day=first_session.day,
                month=f"{first_session:%b %Y}",
            )
        )
    signposting = _short(ending.signposting, _SIGNPOSTING, MAX_SIGNPOSTING)
    return ClientEnding(ending.kind, ending.on, signposting)


def validate_session(draft: SessionDraft) -> SessionDraft:
    if not 5 <= draft.planned_minutes <= MAX_SESSION_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A session lasts between 5 minutes and 8 hours.")
        )
    return draft
