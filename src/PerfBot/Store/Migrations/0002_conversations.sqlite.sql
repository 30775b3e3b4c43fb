-- Where the bot can speak without being spoken to first: one row per conversation it is installed in (a personal
-- chat, a group chat, a team's channel), learned from authenticated installation events. A serviceUrl is only
-- ever stored from an authenticated activity, so the outbound client may trust it.

CREATE TABLE conversation_references (
    conversation_id     TEXT PRIMARY KEY,       -- for a channel: the channel id (19:…@thread.tacv2), never a thread
    channel_id          TEXT NOT NULL,          -- the Bot Framework channel, e.g. msteams
    service_url         TEXT NOT NULL,
    scope               TEXT NOT NULL,          -- personal | groupChat | channel
    tenant_id           TEXT,
    bot_id              TEXT NOT NULL,
    bot_name            TEXT,
    team_id             TEXT,
    teams_channel_id    TEXT,
    user_id             TEXT,                   -- personal chats: the user's Teams id (29:…)
    user_aad_object_id  TEXT,
    installed_at        TEXT NOT NULL,          -- ISO instant
    updated_at          TEXT NOT NULL
);
CREATE INDEX ix_conversation_references_team ON conversation_references (team_id);
CREATE INDEX ix_conversation_references_tenant ON conversation_references (tenant_id);

-- Which committee's digests go to which channel. One committee per channel; a committee may have several channels.
CREATE TABLE committee_channels (
    conversation_id     TEXT PRIMARY KEY REFERENCES conversation_references(conversation_id) ON DELETE CASCADE,
    committee_id        INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    linked_by_user_id   TEXT NOT NULL,
    linked_by_aad_object_id TEXT,
    linked_by_name      TEXT,
    linked_at           TEXT NOT NULL           -- ISO instant
);
CREATE INDEX ix_committee_channels_committee ON committee_channels (committee_id);
