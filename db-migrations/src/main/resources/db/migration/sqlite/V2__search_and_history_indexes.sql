-- Kept in lockstep with ../postgresql/V2__search_and_history_indexes.sql where the databases allow it.
--
-- A client's orders, newest first (the client card's history): one index range instead of a sort.
CREATE INDEX crm_orders_client_uid_date_idx ON crm_orders (client_uid, date);

-- SQLite has no trigram index for the client search's LIKE '%fragment%' (PostgreSQL uses pg_trgm GIN indexes):
-- an FTS5 table with the trigram tokenizer indexes the same columns; the application narrows the search with
-- GLOB on it (fragments of 3 characters or more) and keeps its LIKE conditions on crm_clients as the exact test.
-- It is an external-content index of crm_clients (rowid = uid), kept current by the triggers below.
-- The table and FTS5's shadow tables (crm_clients_search_*) are SQLite-only, outside the shared schema.
CREATE VIRTUAL TABLE crm_clients_search USING fts5(
    search_text, phone, secondphone,
    content = 'crm_clients', content_rowid = 'uid', tokenize = 'trigram'
);
INSERT INTO crm_clients_search (crm_clients_search) VALUES ('rebuild');

CREATE TRIGGER crm_clients_search_insert AFTER INSERT ON crm_clients BEGIN
    INSERT INTO crm_clients_search (rowid, search_text, phone, secondphone)
    VALUES (new.uid, new.search_text, new.phone, new.secondphone);
END;

CREATE TRIGGER crm_clients_search_delete AFTER DELETE ON crm_clients BEGIN
    INSERT INTO crm_clients_search (crm_clients_search, rowid, search_text, phone, secondphone)
    VALUES ('delete', old.uid, old.search_text, old.phone, old.secondphone);
END;

CREATE TRIGGER crm_clients_search_update AFTER UPDATE ON crm_clients BEGIN
    INSERT INTO crm_clients_search (crm_clients_search, rowid, search_text, phone, secondphone)
    VALUES ('delete', old.uid, old.search_text, old.phone, old.secondphone);
    INSERT INTO crm_clients_search (rowid, search_text, phone, secondphone)
    VALUES (new.uid, new.search_text, new.phone, new.secondphone);
END;
