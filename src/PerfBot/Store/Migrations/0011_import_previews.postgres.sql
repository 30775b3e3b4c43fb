-- 0011_import_previews.sqlite.sql on PostgreSQL: the file as bytea.
CREATE TABLE import_previews (
    id              TEXT PRIMARY KEY,       -- random, 128 bits, hex
    officer_aad_object_id TEXT NOT NULL,
    officer_name    TEXT,
    conversation_id TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    file_sha256     TEXT NOT NULL,
    content         BYTEA,
    preview_json    TEXT NOT NULL,          -- the preview as shown, from which the card is rebuilt
    fingerprint     TEXT NOT NULL,          -- what the import must come to again for Import to commit
    created_at      TEXT NOT NULL,          -- ISO instant, UTC, fixed width
    expires_at      TEXT NOT NULL,
    status          TEXT NOT NULL,          -- pending | imported | cancelled | expired | superseded
    decided_at      TEXT
);
CREATE INDEX ix_import_previews_status ON import_previews (status, expires_at);
