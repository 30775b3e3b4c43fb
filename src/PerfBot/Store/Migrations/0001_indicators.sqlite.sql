-- The indicator store. Types and syntax kept to what PostgreSQL also accepts (TEXT, INTEGER, REAL,
-- foreign keys, unique constraints), so a council that outgrows one machine can move with little change.

CREATE TABLE committees (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    chair           TEXT,
    vice_chair      TEXT,
    source          TEXT
);

CREATE TABLE committee_members (
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT 'member',
    PRIMARY KEY (committee_id, name)
);

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    meeting_date    TEXT NOT NULL,          -- ISO date, yyyy-MM-dd
    title           TEXT,
    origin          TEXT NOT NULL DEFAULT 'store',  -- store | graph
    source          TEXT,
    UNIQUE (committee_id, meeting_date)
);

CREATE TABLE forward_plan_items (
    id              INTEGER PRIMARY KEY,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    meeting_date    TEXT,
    item            TEXT NOT NULL,
    detail          TEXT,
    source          TEXT
);

CREATE TABLE indicators (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL UNIQUE,   -- the name folded for matching: lower case, single spaces
    service_area    TEXT,
    unit            TEXT,
    frequency       TEXT,                   -- monthly | quarterly | annual
    polarity        TEXT NOT NULL DEFAULT 'none',  -- higher | lower | none
    polarity_reason TEXT,
    owner           TEXT,
    amber_tolerance REAL
);

CREATE TABLE indicator_aliases (
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    PRIMARY KEY (indicator_id, alias)
);

CREATE TABLE indicator_committees (
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    PRIMARY KEY (indicator_id, committee_id)
);

-- One row per indicator and period, clustered on that key: an indicator's history is one contiguous range and an
-- import writes one B-tree, not a table and two indexes. (On PostgreSQL: the same, without WITHOUT ROWID.)
CREATE TABLE measurements (
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,          -- canonical label, e.g. Oct-20, Q2 2025/26, 2017/18
    period_start    TEXT NOT NULL,          -- ISO date
    period_end      TEXT NOT NULL,          -- ISO date; orders periods of any length
    value           REAL,
    target          REAL,
    reported_rag    TEXT,                   -- as the report gave it
    reported_direction TEXT,
    commentary      TEXT,
    actions         TEXT,
    source          TEXT,
    PRIMARY KEY (indicator_id, period)
) WITHOUT ROWID;

CREATE TABLE benchmarks (
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    kind            TEXT NOT NULL,          -- england | neighbours | good_plus | region
    value           REAL NOT NULL,
    source          TEXT,
    PRIMARY KEY (indicator_id, period, kind)
);

CREATE TABLE strategic_risks (
    id              TEXT PRIMARY KEY,
    description     TEXT NOT NULL,
    rating          TEXT,
    trend           TEXT,
    source          TEXT
);

CREATE TABLE risk_indicators (
    risk_id         TEXT NOT NULL REFERENCES strategic_risks(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, indicator_id)
);

CREATE TABLE risk_committees (
    risk_id         TEXT NOT NULL REFERENCES strategic_risks(id) ON DELETE CASCADE,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    PRIMARY KEY (risk_id, committee_id)
);

-- Council vocabulary: abbreviations and plain-English synonyms, editable by officers.
CREATE TABLE vocabulary (
    term            TEXT PRIMARY KEY,
    means           TEXT NOT NULL,
    note            TEXT
);
