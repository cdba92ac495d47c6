-- Kept in lockstep with ../sqlite/V15__briefings.sql.
--
-- The messages the bot sends first (the morning plan, the evening confirmation list, the follow-ups).

-- The club's own settings set in the bot, one row each (briefing times as HH:MM); a missing row means the default.
CREATE TABLE crm_club_settings (
    name  varchar(64)  PRIMARY KEY,
    value varchar(256) NOT NULL
);

-- The briefings a staff member turned off (configured admins too, who have no crm_staff row); none by default.
CREATE TABLE crm_briefing_opt_outs (
    telegram_user_id bigint      NOT NULL,
    briefing         varchar(32) NOT NULL,
    PRIMARY KEY (telegram_user_id, briefing)
);

-- Staff the bot cannot write to: Telegram answered 403 (they blocked the bot); cleared when they write again.
CREATE TABLE crm_unreachable_staff (
    telegram_user_id bigint       PRIMARY KEY,
    since            timestamp(3) NOT NULL DEFAULT timezone('utc', now())
);

-- One row per occasion (such as morning_plan:2030-06-15) and recipient sent: the key that makes each briefing go
-- out once, inserted in the transaction that queues the message.
CREATE TABLE crm_briefings_sent (
    occasion         varchar(64)  NOT NULL,
    telegram_user_id bigint       NOT NULL,
    sent_at          timestamp(3) NOT NULL,
    PRIMARY KEY (occasion, telegram_user_id)
);
