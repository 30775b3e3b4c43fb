-- What officers did to the store and what PerfBot refused them: every import (upload, workbook sync, command line), each
-- correction it made, each commentary edit and each refused action. Written in the transaction of what it records, so an
-- entry exists exactly when the change does. Read by `perfbot audit`.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,          -- ISO instant, UTC, fixed width (yyyy-MM-ddTHH:mm:ss.fffZ)
    action          TEXT NOT NULL,          -- import | correction | commentary | refused | sync
    route           TEXT NOT NULL,          -- upload | sync | cli | chat
    outcome         TEXT NOT NULL,          -- applied | unchanged | refused | failed
    actor_id        TEXT,                   -- Entra object id; cli:<user> on the command line; sync:<source> for a workbook
    actor_name      TEXT,
    file_name       TEXT,
    file_sha256     TEXT,
    rows_changed    INTEGER,
    subject         TEXT,                   -- the indicator and period a correction or commentary is about; the source synced
    detail          TEXT,                   -- one sentence: what changed, or why it was refused
    run_id          TEXT                    -- ties an import's corrections to it
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
