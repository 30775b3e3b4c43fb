-- What members asked that PerfBot could not answer outright, for officers to add vocabulary or aliases from, and members'
-- thumbs up or down on answers. Never who asked: the text, the time, and the asker's role only.

CREATE TABLE question_log (
    id              INTEGER PRIMARY KEY,
    asked_at        TEXT NOT NULL,          -- ISO 8601 UTC
    question        TEXT NOT NULL,          -- as typed, the bot's mention removed
    outcome         TEXT NOT NULL,          -- not_held | did_you_mean | clarify
    intent          TEXT NOT NULL,          -- what the question was read as asking
    role            TEXT NOT NULL           -- chair | vice-chair | member | other
);
CREATE INDEX question_log_asked_at ON question_log (asked_at);

CREATE TABLE answer_feedback (
    id              INTEGER PRIMARY KEY,
    given_at        TEXT NOT NULL,
    reaction        TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
    comment         TEXT,                   -- what the member typed in the feedback form, if anything
    question        TEXT,                   -- the question the answer was to, when this instance still knew it
    intent          TEXT,
    indicators      TEXT,                   -- codes the answer named, comma-separated
    role            TEXT NOT NULL
);
CREATE INDEX answer_feedback_given_at ON answer_feedback (given_at);
