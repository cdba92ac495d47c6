-- Kept in lockstep with ../sqlite/V5__name_words.sql where the databases allow it.
--
-- The client search by name (JooqClients.withNameWords) in name order without sorting the matches: a fragment
-- typed without a space lies inside one word of the search text (the application writes it lower case, words
-- separated by single spaces), so the clients that contain it are those with one of the name words that contain
-- it. crm_name_words lists every word ever written (small: surnames, first names, patronymics), where the words
-- containing the fragment are found; crm_client_name_words has a row per client and word of its search text,
-- keyed (word, search_text, uid): the clients with one word, in name order ("C", as the application orders),
-- are a range of its primary key. The first page of a fragment is the first rows of each of its words' ranges,
-- merged: "яков" inside every Поляков no longer needs all 10,000 of them sorted.
--
-- Both tables are kept by the triggers below, in the transaction that writes the client. crm_name_words only
-- grows (a word no client has any more costs one empty range; deleting it would race with a concurrent insert of
-- the same word).

CREATE TABLE crm_name_words (
    word text COLLATE "C" PRIMARY KEY
);

CREATE TABLE crm_client_name_words (
    word        text    COLLATE "C" NOT NULL,
    search_text text    COLLATE "C" NOT NULL,
    uid         integer NOT NULL
);

-- the rows of the clients stored so far (the primary key is built after them: faster than row by row)
INSERT INTO crm_name_words (word)
SELECT DISTINCT w FROM crm_clients, unnest(string_to_array(search_text, ' ')) AS w WHERE w <> '';

INSERT INTO crm_client_name_words (word, search_text, uid)
SELECT DISTINCT w, search_text, uid FROM crm_clients, unnest(string_to_array(search_text, ' ')) AS w WHERE w <> '';

ALTER TABLE crm_client_name_words ADD CONSTRAINT crm_client_name_words_pkey PRIMARY KEY (word, search_text, uid);

CREATE FUNCTION crm_clients_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM crm_client_name_words
        WHERE word = ANY (string_to_array(OLD.search_text, ' ')) AND search_text = OLD.search_text AND uid = OLD.uid;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        -- in word order: two transactions adding the same new words never wait for each other crosswise
        INSERT INTO crm_name_words (word)
        SELECT DISTINCT w FROM unnest(string_to_array(NEW.search_text, ' ')) AS w WHERE w <> '' ORDER BY w
        ON CONFLICT DO NOTHING;
        INSERT INTO crm_client_name_words (word, search_text, uid)
        SELECT DISTINCT w, NEW.search_text, NEW.uid FROM unnest(string_to_array(NEW.search_text, ' ')) AS w WHERE w <> '';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER crm_clients_name_words_insert_delete AFTER INSERT OR DELETE ON crm_clients
    FOR EACH ROW EXECUTE FUNCTION crm_clients_name_words();

-- an update that keeps the name (a phone, a note) costs nothing here
CREATE TRIGGER crm_clients_name_words_update AFTER UPDATE OF search_text, uid ON crm_clients
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.uid IS DISTINCT FROM NEW.uid)
    EXECUTE FUNCTION crm_clients_name_words();

CREATE FUNCTION crm_clients_name_words_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE crm_client_name_words;
    RETURN NULL;
END
$$;

CREATE TRIGGER crm_clients_name_words_truncate AFTER TRUNCATE ON crm_clients
    FOR EACH STATEMENT EXECUTE FUNCTION crm_clients_name_words_truncate();

ANALYZE crm_name_words;
ANALYZE crm_client_name_words;
