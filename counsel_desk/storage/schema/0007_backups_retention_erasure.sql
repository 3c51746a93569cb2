-- Counsel Desk schema: the backups made, how long records are kept (the practitioner's
-- policy and the extensions they decide), erasure records, and the two narrow exceptions an
-- erasure needs in the triggers that keep finalised notes and the audit trail
-- (docs/ARCHITECTURE.md, "Backups, retention and erasure"). Its number changes at merges.

-- Every backup Counsel Desk made: where, when, and whether the check in a fresh process
-- matched the vault at that moment. Paths stay inside the encrypted vault; the audit trail
-- records only that a backup was made.
CREATE TABLE backups (
    id          INTEGER PRIMARY KEY,
    made_at     TEXT NOT NULL,               -- UTC 'YYYY-MM-DDTHH:MM:SSZ'
    file_name   TEXT NOT NULL,
    folder      TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    db_sha256   TEXT NOT NULL,
    verified_at TEXT,                        -- UTC; NULL: not verified
    removed_at  TEXT                         -- UTC; when Counsel Desk removed the file
) STRICT;

CREATE INDEX backups_made ON backups (made_at);

-- The practitioner's retention defaults (one row).
CREATE TABLE retention_policy (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    adult_years        INTEGER NOT NULL DEFAULT 7 CHECK (adult_years BETWEEN 1 AND 100),
    minor_until_age    INTEGER NOT NULL DEFAULT 25 CHECK (minor_until_age BETWEEN 18 AND 100),
    process_note_years INTEGER CHECK (process_note_years BETWEEN 0 AND 100)
) STRICT;

INSERT INTO retention_policy (id) VALUES (1);

-- A decision to keep one client's records (or only their process notes) longer, and why.
-- The reason is the practitioner's words about the client: it goes with the client.
CREATE TABLE retention_holds (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    until              TEXT NOT NULL,        -- 'YYYY-MM-DD'
    reason             TEXT NOT NULL,
    process_notes_only INTEGER NOT NULL DEFAULT 0 CHECK (process_notes_only IN (0, 1)),
    at                 TEXT NOT NULL         -- UTC
) STRICT;

CREATE INDEX retention_holds_client ON retention_holds (client_id);

-- What was erased, with no clinical content: the client's code, when, which kinds of data
-- and how many of each, by which rule, and which copies outside the vault (backups, copies
-- taken before an upgrade) still held the data at that moment.
CREATE TABLE erasures (
    id                INTEGER PRIMARY KEY,
    at                TEXT NOT NULL,         -- UTC
    client_code       TEXT NOT NULL,
    scope             TEXT NOT NULL CHECK (scope IN ('client', 'process_notes')),
    rule              TEXT NOT NULL,
    counts            TEXT NOT NULL,         -- JSON {"kind": count}
    copies            TEXT NOT NULL DEFAULT '[]',  -- JSON [{"kind", "name", "folder", "made"}]
    copies_removed_at TEXT,                  -- UTC; when those backups were removed
    scrubbed_at       TEXT                   -- UTC; when the whole database was rewritten
                                             -- after it (NULL: at the next unlock)
) STRICT;

-- Written and emptied inside one erasure's transaction: the mark that lets the two
-- triggers below make their exception. Empty at every other moment.
CREATE TABLE erasure_in_progress (
    client_id INTEGER PRIMARY KEY,
    scope     TEXT NOT NULL CHECK (scope IN ('client', 'process_notes'))
) STRICT;

-- Deleting a client's sessions looks up the sessions moved to them (ON DELETE SET NULL):
-- without an index that is a scan of every session per session deleted (0.3 s of a ten-year
-- client's erasure; 0.02 s with it).
CREATE INDEX sessions_rescheduled_to ON sessions (rescheduled_to_session_id);

-- A finalised note is removed only by an erasure of its client, or of its client's process
-- notes when it is one (before: also with its session, which nothing does).
DROP TRIGGER notes_final_kept;

CREATE TRIGGER notes_final_kept BEFORE DELETE ON notes
WHEN OLD.status = 'final' AND NOT EXISTS (
    SELECT 1 FROM erasure_in_progress e
    WHERE e.client_id = OLD.client_id
      AND (e.scope = 'client' OR (e.scope = 'process_notes' AND OLD.kind = 'process'))
)
BEGIN
    SELECT RAISE(ABORT, 'note is finalised');
END;

-- The audit trail stays append-only, with one exception: during an erasure, an entry whose
-- detail names the erased records may have its detail blanked ('{}'), once, keeping the
-- SHA-256 of the detail it had in detail_digest. The entry's hash is over that digest
-- (format 1 hashes the detail through its digest), so the chain still verifies; nothing
-- else of any entry can change.
ALTER TABLE audit_log ADD COLUMN detail_digest TEXT;

DROP TRIGGER audit_log_no_update;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    EXISTS (SELECT 1 FROM erasure_in_progress)
    AND OLD.detail_digest IS NULL
    AND NEW.detail = '{}'
    AND NEW.detail_digest IS NOT NULL AND length(NEW.detail_digest) = 64
    AND NEW.position = OLD.position AND NEW.at = OLD.at AND NEW.kind = OLD.kind
    AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
