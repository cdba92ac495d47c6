-- Kept in lockstep with ../sqlite/V2__search_and_history_indexes.sql where the databases allow it.
--
-- A client's orders, newest first (the client card's history): one index range instead of a sort.
CREATE INDEX crm_orders_client_uid_date_idx ON crm_orders (client_uid, date);

-- The client search needs nothing more here: the pg_trgm GIN indexes of V1 serve LIKE '%fragment%'.
-- (SQLite gets an FTS5 trigram index in its V2.)
