-- 0024_latest_figures.sqlite.sql on PostgreSQL: the same table and the same first fill, with PostgreSQL's date
-- arithmetic. A foreign key here (unlike measurements, migration 0016): an import writes a few rows per indicator.
CREATE TABLE latest_figures (
    indicator_id    BIGINT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    value           DOUBLE PRECISION,
    target          DOUBLE PRECISION,
    reported_rag    TEXT,
    reported_direction TEXT,
    source          TEXT,
    PRIMARY KEY (indicator_id, period_end, period)
);

INSERT INTO latest_figures (indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, source)
SELECT m.indicator_id, m.period, m.period_start, m.period_end, m.value, m.target, m.reported_rag, m.reported_direction, m.source
FROM indicators i CROSS JOIN measurements m
WHERE m.indicator_id = i.id
  AND m.period_end >= to_char(CAST((SELECT max(x.period_end) FROM measurements x WHERE x.indicator_id = i.id) AS date) - interval '13 months', 'YYYY-MM-DD');
