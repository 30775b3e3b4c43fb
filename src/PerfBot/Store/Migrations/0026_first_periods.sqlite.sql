-- When each indicator's earliest period held ends, kept by every import in the transaction that writes its figures
-- (FirstPeriods.Refresh): with its latest, the span its figures cover, which the question reader uses to tell apart two
-- indicators for one subject that only the period asked for can. Reading one row per indicator here costs the question
-- index a few milliseconds at 100,000 indicators; seeking each one's first figure in measurements cost a second or two.
CREATE TABLE first_periods (
    indicator_id    INTEGER PRIMARY KEY REFERENCES indicators(id) ON DELETE CASCADE,
    period_end      TEXT NOT NULL
);

INSERT INTO first_periods (indicator_id, period_end)
SELECT indicator_id, min(period_end) FROM measurements GROUP BY indicator_id;
