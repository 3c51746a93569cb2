-- Counsel Desk: the supervision log and redaction lists (issue #14). A supervision session (date, supervisor,
-- length, one to one or group, notes, actions), the clients discussed in it, and the day
-- the practitioner's registration year begins, for hours totalled by registration year.
-- Dates are 'YYYY-MM-DD'; bookkeeping times UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE supervision_sessions (
    id          INTEGER PRIMARY KEY,
    on_date     TEXT NOT NULL,
    supervisor  TEXT NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    format      TEXT NOT NULL CHECK (format IN ('individual', 'group')),
    notes       TEXT NOT NULL DEFAULT '',
    actions     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX supervision_sessions_date ON supervision_sessions (on_date);

-- Which clients a session discussed. Erasing a client removes them from every session;
-- the session itself is the practitioner's own record and stays.
CREATE TABLE supervision_clients (
    supervision_id INTEGER NOT NULL REFERENCES supervision_sessions (id) ON DELETE CASCADE,
    client_id      INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    PRIMARY KEY (supervision_id, client_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX supervision_clients_client ON supervision_clients (client_id);

CREATE TABLE supervision_settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    registration_month INTEGER NOT NULL DEFAULT 1 CHECK (registration_month BETWEEN 1 AND 12),
    registration_day   INTEGER NOT NULL DEFAULT 1 CHECK (registration_day BETWEEN 1 AND 31)
) STRICT;

INSERT INTO supervision_settings (id) VALUES (1);

-- Each client's redaction list: people and places they mention, taken out of anything
-- prepared for supervision (their own names are added from their identity when used).
CREATE TABLE redaction_terms (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    term        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (client_id, term)
) STRICT;
