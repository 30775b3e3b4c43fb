-- Nothing changes on SQLite: its foreign keys are checked in-process, at no cost worth saving (see the PostgreSQL file).
SELECT 1;
