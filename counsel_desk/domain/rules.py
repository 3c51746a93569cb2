"""Validation rules for what a practitioner types. Pure functions, one clear sentence each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from counsel_desk.domain.clients import ClientDraft, ClientStatus
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.sessions import SessionDraft

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,5}-\d{1,6}$")
CODE_SHAPE = re.compile(r"^[A-Z][A-Z0-9]*-\d+$")  # the right shape, perhaps too long
CODE_PREFIX_MAX, CODE_NUMBER_MAX = 6, 6
CODE_MAX_LENGTH = CODE_PREFIX_MAX + 1 + CODE_NUMBER_MAX
BAD_CODE = "A client code is letters, a dash and a number, such as C-014."
MAX_SESSION_MINUTES = 8 * 60


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


def validate_client(draft: ClientDraft) -> ClientDraft:
    code = check_code(draft.code)
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise ValidationError("The end date is before the start date.")
    if draft.status is ClientStatus.ENDED and draft.end_date is None:
        raise ValidationError("An ended client needs an end date.")
    dob = draft.identity.date_of_birth
    if dob is not None and dob > dt.date.today():
        raise ValidationError("The date of birth is in the future.")
    contact = draft.first_contact
    if contact is not None:
        if contact > dt.date.today():
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
        identity=draft.identity,
        first_contact=contact,
    )


def validate_session(draft: SessionDraft) -> SessionDraft:
    if not 5 <= draft.planned_minutes <= MAX_SESSION_MINUTES:
        raise ValidationError("A session lasts between 5 minutes and 8 hours.")
    return draft
