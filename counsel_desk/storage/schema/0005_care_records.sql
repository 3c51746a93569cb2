-- Counsel Desk: care records (issue 12). The risk and safeguarding log and its
-- reviews; practice breaks; what a client's record needs (their GP and consent to contact
-- them, how they may be contacted, a minor's parental responsibility, how the work ended);
-- attendance that tells the truth on both sides (early endings by agreement, a failed
-- connection or an outside event; how and when word of a cancellation came, and a short
-- reason; who asked for a reschedule; the break a session was cancelled or moved for); and
-- moving a finalised note filed under the wrong client, with its reason kept.
-- Dates are 'YYYY-MM-DD'; local times 'YYYY-MM-DDTHH:MM'; bookkeeping times UTC.

-- The risk and safeguarding log. 'actions' holds RiskAction codes, one a line.
CREATE TABLE risk_entries (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    note_id    INTEGER REFERENCES notes (id) ON DELETE SET NULL,
    on_date    TEXT NOT NULL,
    disclosed  TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('low', 'moderate', 'high', 'immediate')),
    actions    TEXT NOT NULL DEFAULT '',
    told       TEXT NOT NULL DEFAULT '',
    told_on    TEXT,
    review_on  TEXT,
    closed_on  TEXT,
    outcome    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (review_on IS NULL OR review_on >= on_date),
    CHECK (closed_on IS NULL OR closed_on >= on_date)
) STRICT;

CREATE INDEX risk_entries_client ON risk_entries (client_id, on_date);
CREATE INDEX risk_entries_open ON risk_entries (review_on) WHERE closed_on IS NULL;
CREATE INDEX risk_entries_note ON risk_entries (note_id) WHERE note_id IS NOT NULL;

-- Each review of an entry; the one that closes it has no next review.
CREATE TABLE risk_reviews (
    id          INTEGER PRIMARY KEY,
    risk_id     INTEGER NOT NULL REFERENCES risk_entries (id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    summary     TEXT NOT NULL,
    next_review TEXT,
    at          TEXT NOT NULL
) STRICT;

CREATE INDEX risk_reviews_risk ON risk_reviews (risk_id, on_date);

-- Days the practice is closed, and when clients were told.
CREATE TABLE practice_breaks (
    id         INTEGER PRIMARY KEY,
    first_day  TEXT NOT NULL,
    last_day   TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'closure', 'training', 'illness',
                                             'other')),
    label      TEXT NOT NULL DEFAULT '',
    told_on    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (last_day >= first_day)
) STRICT;

CREATE INDEX practice_breaks_days ON practice_breaks (first_day, last_day);

-- What a client's record needs; identity stays apart from the code, as before.
ALTER TABLE client_identity ADD COLUMN gp_name TEXT NOT NULL DEFAULT '';
ALTER TABLE client_identity ADD COLUMN gp_practice TEXT NOT NULL DEFAULT '';
ALTER TABLE client_identity ADD COLUMN gp_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE client_identity ADD COLUMN gp_consent TEXT NOT NULL DEFAULT 'not_asked'
    CHECK (gp_consent IN ('not_asked', 'given', 'refused'));
ALTER TABLE client_identity ADD COLUMN may_text INTEGER NOT NULL DEFAULT 0
    CHECK (may_text IN (0, 1));
ALTER TABLE client_identity ADD COLUMN may_voicemail INTEGER NOT NULL DEFAULT 0
    CHECK (may_voicemail IN (0, 1));
ALTER TABLE client_identity ADD COLUMN may_email INTEGER NOT NULL DEFAULT 0
    CHECK (may_email IN (0, 1));
ALTER TABLE client_identity ADD COLUMN minor INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1));
ALTER TABLE client_identity ADD COLUMN parental_responsibility TEXT NOT NULL DEFAULT '';

ALTER TABLE clients ADD COLUMN ending TEXT
    CHECK (ending IN ('planned', 'unplanned', 'referred_on', 'lost_contact'));
ALTER TABLE clients ADD COLUMN signposting TEXT NOT NULL DEFAULT '';

-- Attendance. An early ending's kind lives in early_ending from now on (schema 2's
-- ended_early_by could only say client or practitioner, and a CHECK cannot be widened
-- without rebuilding sessions, which the notes' cascades forbid): copied here, then
-- ended_early_by is no longer written.
ALTER TABLE sessions ADD COLUMN early_ending TEXT
    CHECK (early_ending IN ('client', 'practitioner', 'agreed', 'connection', 'outside'));
UPDATE sessions SET early_ending = ended_early_by WHERE ended_early_by IS NOT NULL;
ALTER TABLE sessions ADD COLUMN received_at TEXT;  -- local: when word of a cancellation came
ALTER TABLE sessions ADD COLUMN received_by TEXT
    CHECK (received_by IN ('phone', 'text', 'email', 'voicemail', 'in_person', 'other'));
ALTER TABLE sessions ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN asked_by TEXT CHECK (asked_by IN ('client', 'practitioner'));
ALTER TABLE sessions ADD COLUMN break_id INTEGER REFERENCES practice_breaks (id)
    ON DELETE SET NULL;

-- Filed in error: a finalised note moved to the right client's session, with the reason.
-- The note keeps its text, amendments and search entry; only where it is filed changes.
CREATE TABLE note_moves (
    id              INTEGER PRIMARY KEY,
    note_id         INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    from_session_id INTEGER NOT NULL,
    from_client_id  INTEGER NOT NULL,
    to_session_id   INTEGER NOT NULL,
    to_client_id    INTEGER NOT NULL,
    reason          TEXT NOT NULL CHECK (length(reason) > 0),
    at              TEXT NOT NULL
) STRICT;

CREATE INDEX note_moves_note ON note_moves (note_id, id);

-- A finalised note stays locked, with one narrow exception: its session and client may
-- change to exactly those of the note's latest recorded move, from where it was.
DROP TRIGGER notes_final_locked;
CREATE TRIGGER notes_final_locked BEFORE UPDATE OF session_id, client_id, kind, template_id,
    title, body, status, finalised_at ON notes
WHEN OLD.status = 'final' AND NOT (
    NEW.kind IS OLD.kind AND NEW.template_id IS OLD.template_id AND NEW.title IS OLD.title
    AND NEW.body IS OLD.body AND NEW.status IS OLD.status
    AND NEW.finalised_at IS OLD.finalised_at
    AND EXISTS (
        SELECT 1 FROM note_moves m
        WHERE m.id = (SELECT max(id) FROM note_moves WHERE note_id = OLD.id)
          AND m.from_session_id = OLD.session_id AND m.from_client_id = OLD.client_id
          AND m.to_session_id = NEW.session_id AND m.to_client_id = NEW.client_id
    )
)
BEGIN
    SELECT RAISE(ABORT, 'note is finalised');
END;
