"""Validation rules for what a practitioner types. Pure functions, one clear sentence each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from counsel_desk.domain.clients import ClientDraft, ClientEnding, ClientStatus
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionDraft

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,5}-\d{1,6}$")
CODE_SHAPE = re.compile(r"^[A-Z][A-Z0-9]*-\d+$")  # the right shape, perhaps too long
CODE_PREFIX_MAX, CODE_NUMBER_MAX = 6, 6
CODE_MAX_LENGTH = CODE_PREFIX_MAX + 1 + CODE_NUMBER_MAX
BAD_CODE = "A client code is letters, a dash and a number, such as C-014."
MAX_SESSION_MINUTES = 8 * 60
MAX_AGE = 120
ADULT_AGE = 18
MAX_DETAIL = 200  # a GP's name or practice, who holds parental responsibility
MAX_SIGNPOSTING = 1_000


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
            f"A client code can be at most {CODE_MAX_LENGTH} characters long, such as C-014; "
            f"this one has {len(code)}."
        )
    if CODE_SHAPE.match(code):
        prefix, _, number = code.partition("-")
        if len(prefix) > CODE_PREFIX_MAX:
            raise ValidationError(
                f"The part of a client code before the dash can be at most {CODE_PREFIX_MAX} "
                f"characters, such as C-014; this one has {len(prefix)}."
            )
        raise ValidationError(
            f"The number in a client code can be at most {CODE_NUMBER_MAX} digits, such as "
            f"C-014; this one has {len(number)}."
        )
    raise ValidationError(BAD_CODE)


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years from ``born`` to ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _short(text: str, what: str, limit: int = MAX_DETAIL) -> str:
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(f"{what} is at most {limit} characters.")
    return text


def validate_client(draft: ClientDraft, today: dt.date | None = None) -> ClientDraft:
    today = today or dt.date.today()
    code = check_code(draft.code)
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise ValidationError("The end date is before the start date.")
    if draft.status is ClientStatus.ENDED and draft.end_date is None:
        raise ValidationError("An ended client needs an end date.")
    if draft.ending is not None and draft.status is not ClientStatus.ENDED:
        raise ValidationError("Only work that has ended has a kind of ending.")
    identity = draft.identity
    dob = identity.date_of_birth
    if dob is not None and dob > today:
        raise ValidationError("The date of birth is in the future.")
    if dob is not None and age_on(dob, today) > MAX_AGE:
        raise ValidationError(
            f"That date of birth would make the client over {MAX_AGE}; check the year."
        )
    if identity.minor:
        if dob is None:
            raise ValidationError("Give the date of birth of a client under 18.")
        began = draft.start_date or today
        if age_on(dob, began) >= ADULT_AGE:
            raise ValidationError(
                f"That date of birth made the client {age_on(dob, began)} when the work began, "
                "not under 18: untick Under 18, or check the date."
            )
    _short(identity.parental_responsibility, "Who holds parental responsibility")
    for value, what in (
        (identity.gp.name, "The GP's name"),
        (identity.gp.practice, "The GP practice"),
        (identity.gp.phone, "The GP's phone number"),
    ):
        _short(value, what)
    contact = draft.first_contact
    if contact is not None:
        if contact > today:
            raise ValidationError("The day they first got in touch is in the future.")
        if draft.start_date is not None and contact > draft.start_date:
            raise ValidationError(
                "The day they first got in touch is after the start date; a client gets in "
                "touch before the work begins."
            )
    return ClientDraft(
        code=code,
        status=draft.status,
        start_date=draft.start_date,
        end_date=draft.end_date,
        identity=identity,
        ending=draft.ending,
        signposting=_short(draft.signposting, "The signposting", MAX_SIGNPOSTING),
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
            "The ending is in the future; end the work on its last day, or today."
        )
    if first_session is not None and ending.on < first_session:
        raise ValidationError(
            f"The ending is before {code}'s first session, on "
            f"{first_session.day} {first_session:%b %Y}; choose that day or later."
        )
    signposting = _short(ending.signposting, "The signposting", MAX_SIGNPOSTING)
    return ClientEnding(ending.kind, ending.on, signposting)


def validate_session(draft: SessionDraft) -> SessionDraft:
    if not 5 <= draft.planned_minutes <= MAX_SESSION_MINUTES:
        raise ValidationError("A session lasts between 5 minutes and 8 hours.")
    return draft
