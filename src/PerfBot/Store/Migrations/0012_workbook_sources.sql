-- Workbooks on SharePoint or OneDrive synced into the store (Sources:Workbooks): what each was when last imported, so an
-- unchanged file (same eTag or cTag) is not read again, and how its last check went.
CREATE TABLE workbook_sources (
    name            TEXT PRIMARY KEY,       -- the source's name in configuration
    etag            TEXT,                   -- of the version last imported
    ctag            TEXT,
    file_sha256     TEXT,
    imported_at     TEXT,
    checked_at      TEXT,
    outcome         TEXT,                   -- imported | unchanged | failed
    error           TEXT,
    failed_tag      TEXT                    -- the cTag (else eTag) of a version that failed, so its officers are told once
);
