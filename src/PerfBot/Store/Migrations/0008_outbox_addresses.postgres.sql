-- One sending path: the outbox also carries messages to a person by Entra object id (a chair's brief, in a 1:1 chat that
-- may not exist yet), and what a message is about (a brief), so "addressed to" is a row and "sent" its sent_at.
-- briefing_deliveries, the briefs' own exactly-once table without a lease, is folded into it.
ALTER TABLE outbox ALTER COLUMN conversation_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN subject_id TEXT;
ALTER TABLE outbox ADD COLUMN person_aad_object_id TEXT;
ALTER TABLE outbox ADD COLUMN person_tenant_id TEXT;
ALTER TABLE outbox ADD CONSTRAINT ck_outbox_address CHECK (conversation_id IS NOT NULL OR person_aad_object_id IS NOT NULL);

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
