"""Ruptures in the working relationship and their repair, as the practitioner logs them.
Pure.

A rupture is logged against a session: a withdrawal (the client moving away: silence,
going along, changing the subject), a confrontation (moving against: complaint, criticism)
or both, with a short account of what happened. A repair says when and how it was mended,
usually by talking openly together about what happened between you. A repair cannot come
before its rupture.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counsel_desk.domain.dates import day_text
from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase

MAX_TEXT = 500


class RuptureKind(StrEnum):
    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"
    BOTH = "both"

    @property
    def label(self) -> Marked:
        return {
            "withdrawal": QT_TRANSLATE_NOOP("RuptureKind", "Withdrawal"),
            "confrontation": QT_TRANSLATE_NOOP("RuptureKind", "Confrontation"),
            "both": QT_TRANSLATE_NOOP("RuptureKind", "Withdrawal and confrontation"),
        }[self.value]

    @property
    def lower_label(self) -> Marked:
        """The label inside a sentence ("the rupture on 3 May (withdrawal)")."""
        return {
            "withdrawal": QT_TRANSLATE_NOOP("ruptures", "withdrawal"),
            "confrontation": QT_TRANSLATE_NOOP("ruptures", "confrontation"),
            "both": QT_TRANSLATE_NOOP("ruptures", "withdrawal and confrontation"),
        }[self.value]


@dataclass(frozen=True)
class Repair:
    on: dt.date
    how: str
    session_id: int | None = None


@dataclass(frozen=True)
class Rupture:
    client_id: int
    on: dt.date
    kind: RuptureKind
    what_happened: str
    session_id: int | None = None
    repair: Repair | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.repair is None


def _short_text(text: object, what: str, inside: str) -> str:
    """``what`` starts a sentence ("What happened"), ``inside`` sits in one ("what happened")."""
    if not isinstance(text, str):
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "{what} should be text."), what=what)
        )
    text = text.strip()
    if not text:
        raise ValidationError(
            phrase(QT_TRANSLATE_NOOP("errors", "Say briefly {what}."), what=inside)
        )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Keep {what} to {max_text} characters; the session note has room for more.",
                ),
                what=inside,
                max_text=MAX_TEXT,
            )
        )
    return text


def make_rupture(
    client_id: int,
    on: dt.date,
    kind: RuptureKind | str,
    what_happened: str,
    *,
    session_id: int | None = None,
    id: int | None = None,
) -> Rupture:
    """A checked rupture (without its repair)."""
    try:
        kind = RuptureKind(kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose withdrawal, confrontation or both.")
        ) from None
    return Rupture(
        client_id=client_id,
        on=on,
        kind=kind,
        what_happened=_short_text(
            what_happened,
            QT_TRANSLATE_NOOP("errors", "What happened"),
            QT_TRANSLATE_NOOP("errors", "what happened"),
        ),
        session_id=session_id,
        id=id,
    )


def make_repair(
    rupture: Rupture, on: dt.date, how: str, *, session_id: int | None = None
) -> Rupture:
    """``rupture`` with its repair, checked: on or after the rupture, with how it was mended."""
    if on < rupture.on:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A repair cannot come before its rupture: the rupture was on "
                    "{rupture_day}, "
                    "the repair is dated {repair_day}.",
                ),
                rupture_day=day_text(rupture.on),
                repair_day=day_text(on),
            )
        )
    repair = Repair(
        on=on,
        how=_short_text(
            how,
            QT_TRANSLATE_NOOP("errors", "How it was repaired"),
            QT_TRANSLATE_NOOP("errors", "how it was repaired"),
        ),
        session_id=session_id,
    )
    return Rupture(
        client_id=rupture.client_id,
        on=rupture.on,
        kind=rupture.kind,
        what_happened=rupture.what_happened,
        session_id=rupture.session_id,
        repair=repair,
        id=rupture.id,
    )
