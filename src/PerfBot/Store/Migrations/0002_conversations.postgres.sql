-- 0002_conversations.sqlite.sql on PostgreSQL: committee ids are BIGINT, as committees.id is.

CREATE TABLE conversation_references (
    conversation_id     TEXT PRIMARY KEY,
    channel_id          TEXT NOT NULL,
    service_url         TEXT NOT NULL,
    scope               TEXT NOT NULL,
    tenant_id           TEXT,
    bot_id              TEXT NOT NULL,
    bot_name            TEXT,
    team_id             TEXT,
    teams_channel_id    TEXT,
    user_id             TEXT,
    user_aad_object_id  TEXT,
    installed_at        TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX ix_conversation_references_team ON conversation_references (team_id);
CREATE INDEX ix_conversation_references_tenant ON conversation_references (tenant_id);

CREATE TABLE committee_channels (
    conversation_id     TEXT PRIMARY KEY REFERENCES conversation_references(conversation_id) ON DELETE CASCADE,
    committee_id        BIGINT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    linked_by_user_id   TEXT NOT NULL,
    linked_by_aad_object_id TEXT,
    linked_by_name      TEXT,
    linked_at           TEXT NOT NULL
);
CREATE INDEX ix_committee_channels_committee ON committee_channels (committee_id);
