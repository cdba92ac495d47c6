-- A second phone may be shared by several clients (siblings with one parent's phone); the main phone stays unique
-- (crm_clients_phone_key). Our schema never made the second phone unique, but a database that came from the club's
-- previous bot may have: drop any unique constraint or unique index on secondphone alone, whatever its name.
DO $$
DECLARE
    found record;
    second smallint := (SELECT attnum FROM pg_attribute
                        WHERE attrelid = 'crm_clients'::regclass AND attname = 'secondphone');
BEGIN
    FOR found IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'crm_clients'::regclass AND contype = 'u' AND conkey = ARRAY[second]
    LOOP
        EXECUTE format('ALTER TABLE crm_clients DROP CONSTRAINT %I', found.conname);
    END LOOP;
    FOR found IN SELECT index_class.relname FROM pg_index ix JOIN pg_class index_class ON index_class.oid = ix.indexrelid
                 WHERE ix.indrelid = 'crm_clients'::regclass AND ix.indisunique AND NOT ix.indisprimary
                   AND ix.indnatts = 1 AND ix.indkey[0] = second
    LOOP
        EXECUTE format('DROP INDEX %I', found.relname);
    END LOOP;
END
$$;

-- "who shares this phone": equality on the second phone (the trigram index serves fragments)
CREATE INDEX IF NOT EXISTS crm_clients_secondphone_idx ON crm_clients (secondphone);
