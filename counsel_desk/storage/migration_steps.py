"""The Python steps of migrations: what SQL alone cannot do (hashing, reading old text).

A step runs inside its migration's transaction, after the migration's SQL and before the
version bump (``storage/migrate.py``), so the three stand or fall together. A step is
frozen with its version: it must do tomorrow exactly what it does today, so it names the
old event names and detail shapes itself instead of borrowing today's code for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from counsel_desk.domain.audit import GENESIS, canonical_detail, entry_hash
from counsel_desk.storage.db import Connection

Step = Callable[[Connection], None]

# --- version 3: chain the audit trail ----------------------------------------------------

# What schema 1 and 2 wrote, as the kinds of the chained trail. Anything else (there is
# nothing else outside the tests) becomes "earlier_event".
V3_KINDS = {
    "vault_created": "vault_created",
    "vault_opened": "unlocked",
    "passphrase_changed": "passphrase_changed",
    "passphrase_reset": "passphrase_reset",
    "data_key_rotated": "key_rotated",
    "practice_profile_saved": "practice_updated",
    "client_added": "client_added",
    "client_updated": "client_updated",
    "session_added": "session_added",
    "session_updated": "session_updated",
    "session_status": "session_status_changed",
    "session_series_added": "session_series_added",
    "attendance_recorded": "attendance_recorded",
    "session_rescheduled": "session_rescheduled",
    "note_finalised": "note_finalised",
    "note_amended": "note_amended",
    "note_deleted": "note_deleted",
    "note_tags_changed": "note_tags_changed",
    "note_flags_changed": "note_flags_changed",
    "note_exported": "note_exported",
    "note_printed": "note_printed",
    "template_added": "template_added",
    "template_deleted": "template_deleted",
    "demo_data_generated": "demo_generated",
}
V3_EARLIER = "earlier_event"

# The free-text details schema 1 and 2 wrote, read back as ids and codes. What does not fit
# (the path a note was saved to, a printer's name) is left out: a folder or a file name can
# name a client, and the chained trail keeps ids and codes only.
_V3_DETAILS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^session (\d+): ([a-z_]+)$"), ("session", "status")),
    (re.compile(r"^session (\d+) to session (\d+)$"), ("session", "to_session")),
    (re.compile(r"^(\d+) sessions from session (\d+)$"), ("sessions", "first_session")),
    (re.compile(r"^session (\d+)$"), ("session",)),
    (re.compile(r"^note (\d+) amendment (\d+)$"), ("note", "amendment")),
    (re.compile(r"^note (\d+) as ([a-z]+) to .*$", re.S), ("note", "format")),
    (re.compile(r"^note (\d+) to printer .*$", re.S), ("note",)),
    (re.compile(r"^note (\d+)$"), ("note",)),
    (re.compile(r"^template (\d+)$"), ("template",)),
    (re.compile(r"^template id (custom:\d+)$"), ("template",)),
    (re.compile(r"^seed (\d+)$"), ("seed",)),
)


def _v3_detail(conn: Connection, event: str, text: str) -> dict[str, int | str]:
    if event in ("client_added", "client_updated"):
        row = conn.execute("SELECT id FROM clients WHERE code = ?", (text,)).fetchone()
        return {"client": row[0]} if row else {}
    for pattern, keys in _V3_DETAILS:
        match = pattern.match(text)
        if match:
            detail: dict[str, int | str] = {}
            for key, value in zip(keys, match.groups(), strict=True):
                detail[key] = int(value) if value.isdigit() else value
            if detail.get("template") is not None and isinstance(detail["template"], int):
                detail["template"] = f"custom:{detail['template']}"
            if event == "note_exported":
                detail["to"] = "file"
            elif event == "note_printed":
                detail["to"] = "printer"
            return detail
    return {}


def chain_audit_entries(conn: Connection) -> None:
    """Copy schema 1's entries, oldest first, into the chained table, then drop theirs."""
    rows = conn.execute("SELECT at, event, detail FROM audit_log_unchained ORDER BY id").fetchall()
    prev = GENESIS
    for position, (at, event, old_detail) in enumerate(rows, start=1):
        kind = V3_KINDS.get(event, V3_EARLIER)
        detail = canonical_detail(_v3_detail(conn, event, old_detail or ""))
        digest = entry_hash(position, at, kind, detail, prev)
        conn.execute(
            "INSERT INTO audit_log (position, at, kind, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (position, at, kind, detail, prev, digest),
        )
        prev = digest
    conn.execute("DROP TABLE audit_log_unchained")


# version -> the step run after that version's SQL
PYTHON_STEPS: dict[int, Step] = {3: chain_audit_entries}
