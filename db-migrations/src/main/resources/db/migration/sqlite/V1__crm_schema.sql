-- LaserTag CRM schema, SQLite flavour.
-- Kept in lockstep with ../postgresql/V1__crm_schema.sql: same tables, columns, defaults and CHECKs.
--
-- Timestamps are UTC, stored as TEXT in exactly the form jOOQ binds a java.time.LocalDateTime on SQLite
-- (java.sql.Timestamp#toString: 'yyyy-MM-dd HH:mm:ss.f', fraction without trailing zeros, at least one digit,
-- e.g. '2024-05-01 14:00:00.0', '2024-05-01 14:00:00.25'). Values of that form sort lexically in time order,
-- so `date < ?` works. The DEFAULT (CURRENT_TIMESTAMP || '.0') is UTC now in the same form, at whole seconds
-- (strftime('%f') would give milliseconds, but jOOQ's code generator cannot parse strftime in a DEFAULT).
-- Timestamp columns are declared timestamp(3) (SQLite ignores it) so that jOOQ's generated types carry
-- millisecond precision: with a bare `timestamp` they would say precision 0, and jOOQ would then cast bind
-- values to timestamp(0) on PostgreSQL, dropping the fraction.
-- The booking overlap rules are enforced by the application inside one IMMEDIATE (writer) transaction.

CREATE TABLE crm_clients (
    uid         integer      PRIMARY KEY AUTOINCREMENT,
    surname     varchar(20)  NOT NULL DEFAULT '',
    name        varchar(20)  NOT NULL,
    midname     varchar(20)  NOT NULL DEFAULT '',
    -- widened from the seed's varchar(12): E.164 numbers of any country are up to 15 digits plus '+'
    phone       varchar(16)  NOT NULL,
    secondphone varchar(16)  NOT NULL DEFAULT '',
    description varchar(100) NOT NULL DEFAULT '',
    "from"      varchar(25)  NOT NULL DEFAULT '',
    -- lower-cased 'surname name midname', written by the application (SQLite's lower() folds ASCII only)
    search_text varchar(200) NOT NULL DEFAULT '',
    created_at  timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    updated_at  timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    CONSTRAINT crm_clients_phone_key UNIQUE (phone)
);

CREATE INDEX crm_clients_search_text_idx ON crm_clients (search_text);
CREATE INDEX crm_clients_secondphone_idx ON crm_clients (secondphone);

CREATE TABLE crm_orders (
    uid        integer      PRIMARY KEY AUTOINCREMENT,
    client_uid integer      NULL REFERENCES crm_clients (uid) ON DELETE SET NULL,
    date       timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    gametime   integer      NOT NULL DEFAULT 3600,
    resttime   integer      NOT NULL DEFAULT 3600,
    restroom   integer      NOT NULL DEFAULT 1,
    players    integer      NOT NULL DEFAULT 1,
    polygon    varchar(16)  NOT NULL DEFAULT 'arena',
    gametype   varchar(16)  NOT NULL DEFAULT 'birthday',
    gifts      varchar(16)  NOT NULL DEFAULT 'bandana',
    status     varchar(16)  NOT NULL DEFAULT 'new',
    comment    varchar(500) NOT NULL DEFAULT '',
    -- derived, written by the application: game_end = date + gametime s, rest_end = game_end + resttime s
    game_end   timestamp(3) NOT NULL,
    rest_end   timestamp(3) NOT NULL,
    created_by bigint       NOT NULL DEFAULT 0,
    created_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    updated_by bigint       NOT NULL DEFAULT 0,
    updated_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    CONSTRAINT crm_orders_gametime_check CHECK (gametime > 0),
    CONSTRAINT crm_orders_resttime_check CHECK (resttime >= 0),
    CONSTRAINT crm_orders_restroom_check CHECK (restroom IN (0, 1, 2)),
    CONSTRAINT crm_orders_players_check  CHECK (players >= 1),
    CONSTRAINT crm_orders_polygon_check  CHECK (polygon IN ('arena', 'park', 'forest')),
    CONSTRAINT crm_orders_gametype_check CHECK (gametype IN ('game', 'birthday', 'quest')),
    CONSTRAINT crm_orders_gifts_check    CHECK (gifts IN ('bandana', 'bullets', 'dogtag', 'snood', 'without')),
    CONSTRAINT crm_orders_status_check   CHECK (status IN ('new', 'confirmed', 'completed', 'no_show', 'cancelled'))
);

-- calendar range query: date < :to AND rest_end > :from
CREATE INDEX crm_orders_date_rest_end_idx ON crm_orders (date, rest_end);
CREATE INDEX crm_orders_client_uid_idx    ON crm_orders (client_uid);

CREATE TABLE crm_staff (
    telegram_user_id bigint      PRIMARY KEY,
    display_name     varchar(64) NOT NULL DEFAULT '',
    role             varchar(16) NOT NULL,
    added_by         bigint      NOT NULL DEFAULT 0,
    added_at         timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0'),
    CONSTRAINT crm_staff_role_check CHECK (role IN ('admin', 'manager', 'instructor'))
);

-- where a manager is inside a multi-step dialog, so a restart mid-dialog loses nothing
CREATE TABLE crm_dialog_state (
    chat_id    bigint      PRIMARY KEY,
    flow       varchar(32) NOT NULL,
    step       varchar(32) NOT NULL,
    answers    text        NOT NULL DEFAULT '',
    updated_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0')
);

-- Telegram delivers updates at least once: remember which ones were handled
CREATE TABLE crm_processed_updates (
    update_id    bigint    PRIMARY KEY,
    processed_at timestamp(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP || '.0')
);
