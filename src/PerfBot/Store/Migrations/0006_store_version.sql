-- A number every write to the catalogue or its figures increases, so in-memory snapshots (the question index)
-- know when to rebuild, including when a figure is corrected in place.
CREATE TABLE store_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_version (id, version) VALUES (1, 0);
