-- Kept in lockstep with ../postgresql/V6__inbox.sql.
--
-- The webhook's inbox: an update as Telegram posted it, stored before the webhook answers (Telegram never posts an
-- answered update again) and deleted in the transaction that handles it. Rows left behind by a crash are handled
-- again at start-up, by update_id; one handled before is skipped by crm_processed_updates. lane_key is the chat
-- whose lane handles it; json is the update as received, opaque to the database.
CREATE TABLE crm_inbox (
    update_id bigint PRIMARY KEY,
    lane_key  bigint NOT NULL,
    json      text   NOT NULL
);
