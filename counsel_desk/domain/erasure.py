"""Erasure as the practitioner sees it: what will go (counts by kind), and the record kept
afterwards, which holds no clinical content: the client's code, when, what kinds of data and
how many, by which rule, and which copies outside the vault (backups, copies taken before an
upgrade) still held the data at that moment, with how they go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked
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
    """Why the records went, to follow "because": "the retention period ended (…)"."""
    if rule == CLIENT_REQUEST:
        return "the client asked, before the retention period ended"
    try:
        return _ENDED[RetentionRule(rule)]
    except ValueError:
        return rule.replace("_", " ")


_ENDED = {
    RetentionRule.ADULT: "the retention period ended (the years kept after the last session)",
    RetentionRule.MINOR_BIRTHDAY: (
        "the retention period ended (a young person's records, kept until their birthday)"
    ),
    RetentionRule.MINOR_YEARS: (
        "the retention period ended (a young person's records, kept for the years after the "
        "last session)"
    ),
    RetentionRule.EXTENDED: "the retention period ended (the longer period you chose)",
    RetentionRule.PROCESS_NOTES: (
        "the retention period ended (the shorter period for process notes)"
    ),
}


# What each kind of row is called (the rest: the table's name in words).
KIND_LABELS: dict[str, tuple[str, str]] = {
    "clients": ("client record", "client records"),
    "client_identity": ("name and contact details", "names and contact details"),
    "sessions": ("session", "sessions"),
    "session_notes": ("session note", "session notes"),
    "process_notes": ("process note", "process notes"),
    "note_amendments": ("amendment", "amendments"),
    "note_tags": ("tag", "tags"),
    "drafts": ("unsaved draft", "unsaved drafts"),
    "retention_holds": ("decision to keep records longer", "decisions to keep records longer"),
    "contract_versions": ("contract version", "contract versions"),
    "contract_clauses": ("contract clause", "contract clauses"),
    "client_boundaries": ("boundary of your own", "boundaries of your own"),
    "boundary_events": ("boundary event", "boundary events"),
    "audit_entries": ("audit entry made anonymous", "audit entries made anonymous"),
}
ORDER = list(KIND_LABELS)


def kind_label(kind: str, n: int) -> str:
    one, many = KIND_LABELS.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return f"{n:,} {one if n == 1 else many}"


def describe_counts(counts: dict[str, int]) -> list[str]:
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
    def what(self) -> str:
        return ", ".join(describe_counts(self.counts)) or "nothing"

    @property
    def summary(self) -> str:
        when = self.at.astimezone()
        return (
            f"{self.code}: {self.scope.label} erased on {when.day} {when:%B %Y}, because "
            f"{rule_label(self.rule)}: {self.what}."
        )


def copies_advice(copies: tuple[Copy, ...] | list[Copy], keep: int) -> str:
    """How the copies that still hold erased data go, in plain words; empty when none."""
    backups = [c for c in copies if c.kind == "backup"]
    upgrades = [c for c in copies if c.kind == "upgrade_copy"]
    parts = []
    if backups:
        n = len(backups)
        parts.append(
            f"{n} backup{'s' if n != 1 else ''} made before this erasure still "
            f"hold{'s' if n == 1 else ''} these records. They go as newer backups replace "
            f"them (you keep the newest {keep}), or at once with “Back up now, then remove "
            "older backups” (Records → Erasure records…)."
        )
    if upgrades:
        n = len(upgrades)
        parts.append(
            f"{'A copy' if n == 1 else f'{n} copies'} of the vault taken before an upgrade "
            f"also hold{'s' if n == 1 else ''} them; Counsel Desk removes "
            f"{'it' if n == 1 else 'them'} once the upgraded vault has proved sound (7 days "
            "and 3 openings after the upgrade)."
        )
    return " ".join(parts)
