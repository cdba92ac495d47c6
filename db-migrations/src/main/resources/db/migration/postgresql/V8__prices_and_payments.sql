-- Kept in lockstep with ../sqlite/V8__prices_and_payments.sql.
--
-- Money (issue 12). Amounts are exact, in the club currency's minor units (kopecks for RUB), as bigint.
--
-- The price list: one row per item (game_arena, game_arena_weekend, rest_room, extra_birthday, gift_bandana, ...);
-- an item without a row costs nothing (a weekend item falls back to its weekday one). currency is the club's one
-- currency (ISO 4217), the same on every row.
CREATE TABLE crm_prices (
    item       varchar(32) PRIMARY KEY,
    amount     bigint      NOT NULL,
    currency   varchar(3)  NOT NULL DEFAULT 'RUB',
    CONSTRAINT crm_prices_amount_check CHECK (amount >= 0)
);

-- days priced as weekends
CREATE TABLE crm_price_holidays (
    day date PRIMARY KEY
);

-- (no foreign keys to crm_orders: orders are never deleted, and tests empty crm_orders with TRUNCATE)
-- each order's price as computed when it was booked or last changed (a later price change does not touch it), and a
-- manager's override with its reason; orders booked before prices existed have no row
CREATE TABLE crm_order_prices (
    order_uid        int          PRIMARY KEY,
    game_amount      bigint       NOT NULL DEFAULT 0,
    rest_amount      bigint       NOT NULL DEFAULT 0,
    extra_amount     bigint       NOT NULL DEFAULT 0,
    gifts_amount     bigint       NOT NULL DEFAULT 0,
    override_total   bigint,
    override_reason  varchar(200) NOT NULL DEFAULT '',
    override_by      bigint       NOT NULL DEFAULT 0,
    override_at      timestamp,
    CONSTRAINT crm_order_prices_amounts_check CHECK (game_amount >= 0 AND rest_amount >= 0 AND extra_amount >= 0
        AND gifts_amount >= 0 AND (override_total IS NULL OR override_total >= 0))
);

-- deposits, payments and refunds; added, never changed or deleted
CREATE TABLE crm_payments (
    id         bigserial PRIMARY KEY,
    order_uid  int          NOT NULL,
    kind       varchar(16)  NOT NULL,
    amount     bigint       NOT NULL,
    method     varchar(16)  NOT NULL,
    created_by bigint       NOT NULL DEFAULT 0,
    created_at timestamp    NOT NULL DEFAULT timezone('utc', now()),
    note       varchar(200) NOT NULL DEFAULT '',
    CONSTRAINT crm_payments_kind_check CHECK (kind IN ('deposit', 'payment', 'refund')),
    CONSTRAINT crm_payments_method_check CHECK (method IN ('cash', 'card', 'transfer')),
    CONSTRAINT crm_payments_amount_check CHECK (amount > 0)
);

CREATE INDEX crm_payments_order_idx ON crm_payments (order_uid, id);
