-- One sending path: the outbox also carries messages to a person by Entra object id (a chair's brief, in a 1:1 chat that
-- may not exist yet), and what a message is about (a brief), so "addressed to" is a row and "sent" its sent_at.
-- briefing_deliveries, the briefs' own exactly-once table without a lease, is folded into it.
-- SQLite cannot drop a NOT NULL, so the table is rebuilt; the new columns come last, as on PostgreSQL.
CREATE TABLE outbox_v2 (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,   -- digest:<committee>:<week>:<conversation> | alert:<user>:<week> | brief:<id>:person:<oid>[:request:<n>] | brief:<id>:channel:<conversation>
    kind            TEXT NOT NULL,          -- digest | alert | brief
    digest_id       INTEGER REFERENCES digests(id) ON DELETE CASCADE,
    conversation_id TEXT,                   -- a stored conversation reference: a linked channel or a 1:1 chat
    text            TEXT NOT NULL,
    payload_json    TEXT NOT NULL,          -- what the feature composed, from which the card is built again on every send
    created_at      TEXT NOT NULL,
    claimed_until   TEXT,                   -- a sender's lease, so two processes never send the same row at once
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TEXT,
    activity_id     TEXT,
    subject_id      TEXT,                   -- what the message is about where that is not a digest: a brief's id
    person_aad_object_id TEXT,              -- or, instead of a conversation, a person reached in a 1:1 chat started for them
    person_tenant_id TEXT,
    CHECK (conversation_id IS NOT NULL OR person_aad_object_id IS NOT NULL)
);
INSERT INTO outbox_v2 (id, idempotency_key, kind, digest_id, conversation_id, text, payload_json, created_at, claimed_until, attempts, last_error, sent_at, activity_id)
SELECT id, idempotency_key, kind, digest_id, conversation_id, text, payload_json, created_at, claimed_until, attempts, last_error, sent_at, activity_id FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX ix_outbox_unsent ON outbox (sent_at, id);

-- Briefs already sent keep their record (a download link works only for someone the brief was addressed to).
INSERT INTO outbox (idempotency_key, kind, subject_id, person_aad_object_id, text, payload_json, created_at, attempts, sent_at)
SELECT 'brief:' || briefing_id || ':person:' || recipient, 'brief', briefing_id, recipient, '', '{}', sent_at, 1, sent_at
FROM briefing_deliveries WHERE recipient <> 'channels' AND sent_at IS NOT NULL;
INSERT INTO outbox (idempotency_key, kind, subject_id, conversation_id, text, payload_json, created_at, attempts, sent_at)
SELECT 'brief:' || d.briefing_id || ':channel:' || l.conversation_id, 'brief', d.briefing_id, l.conversation_id, '', '{}', d.sent_at, 1, d.sent_at
FROM briefing_deliveries d JOIN briefings b ON b.id = d.briefing_id JOIN committee_channels l ON l.committee_id = b.committee_id
WHERE d.recipient = 'channels' AND d.sent_at IS NOT NULL;
CREATE INDEX ix_outbox_subject ON outbox (subject_id) WHERE subject_id IS NOT NULL;
DROP TABLE briefing_deliveries;

-- A brief asked for again with the same figures is the brief already kept, not another copy.
ALTER TABLE briefings ADD COLUMN content_sha256 TEXT;
CREATE INDEX ix_briefings_requested ON briefings (committee_id, meeting_date, content_sha256) WHERE kind = 'requested';
