-- Kept in lockstep with ../sqlite/V3__name_order_indexes.sql where the databases allow it.
--
-- The client search by name (JooqClients.withNameWords) returns a page of the matches in name order:
-- the name order itself, in code points as the application orders ("C"), with the id that breaks ties. Walked
-- without reading the table (an index-only scan) when a word is found in many names; a range of it holds the
-- clients whose name starts with a word.
CREATE INDEX crm_clients_name_order_idx ON crm_clients (search_text COLLATE "C", uid);

-- The clients whose name contains a word anywhere but at its start: a trigram index of the search text without
-- its first character. With the range above, a surname's first letters find their page without reading every
-- client of that surname.
CREATE INDEX crm_clients_search_text_tail_trgm_idx ON crm_clients USING gin (substr(search_text, 2) gin_trgm_ops);
