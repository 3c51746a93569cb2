-- Counsel Desk schema 2: session notes, their amendments and autosaved drafts, note tags,
-- practitioner templates, full-text search, and attendance recorded on each session.
-- Times are UTC 'YYYY-MM-DDTHH:MM:SSZ' unless noted; actual session times are local
-- wall-clock 'YYYY-MM-DDTHH:MM' like scheduled_start.

-- Attendance: what happened at a session, as data the timeline and reliability figures read.
ALTER TABLE sessions ADD COLUMN actual_start TEXT;
ALTER TABLE sessions ADD COLUMN actual_end TEXT;
ALTER TABLE sessions ADD COLUMN client_late_minutes INTEGER CHECK (client_late_minutes >= 0);
ALTER TABLE sessions ADD COLUMN practitioner_late_minutes INTEGER
    CHECK (practitioner_late_minutes >= 0);
ALTER TABLE sessions ADD COLUMN ended_early_minutes INTEGER CHECK (ended_early_minutes >= 0);
ALTER TABLE sessions ADD COLUMN ended_early_by TEXT
    CHECK (ended_early_by IN ('client', 'practitioner'));
ALTER TABLE sessions ADD COLUMN notice_hours REAL CHECK (notice_hours >= 0);
ALTER TABLE sessions ADD COLUMN rescheduled_to_session_id INTEGER
    REFERENCES sessions (id) ON DELETE SET NULL;
ALTER TABLE sessions ADD COLUMN attendance_recorded_at TEXT;

-- Past sessions whose attendance is not yet recorded (the Today list).
CREATE INDEX sessions_unrecorded ON sessions (scheduled_start) WHERE status = 'scheduled';

-- A note belongs to one session; client_id is copied from the session for fast filters.
-- 'session' is the clinical record; 'process' is the practitioner's own reflection.
CREATE TABLE notes (
    id                   INTEGER PRIMARY KEY,
    session_id           INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    client_id            INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('session', 'process')),
    template_id          TEXT,
    title                TEXT NOT NULL DEFAULT '',
    risk_flag            INTEGER NOT NULL DEFAULT 0 CHECK (risk_flag IN (0, 1)),
    supervision_flag     INTEGER NOT NULL DEFAULT 0 CHECK (supervision_flag IN (0, 1)),
    status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    revision             INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    finalised_at         TEXT,
    tags                 TEXT NOT NULL DEFAULT '',  -- note_tags joined by newlines, sorted
    supervision_question TEXT NOT NULL DEFAULT '',
    body                 TEXT NOT NULL DEFAULT '',  -- last: list queries never touch its pages
    CHECK ((status = 'final') = (finalised_at IS NOT NULL))
) STRICT;

CREATE INDEX notes_session ON notes (session_id, kind);
CREATE INDEX notes_client ON notes (client_id, status);
CREATE INDEX notes_unfinished ON notes (updated_at) WHERE status = 'draft';
CREATE INDEX notes_risk ON notes (client_id) WHERE risk_flag = 1;
CREATE INDEX notes_supervision ON notes (client_id) WHERE supervision_flag = 1;

-- A finalised note is the signed record: its text, kind and session never change, and it
-- is only removed with its session or client (retention erasure), never on its own.
CREATE TRIGGER notes_final_locked BEFORE UPDATE OF session_id, client_id, kind, template_id,
    title, body, status, finalised_at ON notes
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'note is finalised');
END;

CREATE TRIGGER notes_final_kept BEFORE DELETE ON notes
WHEN OLD.status = 'final' AND EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
    AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'note is finalised');
END;

-- Tags, normalised (lower-case) for exact filters and counts. notes.tags mirrors them,
-- newline-joined and sorted, for lists and search. These triggers keep the mirror in step
-- and touch it only when it lacks an added tag or still holds a removed one, so a writer
-- that sets notes.tags first (set_tags, bulk inserts) costs a single search-index rewrite.
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (note_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX note_tags_tag ON note_tags (tag, note_id);

CREATE TRIGGER note_tags_added AFTER INSERT ON note_tags
BEGIN
    UPDATE notes SET tags = (
        SELECT group_concat(tag, char(10) ORDER BY tag) FROM note_tags WHERE note_id = NEW.note_id
    ) WHERE id = NEW.note_id
      AND instr(char(10) || tags || char(10), char(10) || NEW.tag || char(10)) = 0;
END;

CREATE TRIGGER note_tags_removed AFTER DELETE ON note_tags
BEGIN
    UPDATE notes SET tags = coalesce((
        SELECT group_concat(tag, char(10) ORDER BY tag) FROM note_tags WHERE note_id = OLD.note_id
    ), '') WHERE id = OLD.note_id
      AND instr(char(10) || tags || char(10), char(10) || OLD.tag || char(10)) > 0;
END;

-- Appended to a finalised note; the original text stays as it was.
CREATE TABLE note_amendments (
    id      INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    body    TEXT NOT NULL,
    reason  TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
) STRICT;

CREATE INDEX note_amendments_note ON note_amendments (note_id, id);

CREATE TRIGGER note_amendments_append_only BEFORE UPDATE ON note_amendments
BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;

CREATE TRIGGER note_amendments_kept BEFORE DELETE ON note_amendments
WHEN EXISTS (SELECT 1 FROM notes WHERE id = OLD.note_id)
BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;

-- Autosave: the editor's unsaved text, one row per note, replaced in one statement.
CREATE TABLE drafts (
    note_id       INTEGER PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE,
    cursor        INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    saved_at      TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL
) STRICT;

-- The practitioner's own templates; built-in templates ship in resources/templates.
CREATE TABLE note_templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL CHECK (kind IN ('session', 'process')),
    description TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Full-text search. The index keeps its own copy of the text (inside the encrypted vault)
-- because snippet() needs it and tags and amendments live in other tables, which an
-- external-content index could not delete from reliably. rowid = notes.id.
-- secure-delete removes a deleted note's tokens from the index at once, not at a later merge.
CREATE VIRTUAL TABLE notes_fts USING fts5 (
    title, body, tags, amendments,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO notes_fts (rowid, title, body, tags, amendments)
    VALUES (NEW.id, NEW.title, NEW.body, NEW.tags, '');
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, body, tags ON notes
WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body OR OLD.tags IS NOT NEW.tags
BEGIN
    UPDATE notes_fts SET title = NEW.title, body = NEW.body, tags = NEW.tags WHERE rowid = NEW.id;
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
BEGIN
    DELETE FROM notes_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER notes_fts_amended AFTER INSERT ON note_amendments
BEGIN
    UPDATE notes_fts SET amendments = (
        SELECT group_concat(body, char(10) ORDER BY id) FROM note_amendments
        WHERE note_id = NEW.note_id
    ) WHERE rowid = NEW.note_id;
END;
