"""The audit trail: what happened to the vault, never what was written in it.

Every entry has a kind from one closed set (``AuditKind``) and a detail of ids and codes
only (``{"note": 12, "format": "pdf"}``): never a name, a path, a title or a word of a note,
so the trail can be kept whole for as long as the vault lives.

Each entry carries the hash of the one before it (a chain), so that an entry changed,
removed or moved after it was written is found (``check_chain``). The hash is SHA-256 over
a canonical encoding, described in docs/ARCHITECTURE.md ("The audit trail") and fixed by
``AUDIT_FORMAT``: an entry hashed as format 1 is checked as format 1 for ever.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from counsel_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked, phrase

AUDIT_FORMAT = "counsel-desk audit 1"
GENESIS = "0" * 64  # the "previous hash" of the first entry
BLANK_DETAIL = "{}"  # the detail of an entry blanked by an erasure

DetailValue = int | str


class AuditKind(StrEnum):
    """Every kind of event the audit trail records. A new event needs a new member here."""

    # The vault and its keys
    VAULT_CREATED = "vault_created"
    UNLOCKED = "unlocked"
    LOCKED = "locked"
    PASSPHRASE_CHANGED = "passphrase_changed"
    PASSPHRASE_RESET = "passphrase_reset"
    KEY_ROTATED = "key_rotated"
    VAULT_UPGRADED = "vault_upgraded"
    UPGRADE_COPY_REMOVED = "upgrade_copy_removed"
    VAULT_CHECKED = "vault_checked"
    # Records
    PRACTICE_UPDATED = "practice_updated"
    CLIENT_ADDED = "client_added"
    CLIENT_UPDATED = "client_updated"
    CLIENT_ENDED = "client_ended"
    SESSION_ADDED = "session_added"
    SESSION_UPDATED = "session_updated"
    SESSION_STATUS_CHANGED = "session_status_changed"
    SESSION_SERIES_ADDED = "session_series_added"
    ATTENDANCE_RECORDED = "attendance_recorded"
    SESSION_RESCHEDULED = "session_rescheduled"
    NOTE_FINALISED = "note_finalised"
    NOTE_AMENDED = "note_amended"
    NOTE_DELETED = "note_deleted"
    NOTE_TAGS_CHANGED = "note_tags_changed"
    NOTE_FLAGS_CHANGED = "note_flags_changed"
    TEMPLATE_ADDED = "template_added"
    TEMPLATE_CHANGED = "template_changed"
    TEMPLATE_DELETED = "template_deleted"
    CONTRACT_DRAFTED = "contract_drafted"
    CONTRACT_DRAFT_DELETED = "contract_draft_deleted"
    CONTRACT_AGREED = "contract_agreed"
    NOTE_MOVED = "note_moved"
    RISK_RECORDED = "risk_recorded"
    RISK_CHANGED = "risk_changed"
    RISK_REVIEWED = "risk_reviewed"
    RISK_CLOSED = "risk_closed"
    BREAK_ADDED = "break_added"
    BREAK_REMOVED = "break_removed"
    CONTRACT_SUPERSEDED = "contract_superseded"
    CONTRACT_REVIEW_SET = "contract_review_set"
    BOUNDARY_ADDED = "boundary_added"
    BOUNDARY_REMOVED = "boundary_removed"
    BOUNDARY_EVENT_LOGGED = "boundary_event_logged"
    BOUNDARY_EVENT_CHANGED = "boundary_event_changed"
    BOUNDARY_EVENT_DELETED = "boundary_event_deleted"
    MEASURE_ADDED = "measure_added"
    SCORE_RECORDED = "score_recorded"
    SCORE_DELETED = "score_deleted"
    REFLECTION_RECORDED = "reflection_recorded"
    RUPTURE_RECORDED = "rupture_recorded"
    RUPTURE_REPAIRED = "rupture_repaired"
    FLAG_DISMISSED = "flag_dismissed"
    SUPERVISION_LOGGED = "supervision_logged"
    SUPERVISION_CHANGED = "supervision_changed"
    SUPERVISION_DELETED = "supervision_deleted"
    REGISTRATION_YEAR_SET = "registration_year_set"
    REDACTION_TERM_ADDED = "redaction_term_added"
    REDACTION_TERM_REMOVED = "redaction_term_removed"
    # What leaves or enters the vault, and what removes records from it
    NOTE_EXPORTED = "note_exported"
    NOTE_PRINTED = "note_printed"
    TIMELINE_EXPORTED = "timeline_exported"
    CONTRACT_EXPORTED = "contract_exported"
    CONTRACT_PRINTED = "contract_printed"
    EXECUTOR_PACK_WRITTEN = "executor_pack_written"
    SUMMARY_EXPORTED = "summary_exported"
    BACKUP_MADE = "backup_made"
    BACKUP_RESTORED = "backup_restored"
    DATA_IMPORTED = "data_imported"
    VAULT_EXPORTED = "vault_exported"
    SUBJECT_ACCESS_WRITTEN = "subject_access_written"
    CLIENT_ERASED = "client_erased"
    DEMO_GENERATED = "demo_generated"
    # Backups, restore drills and retention
    RESTORE_DRILL = "restore_drill"
    BACKUPS_REMOVED = "backups_removed"
    RETENTION_CHANGED = "retention_changed"
    RETENTION_EXTENDED = "retention_extended"
    # An entry written before the trail was chained, of a kind no longer written
    EARLIER_EVENT = "earlier_event"

    @property
    def label(self) -> Marked:
        return _LABELS[self]


_LABELS = {
    AuditKind.VAULT_CREATED: QT_TRANSLATE_NOOP("AuditKind", "Vault created"),
    AuditKind.UNLOCKED: QT_TRANSLATE_NOOP("AuditKind", "Unlocked"),
    AuditKind.LOCKED: QT_TRANSLATE_NOOP("AuditKind", "Locked"),
    AuditKind.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Passphrase changed"),
    AuditKind.PASSPHRASE_RESET: QT_TRANSLATE_NOOP(
        "AuditKind", "Passphrase reset with the recovery key"
    ),
    AuditKind.KEY_ROTATED: QT_TRANSLATE_NOOP("AuditKind", "Data key replaced (new recovery key)"),
    AuditKind.VAULT_UPGRADED: QT_TRANSLATE_NOOP("AuditKind", "Vault upgraded"),
    AuditKind.UPGRADE_COPY_REMOVED: QT_TRANSLATE_NOOP(
        "AuditKind", "Copy from before an upgrade removed"
    ),
    AuditKind.VAULT_CHECKED: QT_TRANSLATE_NOOP("AuditKind", "Vault checked"),
    AuditKind.PRACTICE_UPDATED: QT_TRANSLATE_NOOP("AuditKind", "Practice details changed"),
    AuditKind.CLIENT_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Client added"),
    AuditKind.CLIENT_UPDATED: QT_TRANSLATE_NOOP("AuditKind", "Client changed"),
    AuditKind.CLIENT_ENDED: QT_TRANSLATE_NOOP("AuditKind", "Work with a client ended"),
    AuditKind.SESSION_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Session booked"),
    AuditKind.SESSION_UPDATED: QT_TRANSLATE_NOOP("AuditKind", "Session changed"),
    AuditKind.SESSION_STATUS_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Session status changed"),
    AuditKind.SESSION_SERIES_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Repeating sessions booked"),
    AuditKind.ATTENDANCE_RECORDED: QT_TRANSLATE_NOOP("AuditKind", "Attendance recorded"),
    AuditKind.SESSION_RESCHEDULED: QT_TRANSLATE_NOOP("AuditKind", "Session moved"),
    AuditKind.NOTE_FINALISED: QT_TRANSLATE_NOOP("AuditKind", "Note finalised"),
    AuditKind.NOTE_AMENDED: QT_TRANSLATE_NOOP("AuditKind", "Note amended"),
    AuditKind.NOTE_DELETED: QT_TRANSLATE_NOOP("AuditKind", "Draft note deleted"),
    AuditKind.NOTE_TAGS_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Tags of a finalised note changed"),
    AuditKind.NOTE_FLAGS_CHANGED: QT_TRANSLATE_NOOP(
        "AuditKind", "Flags of a finalised note changed"
    ),
    AuditKind.TEMPLATE_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Template added"),
    AuditKind.TEMPLATE_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Template changed"),
    AuditKind.TEMPLATE_DELETED: QT_TRANSLATE_NOOP("AuditKind", "Template deleted"),
    AuditKind.CONTRACT_DRAFTED: QT_TRANSLATE_NOOP("AuditKind", "Contract version drafted"),
    AuditKind.CONTRACT_DRAFT_DELETED: QT_TRANSLATE_NOOP(
        "AuditKind", "Draft contract version deleted"
    ),
    AuditKind.CONTRACT_AGREED: QT_TRANSLATE_NOOP("AuditKind", "Contract agreed"),
    AuditKind.NOTE_MOVED: QT_TRANSLATE_NOOP(
        "AuditKind", "Note moved to another client (filed in error)"
    ),
    AuditKind.RISK_RECORDED: QT_TRANSLATE_NOOP("AuditKind", "Risk logged"),
    AuditKind.RISK_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Risk entry changed"),
    AuditKind.RISK_REVIEWED: QT_TRANSLATE_NOOP("AuditKind", "Risk reviewed"),
    AuditKind.RISK_CLOSED: QT_TRANSLATE_NOOP("AuditKind", "Risk closed"),
    AuditKind.BREAK_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Practice break added"),
    AuditKind.BREAK_REMOVED: QT_TRANSLATE_NOOP("AuditKind", "Practice break removed"),
    AuditKind.CONTRACT_SUPERSEDED: QT_TRANSLATE_NOOP(
        "AuditKind", "Contract version replaced by a later one"
    ),
    AuditKind.CONTRACT_REVIEW_SET: QT_TRANSLATE_NOOP("AuditKind", "Contract review date set"),
    AuditKind.BOUNDARY_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Boundary added"),
    AuditKind.BOUNDARY_REMOVED: QT_TRANSLATE_NOOP("AuditKind", "Boundary removed"),
    AuditKind.BOUNDARY_EVENT_LOGGED: QT_TRANSLATE_NOOP("AuditKind", "Boundary event logged"),
    AuditKind.BOUNDARY_EVENT_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Boundary event changed"),
    AuditKind.BOUNDARY_EVENT_DELETED: QT_TRANSLATE_NOOP("AuditKind", "Boundary event deleted"),
    AuditKind.MEASURE_ADDED: QT_TRANSLATE_NOOP("AuditKind", "Own measure added"),
    AuditKind.SCORE_RECORDED: QT_TRANSLATE_NOOP("AuditKind", "Score entered"),
    AuditKind.SCORE_DELETED: QT_TRANSLATE_NOOP("AuditKind", "Score removed"),
    AuditKind.REFLECTION_RECORDED: QT_TRANSLATE_NOOP("AuditKind", "Reflection on a session kept"),
    AuditKind.RUPTURE_RECORDED: QT_TRANSLATE_NOOP("AuditKind", "Rupture logged"),
    AuditKind.RUPTURE_REPAIRED: QT_TRANSLATE_NOOP("AuditKind", "Repair of a rupture recorded"),
    AuditKind.FLAG_DISMISSED: QT_TRANSLATE_NOOP("AuditKind", "Possible rupture set aside"),
    AuditKind.SUPERVISION_LOGGED: QT_TRANSLATE_NOOP("AuditKind", "Supervision session logged"),
    AuditKind.SUPERVISION_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Supervision session changed"),
    AuditKind.SUPERVISION_DELETED: QT_TRANSLATE_NOOP("AuditKind", "Supervision session deleted"),
    AuditKind.REGISTRATION_YEAR_SET: QT_TRANSLATE_NOOP(
        "AuditKind", "Start of the registration year set"
    ),
    AuditKind.REDACTION_TERM_ADDED: QT_TRANSLATE_NOOP(
        "AuditKind", "Term added to a client's redaction list"
    ),
    AuditKind.REDACTION_TERM_REMOVED: QT_TRANSLATE_NOOP(
        "AuditKind", "Term removed from a client's redaction list"
    ),
    AuditKind.NOTE_EXPORTED: QT_TRANSLATE_NOOP("AuditKind", "Note saved as a file"),
    AuditKind.NOTE_PRINTED: QT_TRANSLATE_NOOP("AuditKind", "Note printed"),
    AuditKind.TIMELINE_EXPORTED: QT_TRANSLATE_NOOP("AuditKind", "Timeline saved as a file"),
    AuditKind.CONTRACT_EXPORTED: QT_TRANSLATE_NOOP("AuditKind", "Contract saved as a file"),
    AuditKind.CONTRACT_PRINTED: QT_TRANSLATE_NOOP("AuditKind", "Contract printed"),
    AuditKind.EXECUTOR_PACK_WRITTEN: QT_TRANSLATE_NOOP(
        "AuditKind", "Executor pack written (clients' contact details)"
    ),
    AuditKind.SUMMARY_EXPORTED: QT_TRANSLATE_NOOP(
        "AuditKind", "Supervision summary saved as a file"
    ),
    AuditKind.BACKUP_MADE: QT_TRANSLATE_NOOP("AuditKind", "Backup made"),
    AuditKind.BACKUP_RESTORED: QT_TRANSLATE_NOOP("AuditKind", "Backup restored"),
    AuditKind.DATA_IMPORTED: QT_TRANSLATE_NOOP("AuditKind", "Records imported"),
    AuditKind.VAULT_EXPORTED: QT_TRANSLATE_NOOP(
        "AuditKind", "Whole vault exported as an open (unencrypted) file"
    ),
    AuditKind.SUBJECT_ACCESS_WRITTEN: QT_TRANSLATE_NOOP(
        "AuditKind", "Subject access bundle written (not encrypted)"
    ),
    AuditKind.CLIENT_ERASED: QT_TRANSLATE_NOOP("AuditKind", "Client's records erased"),
    AuditKind.DEMO_GENERATED: QT_TRANSLATE_NOOP("AuditKind", "Demo data written"),
    AuditKind.RESTORE_DRILL: QT_TRANSLATE_NOOP("AuditKind", "Restore drill"),
    AuditKind.BACKUPS_REMOVED: QT_TRANSLATE_NOOP("AuditKind", "Backups removed"),
    AuditKind.RETENTION_CHANGED: QT_TRANSLATE_NOOP("AuditKind", "Retention periods changed"),
    AuditKind.RETENTION_EXTENDED: QT_TRANSLATE_NOOP("AuditKind", "Records kept longer"),
    AuditKind.EARLIER_EVENT: QT_TRANSLATE_NOOP("AuditKind", "Earlier event"),
}

# What a detail may say: which record (ids), how many, and codes from closed sets. Never
# text someone typed. A new key needs a line here, which a reviewer sees.
DETAIL_KEYS = frozenset(
    {
        "client",  # a client's id (never the code a practitioner chose, nor a name)
        "session",
        "first_session",
        "to_session",
        "sessions",  # how many
        "note",
        "amendment",
        "template",  # a template's id, "custom:3"
        "status",  # a SessionStatus value
        "format",  # an ExportFormat value
        "to",  # where something went: "file" or "printer"
        "seed",
        "clients",  # how many
        "key_counter",
        "from_version",
        "to_version",
        "version",
        "result",  # "sound" or "damaged"
        "from_client",  # where a note filed in error was (ids)
        "from_session",
        "risk",  # a risk entry's id
        "level",  # a RiskLevel value
        "ending",  # an EndingKind value
        "break",  # a practice break's id
        "moved",  # how many sessions
        "cancelled",  # how many sessions
        "removed",  # how many sessions
        "measure",  # a measure's id: "srs", or "own-2" for the practitioner's own
        "score",
        "reflection",
        "rupture",
        "flag",  # a possible-rupture flag's kind: "cutoff", "drop", "missed", "unrepaired"
        "backup",  # a backup's id in the vault's list of backups
        "backups",  # how many
        "erasure",  # an erasure record's id
        "scope",  # what an erasure removed: "client" or "process_notes"
        "rule",  # a RetentionRule value, or "client_request"
        "contract",  # a contract version's id
        "number",  # a contract version's number for its client
        "superseded_by",  # the id of the contract version that replaced this one
        "how",  # how a contract was agreed: an AgreedHow value
        "document",  # what was printed or saved: "contract" or "comparison"
        "boundary",  # an agreed boundary of the practitioner's own: its id
        "event",  # a boundary event's id
        "event_kind",  # a BoundaryKind value
        "supervision",  # a supervision session's id
        "term",  # a redaction term's id (never the term)
    }
)
_KEY = re.compile(r"^[a-z][a-z_]{0,30}$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,39}$")  # lower-case codes: no names, no prose


class AuditDetailError(ValueError):
    """A detail that is not ids and codes: a bug in the caller, never the practitioner's."""


def canonical_detail(detail: Mapping[str, DetailValue]) -> str:
    """The detail as stored and hashed: compact JSON, keys sorted, ASCII only.

    Raises AuditDetailError for a key not in ``DETAIL_KEYS`` or a value that is not an
    integer or a lower-case code (letters, digits, ``_ . : -``, at most 40).
    """
    for key, value in detail.items():
        if key not in DETAIL_KEYS or not _KEY.match(key):
            raise AuditDetailError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "audit detail key {key} is not one of DETAIL_KEYS"),
                    key=f"{key!r}",
                )
            )
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise AuditDetailError(
                phrase(
                    QT_TRANSLATE_NOOP("errors", "audit detail {key} must be an id or a code"),
                    key=f"{key!r}",
                )
            )
        if isinstance(value, str) and not _CODE.match(value):
            raise AuditDetailError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "audit detail {key} is not a code: text is never kept"
                    ),
                    key=f"{key!r}",
                )
            )
    return json.dumps(dict(detail), sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def detail_digest(detail: str) -> str:
    """SHA-256 (hex) of a canonical detail: what the entry's hash is computed over."""
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


def entry_hash(
    position: int,
    at: str,
    kind: str,
    detail: str,
    prev_hash: str,
    kept_digest: str | None = None,
) -> str:
    """SHA-256 (hex) of an entry, format 1.

    The message is the compact JSON array ``[AUDIT_FORMAT, position, at, kind,
    detail_digest, prev_hash]`` in ASCII, where ``detail_digest`` is the SHA-256 (hex) of
    the canonical detail text. Hashing the detail through its own digest leaves room for
    erasure's narrow exception: an entry naming erased records has its detail blanked and
    the digest of the detail it had kept (``kept_digest``), and its hash still holds.
    """
    digest = kept_digest if kept_digest is not None else detail_digest(detail)
    message = json.dumps(
        [AUDIT_FORMAT, position, at, kind, digest, prev_hash],
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(message.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    position: int
    at: dt.datetime  # UTC
    kind: AuditKind
    detail: dict[str, DetailValue] = field(default_factory=dict)
    erased: bool = False  # its detail named records since erased, and was blanked

    @property
    def summary(self) -> str:
        """The kind in words, then the detail as ``key value`` pairs: ids and codes only."""
        if self.erased:
            return f"{self.kind.label} (details removed with erased records)"
        parts = [f"{key.replace('_', ' ')} {value}" for key, value in sorted(self.detail.items())]
        return self.kind.label + (f" ({', '.join(parts)})" if parts else "")


@dataclass(frozen=True)
class ChainCheck:
    """What walking the chain found: how many entries, and the first that does not fit."""

    entries: int
    problem: str | None = None
    position: int | None = None  # the entry named in ``problem``

    @property
    def ok(self) -> bool:
        return self.problem is None


def _n(position: int) -> str:
    return f"{position:,}"


ChainRow = tuple[int, str, str, str, str, str] | tuple[int, str, str, str, str, str, str | None]


def chain_fault(row: ChainRow, expected_position: int, prev: str) -> str | None:
    """The chain's rule for one entry: None if ``row`` (``position, at, kind, detail,
    prev_hash, hash[, kept_digest]``) follows an entry whose hash is ``prev`` at position
    ``expected_position - 1`` (``GENESIS`` and 1 for the first); else the field that
    breaks it, checked in this order: ``detail`` (an entry blanked by an erasure must hold
    ``{}``), ``position``, ``prev_hash``, ``hash`` (not the entry's own hash). The vault's
    check and an import's check both walk the chain with this."""
    position, at, kind, detail, prev_hash, stored = row[:6]
    kept = row[6] if len(row) > 6 else None
    if kept is not None and detail != BLANK_DETAIL:
        return "detail"
    if position != expected_position:
        return "position"
    if prev_hash != prev:
        return "prev_hash"
    if entry_hash(position, at, kind, detail, prev_hash, kept) != stored:
        return "hash"
    return None


def check_chain(rows: Iterable[ChainRow], head: tuple[int, str] | None) -> ChainCheck:
    """Walk ``(position, at, kind, detail, prev_hash, hash[, kept_digest])`` rows in position
    order and name the first entry that does not fit; ``head`` is the (position, hash)
    recorded with the last entry written, which shows entries removed from the end. An
    entry blanked by an erasure (a kept digest) must have the empty detail ``{}``."""
    expected_position, prev = 1, GENESIS
    count = 0
    for row in rows:
        position, stored = row[0], row[5]
        count += 1
        fault = chain_fault(row, expected_position, prev)
        if fault in ("position", "prev_hash"):
            return ChainCheck(
                count,
                f"audit entry {_n(position)} does not follow from the one before: it was "
                "changed or removed",
                position,
            )
        if fault is not None:
            return ChainCheck(
                count,
                f"audit entry {_n(position)} was changed after it was written",
                position,
            )
        expected_position, prev = position + 1, stored
    last = expected_position - 1
    if head is None:
        if count:
            return ChainCheck(count, "the record of the audit trail's last entry is missing")
        return ChainCheck(0)
    head_position, head_hash = head
    if head_position > last:
        missing = head_position - last
        return ChainCheck(
            count,
            f"the audit trail ends at entry {_n(last)}, but {_n(head_position)} were written: "
            f"the last {_n(missing)} {'was' if missing == 1 else 'were'} removed",
            last + 1,
        )
    if head_position != last or head_hash != prev:
        return ChainCheck(
            count, f"audit entry {_n(last)} is not the last one the vault recorded", last
        )
    return ChainCheck(count)
