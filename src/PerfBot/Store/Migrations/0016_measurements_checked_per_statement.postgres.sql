-- A measurement's indicator is checked once per statement instead of once per row. PostgreSQL's foreign key runs a
-- lookup and a row lock for every row written: for a council's ten years of history (a million rows and more) that was
-- more than half of an import. Statement-level triggers over the statement's own rows (transition tables) check every
-- indicator they name with one query, and keep those indicators from being deleted until the transaction ends, as the
-- key's lock does; deleting an indicator takes its measurements, as ON DELETE CASCADE did. SQLite keeps its foreign key.
ALTER TABLE measurements DROP CONSTRAINT measurements_indicator_id_fkey;

CREATE FUNCTION measurements_name_indicators_that_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
BEGIN
    PERFORM 1 FROM indicators WHERE id IN (SELECT DISTINCT indicator_id FROM written) ORDER BY id FOR KEY SHARE;
    SELECT w.indicator_id INTO missing FROM written w WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = w.indicator_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = format('insert or update on table "measurements" violates its foreign key: indicator %s is not in table "indicators"', missing);
    END IF;
    RETURN NULL;
END
$$;

-- A trigger with transition tables has one event, so inserts and updates have one each.
CREATE TRIGGER measurements_inserted_name_indicators AFTER INSERT ON measurements
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION measurements_name_indicators_that_exist();
CREATE TRIGGER measurements_updated_name_indicators AFTER UPDATE ON measurements
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION measurements_name_indicators_that_exist();

CREATE FUNCTION indicators_deleted_take_their_measurements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM measurements WHERE indicator_id IN (SELECT id FROM gone);
    RETURN NULL;
END
$$;

CREATE TRIGGER indicators_deleted_take_measurements AFTER DELETE ON indicators
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION indicators_deleted_take_their_measurements();

-- The key refused a change of a referenced id; ids are never changed, so any change is refused.
CREATE FUNCTION indicators_keep_their_ids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', MESSAGE = format('indicator %s keeps its id', OLD.id);
END
$$;

CREATE TRIGGER indicators_keep_ids BEFORE UPDATE OF id ON indicators
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION indicators_keep_their_ids();
