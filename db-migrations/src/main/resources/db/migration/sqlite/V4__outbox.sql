-- Kept in lockstep with ../postgresql/V4__outbox.sql.
--
-- The transactional outbox: the bot's replies to an update, written in the transaction that handles the update
-- (with its effects and its crm_processed_updates row) and deleted once Telegram has them. Rows left behind by a
-- crash are sent again at start-up and by a periodic relay: a reply is sent at least once. payload is the bot's
-- own encoding of a reply (versioned JSON), opaque to the database. AUTOINCREMENT: ids are never reused, so an
-- id names one reply for the life of the database.
CREATE TABLE crm_outbox (
    id         integer      PRIMARY KEY AUTOINCREMENT,
    update_id  bigint       NOT NULL,
    chat_id    bigint       NOT NULL,
    payload    text         NOT NULL,
    created_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0')
);
