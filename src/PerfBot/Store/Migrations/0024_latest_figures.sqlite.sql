-- Each indicator's figures that its status is worked out from — its latest period's, the previous period's and the same
-- period last year's — kept by every import in the transaction that writes its figures (LatestFigures.Refresh), so the
-- digests and the question index read about three rows per indicator instead of thirteen months of its history. The
-- rows are copies of measurements (commentary and actions left out: a status does not show them). Filled here with
-- each indicator's last thirteen months, the rows the status reads took before; an import narrows an indicator's rows
-- to the ones its status needs.
CREATE TABLE latest_figures (
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    value           REAL,
    target          REAL,
    reported_rag    TEXT,
    reported_direction TEXT,
    source          TEXT,
    PRIMARY KEY (indicator_id, period_end, period)
) WITHOUT ROWID;

INSERT INTO latest_figures (indicator_id, period, period_start, period_end, value, target, reported_rag, reported_direction, source)
SELECT m.indicator_id, m.period, m.period_start, m.period_end, m.value, m.target, m.reported_rag, m.reported_direction, m.source
FROM indicators i CROSS JOIN measurements m
WHERE m.indicator_id = i.id
  AND m.period_end >= date((SELECT max(x.period_end) FROM measurements x WHERE x.indicator_id = i.id), '-13 months');
