-- Corrections are never silent: a stored figure that an import changes keeps its previous value, who changed it, when and
-- from which file. Commentary and actions written in Teams keep their author and time. What digests and briefs showed is
-- kept per figure, so a later correction of a figure members have already seen is named in the committee's next digest.

CREATE TABLE measurement_corrections (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,          -- the measurement's label, e.g. Q2 2025/26
    field           TEXT NOT NULL,          -- value | target
    previous_value  REAL,
    new_value       REAL,
    corrected_at    TEXT NOT NULL,          -- ISO instant, UTC, fixed width (yyyy-MM-ddTHH:mm:ss.fffZ)
    corrected_by    TEXT,                   -- the person's name as Teams gave it, or the command line's user
    corrected_by_id TEXT,                   -- their Entra object id (upload), or cli:<user>, or sync:<source>
    route           TEXT NOT NULL,          -- upload | sync | cli
    file_name       TEXT,
    file_sha256     TEXT,
    run_id          TEXT                    -- the import that made it; its audit entries carry the same id
);
CREATE INDEX ix_measurement_corrections_figure ON measurement_corrections (indicator_id, period, corrected_at);
CREATE INDEX ix_measurement_corrections_time ON measurement_corrections (corrected_at);

CREATE TABLE commentary_edits (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    commentary      TEXT,                   -- the text saved, as the measurement now holds it
    actions         TEXT,
    previous_commentary TEXT,
    previous_actions TEXT,
    author_id       TEXT NOT NULL,          -- Entra object id
    author_name     TEXT,
    edited_at       TEXT NOT NULL           -- ISO instant, UTC, fixed width
);
CREATE INDEX ix_commentary_edits_figure ON commentary_edits (indicator_id, period, edited_at);

-- One row per figure a digest or brief showed. Sent or not is the outbox's: its digest_id or subject_id.
CREATE TABLE published_figures (
    committee_id    INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    publication     TEXT NOT NULL,          -- digest:<id> | brief:<id>
    digest_id       INTEGER REFERENCES digests(id) ON DELETE CASCADE,
    briefing_id     TEXT REFERENCES briefings(id) ON DELETE CASCADE,
    value           REAL,
    composed_at     TEXT NOT NULL,          -- ISO instant, UTC, fixed width
    PRIMARY KEY (committee_id, indicator_id, period, publication)
);
CREATE INDEX ix_published_figures_figure ON published_figures (indicator_id, period);
