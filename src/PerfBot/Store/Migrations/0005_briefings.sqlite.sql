-- Pre-meeting briefings: per-committee settings, the briefs as composed, who they were sent to, the key
-- that signs download links, and the Graph calendar sync's bookkeeping.

-- One row per committee that wants briefs; a committee without a row gets the defaults (5 working days, no channel).
CREATE TABLE briefing_settings (
    committee_id            INTEGER PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
    working_days_before     INTEGER NOT NULL DEFAULT 5,
    post_to_channel         INTEGER NOT NULL DEFAULT 0,   -- 1: also post to the committee's linked channel(s)
    chair_aad_object_id     TEXT,                         -- the chair's Entra object id, for the 1:1 message
    tenant_id               TEXT,
    calendar_group_id       TEXT,                         -- the committee's Microsoft 365 group, for the Graph sync
    calendar_subject_pattern TEXT                         -- a .NET regular expression matched against event subjects
);

-- A brief as composed, kept as JSON so the card, the .docx behind its link and any later audit show the same figures.
CREATE TABLE briefings (
    id              TEXT PRIMARY KEY,                    -- random, 128 bits, hex
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    meeting_date    TEXT NOT NULL,                       -- ISO date
    composed_on     TEXT NOT NULL,                       -- ISO date the brief is as of
    kind            TEXT NOT NULL,                       -- scheduled | requested
    content         TEXT NOT NULL,
    created_at      TEXT NOT NULL                        -- ISO instant
);
-- The scheduled brief for a meeting is composed once, whatever retries or restarts happen.
CREATE UNIQUE INDEX ux_briefings_scheduled ON briefings (committee_id, meeting_date) WHERE kind = 'scheduled';

CREATE TABLE briefing_deliveries (
    briefing_id     TEXT NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    recipient       TEXT NOT NULL,                       -- an Entra object id, or channel:<conversation id>
    link_expires_at TEXT,                                -- ISO instant; null for channel posts, which carry no link
    sent_at         TEXT,                                -- null until the message was accepted
    error           TEXT,
    PRIMARY KEY (briefing_id, recipient)
);

-- Secrets PerfBot generates for itself when configuration gives none (Briefings:LinkKey).
CREATE TABLE briefing_secrets (
    name            TEXT PRIMARY KEY,
    value           TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

-- Meetings synced from a group calendar keep the Graph event id, so a moved meeting replaces its old date.
ALTER TABLE meetings ADD COLUMN external_id TEXT;

CREATE TABLE calendar_sync_runs (
    id              INTEGER PRIMARY KEY,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    started_at      TEXT NOT NULL,
    outcome         TEXT NOT NULL,                       -- ok | failed
    events_seen     INTEGER NOT NULL DEFAULT 0,
    meetings_matched INTEGER NOT NULL DEFAULT 0,
    error           TEXT
);
