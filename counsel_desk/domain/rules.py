"""Validation rules for what a practitioner types. Pure functions, one clear sentence each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.model import ClientDraft, ClientStatus, SessionDraft

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,5}-\d{1,6}$")
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


def validate_client(draft: ClientDraft) -> ClientDraft:
    code = normalise_code(draft.code)
    if not CODE_PATTERN.match(code):
        raise ValidationError("A client code is letters, a dash and a number, such as C-014.")
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise ValidationError("The end date is before the start date.")
    if draft.status is ClientStatus.ENDED and draft.end_date is None:
        raise ValidationError("An ended client needs an end date.")
    dob = draft.identity.date_of_birth
    if dob is not None and dob > dt.date.today():
        raise ValidationError("The date of birth is in the future.")
    return ClientDraft(
        code=code,
        status=draft.status,
        start_date=draft.start_date,
        end_date=draft.end_date,
        identity=draft.identity,
    )


def validate_session(draft: SessionDraft) -> SessionDraft:
    if not 5 <= draft.planned_minutes <= MAX_SESSION_MINUTES:
        raise ValidationError("A session lasts between 5 minutes and 8 hours.")
    return draft
