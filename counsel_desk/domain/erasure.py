"""Erasure as the practitioner sees it: what will go (counts by kind), and the record kept
afterwards, which holds no clinical content: the client's code, when, what kinds of data and
how many, by which rule, and which copies outside the vault (backups, copies taken before an
upgrade) still held the data at that moment, with how they go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, Phrase, phrase
from counsel_desk.domain.retention import RetentionRule


class Scope(StrEnum):
    CLIENT = "client"  # everything held about the client
    PROCESS_NOTES = "process_notes"  # only the client's process notes

    @property
    def label(self) -> Marked:
        if self is Scope.CLIENT:
            return QT_TRANSLATE_NOOP("Scope", "all records")
        return QT_TRANSLATE_NOOP("Scope", "process notes")


CLIENT_REQUEST = "client_request"  # erased before the retention date, at the client's request


def rule_label(rule: str) -> str:
    """Why the records went, to follow "because": "the retention period ended (…)" (marked,
    but for a rule this version does not know, given as its code in words)."""
    if rule == CLIENT_REQUEST:
        return QT_TRANSLATE_NOOP("erasure", "the client asked, before the retention period ended")
    try:
        return _ENDED[RetentionRule(rule)]
    except ValueError:
        return rule.replace("_", " ")


_ENDED = {
    RetentionRule.ADULT: QT_TRANSLATE_NOOP(
        "erasure", "the retention period ended (the years kept after the last session)"
    ),
    RetentionRule.MINOR_BIRTHDAY: QT_TRANSLATE_NOOP(
        "erasure",
        "the retention period ended (a young person's records, kept until their birthday)",
    ),
    RetentionRule.MINOR_YEARS: QT_TRANSLATE_NOOP(
        "erasure",
        "the retention period ended (a young person's records, kept for the years after the "
        "last session)",
    ),
    RetentionRule.EXTENDED: QT_TRANSLATE_NOOP(
        "erasure", "the retention period ended (the longer period you chose)"
    ),
    RetentionRule.PROCESS_NOTES: QT_TRANSLATE_NOOP(
        "erasure", "the retention period ended (the shorter period for process notes)"
    ),
}


# What each kind of row is called (the rest: the table's name in words).
KIND_LABELS: dict[str, tuple[Marked, Marked]] = {
    "clients": (
        QT_TRANSLATE_NOOP("erasure", "client record"),
        QT_TRANSLATE_NOOP("erasure", "client records"),
    ),
    "client_identity": (
        QT_TRANSLATE_NOOP("erasure", "name and contact details"),
        QT_TRANSLATE_NOOP("erasure", "names and contact details"),
    ),
    "sessions": (QT_TRANSLATE_NOOP("erasure", "session"), QT_TRANSLATE_NOOP("erasure", "sessions")),
    "session_notes": (
        QT_TRANSLATE_NOOP("erasure", "session note"),
        QT_TRANSLATE_NOOP("erasure", "session notes"),
    ),
    "process_notes": (
        QT_TRANSLATE_NOOP("erasure", "process note"),
        QT_TRANSLATE_NOOP("erasure", "process notes"),
    ),
    "note_amendments": (
        QT_TRANSLATE_NOOP("erasure", "amendment"),
        QT_TRANSLATE_NOOP("erasure", "amendments"),
    ),
    "note_tags": (QT_TRANSLATE_NOOP("erasure", "tag"), QT_TRANSLATE_NOOP("erasure", "tags")),
    "drafts": (
        QT_TRANSLATE_NOOP("erasure", "unsaved draft"),
        QT_TRANSLATE_NOOP("erasure", "unsaved drafts"),
    ),
    "retention_holds": (
        QT_TRANSLATE_NOOP("erasure", "decision to keep records longer"),
        QT_TRANSLATE_NOOP("erasure", "decisions to keep records longer"),
    ),
    "contract_versions": (
        QT_TRANSLATE_NOOP("erasure", "contract version"),
        QT_TRANSLATE_NOOP("erasure", "contract versions"),
    ),
    "contract_clauses": (
        QT_TRANSLATE_NOOP("erasure", "contract clause"),
        QT_TRANSLATE_NOOP("erasure", "contract clauses"),
    ),
    "client_boundaries": (
        QT_TRANSLATE_NOOP("erasure", "boundary of your own"),
        QT_TRANSLATE_NOOP("erasure", "boundaries of your own"),
    ),
    "boundary_events": (
        QT_TRANSLATE_NOOP("erasure", "boundary event"),
        QT_TRANSLATE_NOOP("erasure", "boundary events"),
    ),
    "audit_entries": (
        QT_TRANSLATE_NOOP("erasure", "audit entry made anonymous"),
        QT_TRANSLATE_NOOP("erasure", "audit entries made anonymous"),
    ),
}
ORDER = list(KIND_LABELS)


def kind_label(kind: str, n: int) -> Phrase:
    one, many = KIND_LABELS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return phrase(
        QT_TRANSLATE_NOOP("erasure", "{n} {what}"), n=f"{n:,}", what=one if n == 1 else many
    )


def listed(items: list[Phrase]) -> Marked | Phrase:
    """ "1 client record, 312 sessions, …" ("nothing" for none), each item kept marked."""
    if not items:
        return QT_TRANSLATE_NOOP("erasure", "nothing")
    said: Phrase = items[-1]
    for item in reversed(items[:-1]):
        said = phrase(QT_TRANSLATE_NOOP("erasure", "{first}, {rest}"), first=item, rest=said)
    return said


def describe_counts(counts: dict[str, int]) -> list[Phrase]:
    """``["1 client record", "312 sessions", …]`` in a fixed, readable order."""
    known = [k for k in ORDER if counts.get(k)]
    others = sorted(k for k in counts if k not in KIND_LABELS and counts[k])
    return [kind_label(k, counts[k]) for k in (*known, *others)]


@dataclass(frozen=True)
class Copy:
    """A file outside the vault that held the erased data when it was erased."""

    kind: str  # "backup" or "upgrade_copy"
    name: str
    folder: str
    made: str  # ISO date and time (local for upgrade copies, UTC for backups)

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "name": self.name, "folder": self.folder, "made": self.made}

    @classmethod
    def from_json(cls, doc: dict[str, str]) -> Copy:
        return cls(doc["kind"], doc["name"], doc["folder"], doc["made"])


@dataclass(frozen=True)
class ErasureRecord:
    id: int
    at: dt.datetime  # UTC
    code: str
    scope: Scope
    rule: str
    counts: dict[str, int]
    copies: tuple[Copy, ...] = ()
    copies_removed_at: dt.datetime | None = None
    still_there: tuple[Copy, ...] = field(default=())  # of ``copies``, those still on disk

    @property
    def what(self) -> Marked | Phrase:
        return listed(describe_counts(self.counts))

    @property
    def summary(self) -> Phrase:
        when = self.at.astimezone()
        return phrase(
            QT_TRANSLATE_NOOP("erasure", "{code}: {scope} erased on {day}, because {why}: {what}."),
            code=self.code,
            scope=self.scope.label,
            day=f"{when.day} {when:%B %Y}",
            why=rule_label(self.rule),
            what=self.what,
        )


_BACKUPS = (
    QT_TRANSLATE_NOOP(
        "erasure",
        "1 backup made before this erasure still holds these records. They go as newer "
        "backups replace them (you keep the newest {keep}), or at once with “Back up now, "
        "then remove older backups” (Records → Erasure records…).",
    ),
    QT_TRANSLATE_NOOP(
        "erasure",
        "{n} backups made before this erasure still hold these records. They go as newer "
        "backups replace them (you keep the newest {keep}), or at once with “Back up now, "
        "then remove older backups” (Records → Erasure records…).",
    ),
)
_UPGRADE_COPIES = (
    QT_TRANSLATE_NOOP(
        "erasure",
        "A copy of the vault taken before an upgrade also holds them; Counsel Desk removes "
        "it once the upgraded vault has proved sound (7 days and 3 openings after the "
        "upgrade).",
    ),
    QT_TRANSLATE_NOOP(
        "erasure",
        "{n} copies of the vault taken before an upgrade also hold them; Counsel Desk "
        "removes them once the upgraded vault has proved sound (7 days and 3 openings after "
        "the upgrade).",
    ),
)


def copies_advice(copies: tuple[Copy, ...] | list[Copy], keep: int) -> str | Phrase:
    """How the copies that still hold erased data go, in plain words; "" when none."""
    backups = sum(c.kind == "backup" for c in copies)
    upgrades = sum(c.kind == "upgrade_copy" for c in copies)
    parts = []
    if backups:
        parts.append(phrase(_BACKUPS[backups != 1], n=backups, keep=keep))
    if upgrades:
        parts.append(phrase(_UPGRADE_COPIES[upgrades != 1], n=upgrades))
    if len(parts) == 2:
        return phrase(
            QT_TRANSLATE_NOOP("erasure", "{backups} {copies}"), backups=parts[0], copies=parts[1]
        )
    return parts[0] if parts else ""
