"""Boundaries: what a client and practitioner agreed (from the contract's clauses, and any
the practitioner adds), and the events that test them, as data the timeline can draw. Pure.

An event is a date, a kind, who began it, what happened and what was done (a line or two
each), optionally the clause concerned and the session it happened at or after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.contract.parties import ClientFacts
from counsel_desk.domain.contract.placeholders import fill, placeholder_values
from counsel_desk.domain.contract.version import ContractVersion
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase

MAX_TEXT = 1_000  # "short free text": a line or two
MAX_BOUNDARY = 2_000

# The clauses that set a boundary, in the order the client page lists them.
BOUNDARY_CLAUSES = (
    "sessions",
    "cancellation",
    "missed",
    "lateness",
    "contact",
    "social_media",
    "online",
    "breaks",
    "endings",
)


class BoundaryKind(StrEnum):
    CONTACT = "contact_between_sessions"
    GIFT = "gift_offered"
    CHANCE_MEETING = "chance_meeting"
    SOCIAL_MEDIA = "social_media_request"
    OVERRUN = "session_overrun"
    LATENESS = "lateness"
    EXTENSION = "request_to_extend"
    DUAL_RELATIONSHIP = "dual_relationship_risk"
    OTHER = "other"

    @property
    def label(self) -> Marked:
        return {
            "contact_between_sessions": QT_TRANSLATE_NOOP(
                "BoundaryKind", "Contact between sessions"
            ),
            "gift_offered": QT_TRANSLATE_NOOP("BoundaryKind", "Gift offered"),
            "chance_meeting": QT_TRANSLATE_NOOP("BoundaryKind", "Chance meeting"),
            "social_media_request": QT_TRANSLATE_NOOP("BoundaryKind", "Social media request"),
            "session_overrun": QT_TRANSLATE_NOOP("BoundaryKind", "Session overran"),
            "lateness": QT_TRANSLATE_NOOP("BoundaryKind", "Lateness"),
            "request_to_extend": QT_TRANSLATE_NOOP("BoundaryKind", "Request to extend"),
            "dual_relationship_risk": QT_TRANSLATE_NOOP("BoundaryKind", "Dual-relationship risk"),
            "other": QT_TRANSLATE_NOOP("BoundaryKind", "Other"),
        }[self.value]

    @property
    def clause(self) -> str | None:
        """The clause an event of this kind usually concerns (the editor's first choice)."""
        return {
            "contact_between_sessions": "contact",
            "chance_meeting": "social_media",
            "social_media_request": "social_media",
            "session_overrun": "sessions",
            "lateness": "lateness",
            "request_to_extend": "sessions",
            "dual_relationship_risk": "social_media",
        }.get(self.value)


class Initiator(StrEnum):
    CLIENT = "client"
    PRACTITIONER = "practitioner"
    SOMEONE_ELSE = "someone_else"
    NOBODY = "nobody"  # by chance

    @property
    def label(self) -> Marked:
        return {
            "client": QT_TRANSLATE_NOOP("Initiator", "The client"),
            "practitioner": QT_TRANSLATE_NOOP("Initiator", "Me"),
            "someone_else": QT_TRANSLATE_NOOP("Initiator", "Someone else"),
            "nobody": QT_TRANSLATE_NOOP("Initiator", "Nobody: by chance"),
        }[self.value]


@dataclass(frozen=True)
class BoundaryEvent:
    """One event. ``id`` is the vault's (``None`` until stored)."""

    client_id: int
    on: dt.date
    kind: BoundaryKind
    initiated_by: Initiator
    what_happened: str
    what_was_done: str = ""
    clause_key: str | None = None
    session_id: int | None = None
    id: int | None = None

    def matches(self, query: str) -> bool:
        """Whether every word of ``query`` is in the event's words (its kind, who began it,
        what happened and was done, the clause), ignoring case."""
        words = " ".join(
            (
                self.kind.label,
                self.initiated_by.label,
                self.what_happened,
                self.what_was_done,
                self.clause_key or "",
            )
        ).casefold()
        return all(word in words for word in query.casefold().split())


def _text(value: str, what: str, required: bool) -> str:
    text = value.strip()
    if required and not text:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "Say {what}, in a line or two."), what=what)
        )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "Keep {what} to a line or two (under {most} characters)."
                ),
                what=what,
                most=f"{MAX_TEXT:,}",
            )
        )
    return text


def validate_boundary_event(
    event: BoundaryEvent,
    *,
    today: dt.date,
    first_contact: dt.date | None = None,
    clause_keys: tuple[str, ...] | None = None,
) -> BoundaryEvent:
    """The event tidied, or one sentence on what to put right. ``clause_keys``, when given,
    are the clauses the event may refer to (the client's contract and own boundaries)."""
    kind = BoundaryKind(event.kind)
    initiated_by = Initiator(event.initiated_by)
    if event.on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date of the event is in the future.")
        )
    if first_contact is not None and event.on < first_contact:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The date of the event is before the client first got in touch."
            )
        )
    happened = _text(
        event.what_happened, QT_TRANSLATE_NOOP("errors", "what happened"), required=True
    )
    done = _text(event.what_was_done, QT_TRANSLATE_NOOP("errors", "what was done"), required=False)
    clause = event.clause_key or None
    if clause is not None and clause_keys is not None and clause not in clause_keys:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "That clause is not in this client's contract or boundaries."
            )
        )
    return BoundaryEvent(
        client_id=event.client_id,
        on=event.on,
        kind=kind,
        initiated_by=initiated_by,
        what_happened=happened,
        what_was_done=done,
        clause_key=clause,
        session_id=event.session_id,
        id=event.id,
    )


@dataclass(frozen=True)
class Boundary:
    """One agreed boundary: from a clause of the contract, or the practitioner's own."""

    key: str  # the clause's key, or "own-N"
    title: str
    text: str  # as agreed (placeholders filled, for a clause)
    from_contract: bool


def validate_own_boundary(title: str, text: str) -> tuple[str, str]:
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the boundary a short name."))
    if len(title) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Keep the boundary's name under 120 characters.")
        )
    text = text.strip()
    if len(text) > MAX_BOUNDARY:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "Keep the boundary under {most} characters."),
                most=f"{MAX_BOUNDARY:,}",
            )
        )
    return title, text


def agreed_boundaries(
    version: ContractVersion | None, client: ClientFacts, own: tuple[Boundary, ...] = ()
) -> tuple[Boundary, ...]:
    """The boundaries a client has agreed: the boundary clauses of ``version`` (the one in
    force) that are switched on, worded as agreed, then the practitioner's own."""
    found: list[Boundary] = []
    if version is not None:
        values = placeholder_values(version.terms, version.practice, client)
        for key in BOUNDARY_CLAUSES:
            clause = version.clause(key)
            if clause is None or not clause.enabled or clause.is_empty:
                continue
            text = fill(clause.text, values).text
            found.append(Boundary(key, clause.title, text, from_contract=True))
    return (*found, *own)
