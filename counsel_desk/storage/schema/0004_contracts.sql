-- Counsel Desk: contracts and boundaries (issue #11). The practice profile gains the details
-- a contract quotes and the default terms; clients gain the day they first got in touch;
-- each client's contract is a series of versions, each with its own clauses, terms and copy
-- of the practice details; boundaries of the practitioner's own and boundary events.
-- Dates are 'YYYY-MM-DD'; bookkeeping times UTC 'YYYY-MM-DDTHH:MM:SSZ'.

ALTER TABLE practice_profile ADD COLUMN practice_address TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN how_to_pay TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN online_platform TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN records_kept_years INTEGER NOT NULL DEFAULT 7
    CHECK (records_kept_years BETWEEN 1 AND 100);
ALTER TABLE practice_profile ADD COLUMN clinical_will_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE practice_profile ADD COLUMN frequency TEXT NOT NULL DEFAULT 'weekly'
    CHECK (frequency IN ('weekly', 'fortnightly', 'monthly', 'as_agreed'));
ALTER TABLE practice_profile ADD COLUMN client_notice_hours INTEGER NOT NULL DEFAULT 48
    CHECK (client_notice_hours BETWEEN 0 AND 8784);
ALTER TABLE practice_profile ADD COLUMN practitioner_notice_hours INTEGER NOT NULL DEFAULT 48
    CHECK (practitioner_notice_hours BETWEEN 0 AND 8784);
ALTER TABLE practice_profile ADD COLUMN short_notice_charge_percent INTEGER NOT NULL
    DEFAULT 100 CHECK (short_notice_charge_percent BETWEEN 0 AND 100);
ALTER TABLE practice_profile ADD COLUMN late_wait_minutes INTEGER NOT NULL DEFAULT 20
    CHECK (late_wait_minutes >= 0);
ALTER TABLE practice_profile ADD COLUMN practitioner_lateness TEXT NOT NULL
    DEFAULT 'make_up_time'
    CHECK (practitioner_lateness IN ('make_up_time', 'reduce_fee', 'client_chooses'));
ALTER TABLE practice_profile ADD COLUMN contact_channels TEXT NOT NULL DEFAULT 'email,text';
ALTER TABLE practice_profile ADD COLUMN contact_arrangements_only INTEGER NOT NULL DEFAULT 1
    CHECK (contact_arrangements_only IN (0, 1));
ALTER TABLE practice_profile ADD COLUMN reply_within_days INTEGER NOT NULL DEFAULT 2
    CHECK (reply_within_days BETWEEN 1 AND 30);

-- The day a client first got in touch: no contract is agreed, and no boundary event
-- happens, before it. Unknown (NULL) for clients added before this version.
ALTER TABLE clients ADD COLUMN first_contact TEXT;

-- One row per version of a client's contract. Its terms are columns (attendance is judged
-- by the notice periods); ``practice`` is the version's own copy of the practice details it
-- quotes, as JSON, taken while it was a draft.
CREATE TABLE contract_versions (
    id                          INTEGER PRIMARY KEY,
    client_id                   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    number                      INTEGER NOT NULL CHECK (number > 0),
    title                       TEXT NOT NULL,
    template_id                 TEXT NOT NULL DEFAULT '',
    remote                      INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
    status                      TEXT NOT NULL DEFAULT 'draft'
                                CHECK (status IN ('draft', 'agreed', 'superseded')),
    agreed_on                   TEXT,
    agreed_how                  TEXT CHECK (agreed_how IN ('signed_paper', 'in_session',
                                                           'by_email')),
    superseded_on               TEXT,
    review_on                   TEXT,
    session_minutes             INTEGER NOT NULL CHECK (session_minutes BETWEEN 5 AND 480),
    frequency                   TEXT NOT NULL
                                CHECK (frequency IN ('weekly', 'fortnightly', 'monthly',
                                                     'as_agreed')),
    fee_pence                   INTEGER NOT NULL CHECK (fee_pence >= 0),
    currency                    TEXT NOT NULL,
    client_notice_hours         INTEGER NOT NULL CHECK (client_notice_hours BETWEEN 0 AND 8784),
    practitioner_notice_hours   INTEGER NOT NULL
                                CHECK (practitioner_notice_hours BETWEEN 0 AND 8784),
    short_notice_charge_percent INTEGER NOT NULL
                                CHECK (short_notice_charge_percent BETWEEN 0 AND 100),
    late_wait_minutes           INTEGER NOT NULL CHECK (late_wait_minutes >= 0),
    practitioner_lateness       TEXT NOT NULL,
    contact_channels            TEXT NOT NULL,
    contact_arrangements_only   INTEGER NOT NULL CHECK (contact_arrangements_only IN (0, 1)),
    reply_within_days           INTEGER NOT NULL,
    practice                    TEXT NOT NULL DEFAULT '{}',
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    UNIQUE (client_id, number),
    CHECK ((status = 'draft') = (agreed_on IS NULL)),
    CHECK ((agreed_on IS NULL) = (agreed_how IS NULL)),
    CHECK ((status = 'superseded') = (superseded_on IS NOT NULL))
) STRICT;

-- One draft and one version in force per client at a time.
CREATE UNIQUE INDEX contract_one_draft ON contract_versions (client_id) WHERE status = 'draft';
CREATE UNIQUE INDEX contract_one_in_force ON contract_versions (client_id)
    WHERE status = 'agreed';
CREATE INDEX contract_reviews ON contract_versions (review_on) WHERE status = 'agreed';

-- An agreed version is the signed record, like a finalised note: only its review date may
-- move (a reminder, not part of the agreement), and it may be superseded once, on a date.
-- A superseded version never changes. Neither is removed but with its client.
CREATE TRIGGER contract_agreed_locked BEFORE UPDATE ON contract_versions
WHEN OLD.status <> 'draft' AND NOT (
    NEW.id IS OLD.id AND NEW.client_id IS OLD.client_id AND NEW.number IS OLD.number
    AND NEW.title IS OLD.title AND NEW.template_id IS OLD.template_id
    AND NEW.remote IS OLD.remote AND NEW.agreed_on IS OLD.agreed_on
    AND NEW.agreed_how IS OLD.agreed_how
    AND NEW.session_minutes IS OLD.session_minutes AND NEW.frequency IS OLD.frequency
    AND NEW.fee_pence IS OLD.fee_pence AND NEW.currency IS OLD.currency
    AND NEW.client_notice_hours IS OLD.client_notice_hours
    AND NEW.practitioner_notice_hours IS OLD.practitioner_notice_hours
    AND NEW.short_notice_charge_percent IS OLD.short_notice_charge_percent
    AND NEW.late_wait_minutes IS OLD.late_wait_minutes
    AND NEW.practitioner_lateness IS OLD.practitioner_lateness
    AND NEW.contact_channels IS OLD.contact_channels
    AND NEW.contact_arrangements_only IS OLD.contact_arrangements_only
    AND NEW.reply_within_days IS OLD.reply_within_days
    AND NEW.practice IS OLD.practice AND NEW.created_at IS OLD.created_at
    AND (
        (OLD.status = 'agreed' AND NEW.status = 'agreed'
            AND NEW.superseded_on IS NULL)
        OR (OLD.status = 'agreed' AND NEW.status = 'superseded'
            AND NEW.superseded_on IS NOT NULL AND NEW.review_on IS OLD.review_on)
    )
)
BEGIN
    SELECT RAISE(ABORT, 'contract version is agreed');
END;

CREATE TRIGGER contract_agreed_kept BEFORE DELETE ON contract_versions
WHEN OLD.status <> 'draft' AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'contract version is agreed');
END;

-- A version's clauses in order: its own copy of every word, never a template's.
CREATE TABLE contract_clauses (
    version_id INTEGER NOT NULL REFERENCES contract_versions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    key        TEXT NOT NULL,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    PRIMARY KEY (version_id, key)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER contract_clauses_added_locked BEFORE INSERT ON contract_clauses
WHEN EXISTS (SELECT 1 FROM contract_versions WHERE id = NEW.version_id AND status <> 'draft')
BEGIN
    SELECT RAISE(ABORT, 'contract version is agreed');
END;

CREATE TRIGGER contract_clauses_changed_locked BEFORE UPDATE ON contract_clauses
WHEN EXISTS (SELECT 1 FROM contract_versions WHERE id = OLD.version_id AND status <> 'draft')
    OR EXISTS (SELECT 1 FROM contract_versions WHERE id = NEW.version_id AND status <> 'draft')
BEGIN
    SELECT RAISE(ABORT, 'contract version is agreed');
END;

CREATE TRIGGER contract_clauses_kept BEFORE DELETE ON contract_clauses
WHEN EXISTS (SELECT 1 FROM contract_versions WHERE id = OLD.version_id AND status <> 'draft')
BEGIN
    SELECT RAISE(ABORT, 'contract version is agreed');
END;

-- Boundaries a practitioner adds for one client, beside those the contract sets.
CREATE TABLE client_boundaries (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX client_boundaries_client ON client_boundaries (client_id, id);

-- What tested a boundary: the timeline draws them. ``clause_key`` names the contract's
-- clause or an own boundary ('boundary-<id>'); the session is the one it happened at or after.
CREATE TABLE boundary_events (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    on_date       TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN (
                      'contact_between_sessions', 'gift_offered', 'chance_meeting',
                      'social_media_request', 'session_overrun', 'lateness',
                      'request_to_extend', 'dual_relationship_risk', 'other')),
    initiated_by  TEXT NOT NULL
                  CHECK (initiated_by IN ('client', 'practitioner', 'someone_else', 'nobody')),
    what_happened TEXT NOT NULL,
    what_was_done TEXT NOT NULL DEFAULT '',
    clause_key    TEXT,
    session_id    INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX boundary_events_client ON boundary_events (client_id, on_date);
