-- Counsel Desk schema 1: practice profile, clients (code apart from identity), sessions,
-- audit log. Dates are ISO 8601 text: dates 'YYYY-MM-DD'; session starts are local wall-clock
-- 'YYYY-MM-DDTHH:MM'; audit and bookkeeping times are UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE practice_profile (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    practitioner_name       TEXT NOT NULL DEFAULT '',
    professional_body       TEXT NOT NULL DEFAULT '',
    registration_number     TEXT NOT NULL DEFAULT '',
    default_session_minutes INTEGER NOT NULL DEFAULT 50 CHECK (default_session_minutes > 0),
    default_fee_pence       INTEGER NOT NULL DEFAULT 0 CHECK (default_fee_pence >= 0),
    currency                TEXT NOT NULL DEFAULT 'GBP'
) STRICT;

INSERT INTO practice_profile (id) VALUES (1);

CREATE TABLE clients (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status     TEXT NOT NULL CHECK (status IN ('enquiry', 'active', 'paused', 'ended')),
    start_date TEXT,
    end_date   TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX clients_status ON clients (status, code);

CREATE TABLE client_identity (
    client_id         INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    full_name         TEXT NOT NULL DEFAULT '',
    preferred_name    TEXT NOT NULL DEFAULT '',
    date_of_birth     TEXT,
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    scheduled_start TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),
    modality        TEXT NOT NULL CHECK (modality IN ('in_person', 'online', 'phone')),
    status          TEXT NOT NULL CHECK (status IN ('scheduled', 'attended', 'cancelled_client',
                                                    'cancelled_practitioner', 'did_not_attend',
                                                    'rescheduled')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_client_start ON sessions (client_id, scheduled_start);
CREATE INDEX sessions_start ON sessions (scheduled_start);

-- What happened to the vault, never what was written in it: no names, no note text.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    event  TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
