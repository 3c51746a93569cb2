-- Counsel Desk schema: the alliance timeline (issue #13). Scores on measures with their
-- items, who completed them and when; the practitioner's own measures; reflections on the
-- eight conditions; ruptures and their repair; possible-rupture flags set aside, with the
-- reason. Dates are 'YYYY-MM-DD' (the day it happened, on the practitioner's calendar);
-- bookkeeping times UTC 'YYYY-MM-DDTHH:MM:SSZ'. Numbers of a score are kept as decimal
-- text ('34.5'), never as floats, so a score reads back exactly as entered.

-- A practitioner's own measure: the definition as plain values (domain/measure_mapping.py),
-- JSON. Shipped measures are files in the package, never rows here. Ids are made by the
-- app ('own-1', 'own-2'), never from a name typed.
CREATE TABLE measures (
    id          TEXT PRIMARY KEY CHECK (id GLOB 'own-[1-9]*'),
    definition  TEXT NOT NULL CHECK (json_valid(definition)),
    created_at  TEXT NOT NULL
) STRICT;

-- A score: the total, and the items when they were entered (a JSON list of decimal text).
-- measure_id names a shipped measure or a row of measures; a score whose measure no longer
-- loads is kept and shown again once it does.
CREATE TABLE scores (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    session_id   INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    measure_id   TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    completed_by TEXT NOT NULL CHECK (completed_by IN ('client', 'practitioner')),
    total        TEXT NOT NULL,
    items        TEXT CHECK (items IS NULL OR json_valid(items)),
    entered_at   TEXT NOT NULL
) STRICT;

CREATE INDEX scores_client ON scores (client_id, on_date);
CREATE INDEX scores_session ON scores (session_id);

-- The practitioner's reflection after a session: one per session (a second replaces the
-- first), its ratings one row per condition rated.
CREATE TABLE reflections (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    on_date    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX reflections_session ON reflections (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX reflections_client ON reflections (client_id, on_date);

CREATE TABLE reflection_ratings (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    condition     TEXT NOT NULL CHECK (condition IN ('communication', 'reliability',
                      'consistency', 'boundaries', 'respect', 'acceptance',
                      'trust_and_safety', 'pace_and_control')),
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    word          TEXT NOT NULL DEFAULT '' CHECK (length(word) <= 40),
    PRIMARY KEY (reflection_id, condition)
) STRICT, WITHOUT ROWID;

-- A rupture logged against a session, and its repair once there is one: never dated before
-- the rupture, and "when" and "how" together or neither.
CREATE TABLE ruptures (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    session_id        INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    on_date           TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('withdrawal', 'confrontation', 'both')),
    what_happened     TEXT NOT NULL CHECK (length(what_happened) BETWEEN 1 AND 500),
    repair_on         TEXT,
    repair_how        TEXT CHECK (repair_how IS NULL OR length(repair_how) BETWEEN 1 AND 500),
    repair_session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((repair_on IS NULL) = (repair_how IS NULL)),
    CHECK (repair_on IS NULL OR repair_on >= on_date)
) STRICT;

CREATE INDEX ruptures_client ON ruptures (client_id, on_date);
CREATE INDEX ruptures_open ON ruptures (on_date) WHERE repair_on IS NULL;

-- A possible-rupture flag set aside, with the reason, kept: the flag is still listed with
-- it. flag_key is the flag's stable key (domain/rupture_flags.py: ids and codes only).
CREATE TABLE flag_dismissals (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    flag_key   TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    on_date    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (client_id, flag_key)
) STRICT;
