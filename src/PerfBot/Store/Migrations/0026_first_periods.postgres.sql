-- 0026_first_periods.sqlite.sql on PostgreSQL: the same table and the same first fill.
CREATE TABLE first_periods (
    indicator_id    BIGINT PRIMARY KEY REFERENCES indicators(id) ON DELETE CASCADE,
    period_end      TEXT NOT NULL
);

INSERT INTO first_periods (indicator_id, period_end)
SELECT indicator_id, min(period_end) FROM measurements GROUP BY indicator_id;
