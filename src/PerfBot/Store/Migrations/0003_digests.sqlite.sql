-- Weekly committee digests, officer alerts, and the outbox that delivers both exactly once.
-- Portable to PostgreSQL: TEXT, INTEGER, unique constraints and ON CONFLICT only.

-- When a committee's digest goes out. A committee without a row gets the default (Monday 08:00 Europe/London).
CREATE TABLE digest_schedules (
    committee_id    INTEGER PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
    cron            TEXT NOT NULL,          -- Quartz cron: seconds minutes hours day-of-month month day-of-week
    time_zone       TEXT NOT NULL DEFAULT 'Europe/London'
);

-- A committee's digest for one week, composed once: the idempotency key is (committee, week).
CREATE TABLE digests (
    id              INTEGER PRIMARY KEY,
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    week            TEXT NOT NULL,          -- ISO week of the scheduled send, e.g. 2025-W41
    as_of           TEXT NOT NULL,          -- ISO date: only periods ended by then counted
    text            TEXT NOT NULL,
    content_json    TEXT NOT NULL,          -- the composed Digest; the next digest's changes are worked out from it
    composed_at     TEXT NOT NULL,          -- ISO instant
    UNIQUE (committee_id, week)
);

-- One row per message to deliver. A message is composed and stored here first, then sent, then marked sent with
-- the activity id the connector returned: a crash before the mark sends it on restart, a crash after never again.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,   -- digest:<committee>:<week>:<conversation> | alert:<user>:<week>
    kind            TEXT NOT NULL,          -- digest | alert
    digest_id       INTEGER REFERENCES digests(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL,          -- a stored conversation reference: a linked channel or a 1:1 chat
    text            TEXT NOT NULL,
    payload_json    TEXT NOT NULL,          -- the composed Digest or OfficerAlert, from which the card is built
    created_at      TEXT NOT NULL,
    claimed_until   TEXT,                   -- a sender's lease, so two processes never send the same row at once
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TEXT,
    activity_id     TEXT
);
CREATE INDEX ix_outbox_unsent ON outbox (sent_at, id);

-- Officers who asked for alerts, and where to reach them: their 1:1 chat with the bot.
CREATE TABLE alert_recipients (
    user_id         TEXT PRIMARY KEY,       -- the Entra object id where Teams gives one, else the Teams user id
    name            TEXT,
    email           TEXT,                   -- matched against indicators.owner, like user_id
    conversation_id TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE alert_subscriptions (
    user_id         TEXT NOT NULL REFERENCES alert_recipients(user_id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, indicator_id)
);

-- What an officer was last told (or shown when they subscribed) about each indicator they follow: alerts report changes from it.
CREATE TABLE alert_baselines (
    user_id         TEXT NOT NULL REFERENCES alert_recipients(user_id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT,
    rag             TEXT,
    is_exception    INTEGER NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, indicator_id)
);

-- A digest reads one committee's indicators; without this it scans every indicator's links.
CREATE INDEX ix_indicator_committees_committee ON indicator_committees (committee_id, indicator_id);
