-- 0007_measurements_by_period_end.sqlite.sql on PostgreSQL: the same key, (indicator, period end, label), by replacing
-- the primary key in place. PostgreSQL's table is a heap either way; the key's index is what the reads seek.
ALTER TABLE measurements DROP CONSTRAINT measurements_pkey;
ALTER TABLE measurements ADD PRIMARY KEY (indicator_id, period_end, period);
