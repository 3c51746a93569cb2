"""A contract's clauses: each with a key, a title and the practitioner's own wording (the
Markdown notes use, with ``{placeholders}``), switched on or off. Pure.

The keys of the standard clauses are fixed, so that a version, a template, the checklist,
a comparison and a boundary event all mean the same clause by the same key. Which clauses
are essential, and why each matters, is decided here rather than in a template: switching
one off, emptying it or leaving it out is what the checklist is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counsel_desk.domain.errors import ValidationError
from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase

MAX_TITLE = 120
MAX_CLAUSE_TEXT = 20_000
MAX_CLAUSES = 60
OWN_PREFIX = "own-"  # keys of clauses a practitioner adds: "own-1", "own-2", ...
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(-[0-9]+)?$")

# The standard clauses, in the order a contract usually has them, with a title for each.
STANDARD: dict[str, str] = {
    "parties": "Who this agreement is between",
    "sessions": "Our sessions",
    "fees": "Fees and paying",
    "cancellation": "Cancelling a session",
    "missed": "Missed sessions",
    "lateness": "Arriving late",
    "contact": "Contact between sessions",
    "social_media": "Social media and meeting by chance",
    "confidentiality": "Confidentiality and its limits",
    "supervision": "Supervision",
    "records": "Notes and records",
    "online": "Working online or by phone",
    "breaks": "Breaks and holidays",
    "reviews": "Reviewing how things are going",
    "endings": "Endings",
    "clinical_will": "If I die or become unable to work",
    "complaints": "If you are unhappy with my work",
    "agreement": "Our agreement",
}

# The essential clauses and, in one line each, why an agreement needs them. "online" is
# essential only in a contract for working online or by phone.
WHY_ESSENTIAL: dict[str, Marked] = {
    "parties": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client needs to know who they are working with and which professional body "
        "you answer to.",
    ),
    "sessions": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client should know how long sessions last and how often you will meet.",
    ),
    "fees": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "Money left unclear is a common cause of hurt; say what a session costs and how to pay.",
    ),
    "cancellation": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "Short notice can only be judged against a notice period you have both agreed.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client needs to know how to reach you between sessions, and that you are not an "
        "emergency service.",
    ),
    "confidentiality": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "Before they tell you anything, the client needs to know what stays private and the "
        "few times it cannot.",
    ),
    "supervision": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client should know that you talk about your work, without their name, with a "
        "supervisor.",
    ),
    "records": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "Data protection law expects the client to be told what you keep, for how long, and "
        "how they can see it.",
    ),
    "online": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "Working at a distance needs a plan for a lost connection and for an emergency where "
        "the client is.",
    ),
    "endings": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client should know they can end whenever they choose, and how endings are "
        "usually planned.",
    ),
    "clinical_will": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "If you suddenly cannot work, the client needs to know that someone will tell them "
        "and help them onward.",
    ),
    "complaints": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "The client should know how to raise a concern, with you first and then with your "
        "professional body.",
    ),
    "agreement": QT_TRANSLATE_NOOP(
        "contract.clauses",
        "An agreement needs a place where both of you confirm it, with the date.",
    ),
}


def is_essential(key: str, remote: bool) -> bool:
    """Whether the clause ``key`` must be on and filled in before a version is agreed."""
    if key == "online":
        return remote
    return key in WHY_ESSENTIAL


def essential_keys(remote: bool) -> tuple[str, ...]:
    """The essential clauses in the standard order."""
    return tuple(key for key in STANDARD if is_essential(key, remote))


@dataclass(frozen=True)
class Clause:
    """One clause as a version holds it: its own copy of the wording, never a template's."""

    key: str
    title: str
    text: str
    enabled: bool = True

    @property
    def is_own(self) -> bool:
        return self.key.startswith(OWN_PREFIX)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


def validate_clause(clause: Clause) -> Clause:
    """A clause with a tidy title, or one sentence saying what is wrong with it."""
    if not KEY_PATTERN.match(clause.key):
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors", "“{key}” cannot name a clause: use small letters and _."
                ),
                key=clause.key,
            )
        )
    title = " ".join(clause.title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Every clause needs a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A clause title can be at most {most} characters."),
                most=MAX_TITLE,
            )
        )
    if len(clause.text) > MAX_CLAUSE_TEXT:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The clause “{title}” is too long: keep it under {most} characters.",
                ),
                title=title,
                most=f"{MAX_CLAUSE_TEXT:,}",
            )
        )
    if not isinstance(clause.enabled, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A clause is either switched on or off."))
    return Clause(clause.key, title, clause.text, clause.enabled)


def validate_clauses(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    if len(clauses) > MAX_CLAUSES:
        raise ValidationError(
            phrase(
                QT_TRANSLATE_NOOP("errors", "A contract can have at most {most} clauses."),
                most=MAX_CLAUSES,
            )
        )
    seen: set[str] = set()
    for clause in clauses:
        if clause.key in seen:
            raise ValidationError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "The clause “{title}” appears twice."),
                    title=clause.title,
                )
            )
        seen.add(clause.key)
    return tuple(validate_clause(c) for c in clauses)


def next_own_key(clauses: tuple[Clause, ...]) -> str:
    """A key for a clause the practitioner adds, never one used before in ``clauses``."""
    used = [int(c.key[len(OWN_PREFIX) :]) for c in clauses if c.is_own]
    return f"{OWN_PREFIX}{max(used, default=0) + 1}"
