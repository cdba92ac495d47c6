-- Kept in lockstep with ../postgresql/V14__feed_tokens.sql.
--
-- Calendar feeds: each staff member's current feed token, as its SHA-256 (64 hex digits) only, so a copy of the
-- database gives no working feed address. One token per member: renewing replaces the row, and the old token stops
-- working at once. staff is a Telegram user id; no foreign key to crm_staff, whose rows do not hold the configured
-- admins (a removed member's token is refused when the feed is served, by role).
CREATE TABLE crm_feed_tokens (
    staff      bigint       PRIMARY KEY,
    token_hash varchar(64)  NOT NULL,
    created_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    CONSTRAINT crm_feed_tokens_token_hash_key UNIQUE (token_hash)
);
