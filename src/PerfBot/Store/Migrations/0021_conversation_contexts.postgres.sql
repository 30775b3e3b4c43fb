-- 0021_conversation_contexts.sqlite.sql on PostgreSQL, unlogged: a context lives 30 minutes and is written on every
-- answer, so its writes skip the WAL (no flush to wait for on the answer path, nothing shipped to a standby). A crash or
-- a failover empties the table, which costs a member one "What is that about?", never a wrong subject.

CREATE UNLOGGED TABLE conversation_contexts (
    context_key     TEXT PRIMARY KEY,       -- the conversation, and in a channel or group chat the person speaking
    kept_at         TEXT NOT NULL,          -- ISO 8601 UTC, fixed width: text order is time order
    context         TEXT NOT NULL           -- the context as JSON
);
CREATE INDEX conversation_contexts_kept_at ON conversation_contexts (kept_at);
