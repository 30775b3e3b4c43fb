-- What each conversation (and, in a channel or group chat, each person) was last talking about, so a follow-up reaching
-- any instance carries on from it. The same table as on PostgreSQL so the two stores keep one schema (migrate-store
-- copies it); one SQLite process keeps its contexts in memory and leaves this empty.

CREATE TABLE conversation_contexts (
    context_key     TEXT PRIMARY KEY,       -- the conversation, and in a channel or group chat the person speaking
    kept_at         TEXT NOT NULL,          -- ISO 8601 UTC, fixed width: text order is time order
    context         TEXT NOT NULL           -- the context as JSON
);
CREATE INDEX conversation_contexts_kept_at ON conversation_contexts (kept_at);
