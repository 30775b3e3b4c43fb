-- Topics officers name and edit: a word members use for a whole subject ("homelessness", "SEND") and what it covers,
-- as phrases of indicators' names or aliases or as indicator codes, so a topic reaches indicators whose names do not
-- hold its word. Imported from a file that replaces the list, like the vocabulary.
CREATE TABLE topics (
    topic           TEXT PRIMARY KEY,       -- the topic's names, ';'-separated ("SEND;special educational needs")
    covers          TEXT NOT NULL,          -- phrases or indicator codes, ';'-separated
    note            TEXT
);
