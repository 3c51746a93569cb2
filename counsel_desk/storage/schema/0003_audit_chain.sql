-- Counsel Desk schema 3: the audit trail as a hash chain (docs/ARCHITECTURE.md, "The audit
-- trail"). Each entry has a position (1, 2, 3 … with no gaps), a kind from a closed set
-- (domain/audit.py), a detail of ids and codes only (canonical JSON), and the SHA-256 hash
-- of the entry before it as well as its own. The Python step of this migration
-- (storage/migration_steps.py) chains the entries schema 1 wrote, then drops their table.

ALTER TABLE audit_log RENAME TO audit_log_unchained;

CREATE TABLE audit_log (
    position  INTEGER PRIMARY KEY CHECK (position > 0),
    at        TEXT NOT NULL,                -- UTC 'YYYY-MM-DDTHH:MM:SSZ'
    kind      TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '{}',   -- ids and codes only, never text
    prev_hash TEXT NOT NULL,                -- hex; '0' * 64 before the first entry
    hash      TEXT NOT NULL
) STRICT;

-- Append-only: an entry is never changed or removed, and each new one comes next in line.
-- (Erasure will need a narrow, documented exception: a later migration may allow blanking
-- a detail whose digest the hash keeps. None exists yet.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_next_in_line BEFORE INSERT ON audit_log
WHEN NEW.position IS NOT coalesce((SELECT max(position) FROM audit_log), 0) + 1
BEGIN
    SELECT RAISE(ABORT, 'an audit entry must come next in line');
END;

-- The last entry's position and hash, so that entries removed from the end are found.
CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
BEGIN
    INSERT INTO vault_meta (key, value) VALUES ('audit_head', NEW.position || ' ' || NEW.hash)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END;
