-- Kept in lockstep with ../postgresql/V5__name_words.sql where the databases allow it (see there for why).
--
-- crm_name_words: every word ever written in a search text; crm_client_name_words: a row per client and word of
-- its search text, keyed (word, search_text, uid): the clients with one word in name order (SQLite compares text
-- as UTF-8 bytes: code-point order) are a range of it. Kept by the triggers below, in the client's transaction.
-- SQLite has no string split, and no WITH inside a trigger: the search text's words (separated by single spaces)
-- come from json_each over the text made a JSON array (search texts have no control characters: the domain
-- refuses them).

CREATE TABLE crm_name_words (
    word TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE crm_client_name_words (
    word        TEXT    NOT NULL,
    search_text TEXT    NOT NULL,
    uid         INTEGER NOT NULL,
    PRIMARY KEY (word, search_text, uid)
) WITHOUT ROWID;

INSERT OR IGNORE INTO crm_name_words (word)
SELECT w.value FROM crm_clients AS c,
     json_each('["' || replace(replace(replace(c.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]') AS w
WHERE w.value <> '';

INSERT OR IGNORE INTO crm_client_name_words (word, search_text, uid)
SELECT w.value, c.search_text, c.uid FROM crm_clients AS c,
     json_each('["' || replace(replace(replace(c.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]') AS w
WHERE w.value <> '';

CREATE TRIGGER crm_clients_name_words_insert AFTER INSERT ON crm_clients BEGIN
    INSERT OR IGNORE INTO crm_name_words (word)
    SELECT value FROM json_each('["' || replace(replace(replace(new.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]')
    WHERE value <> '';
    INSERT OR IGNORE INTO crm_client_name_words (word, search_text, uid)
    SELECT value, new.search_text, new.uid
    FROM json_each('["' || replace(replace(replace(new.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]')
    WHERE value <> '';
END;

CREATE TRIGGER crm_clients_name_words_delete AFTER DELETE ON crm_clients BEGIN
    DELETE FROM crm_client_name_words
    WHERE search_text = old.search_text AND uid = old.uid AND word IN (
        SELECT value FROM json_each('["' || replace(replace(replace(old.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]'));
END;

-- an update that keeps the name (a phone, a note) costs nothing here
CREATE TRIGGER crm_clients_name_words_update AFTER UPDATE OF search_text, uid ON crm_clients
WHEN old.search_text IS NOT new.search_text OR old.uid IS NOT new.uid BEGIN
    DELETE FROM crm_client_name_words
    WHERE search_text = old.search_text AND uid = old.uid AND word IN (
        SELECT value FROM json_each('["' || replace(replace(replace(old.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]'));
    INSERT OR IGNORE INTO crm_name_words (word)
    SELECT value FROM json_each('["' || replace(replace(replace(new.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]')
    WHERE value <> '';
    INSERT OR IGNORE INTO crm_client_name_words (word, search_text, uid)
    SELECT value, new.search_text, new.uid
    FROM json_each('["' || replace(replace(replace(new.search_text, '\', '\\'), '"', '\"'), ' ', '","') || '"]')
    WHERE value <> '';
END;
