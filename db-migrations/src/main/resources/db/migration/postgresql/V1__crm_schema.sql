-- LaserTag CRM schema, PostgreSQL flavour.
-- Kept in lockstep with ../sqlite/V1__crm_schema.sql: same tables, columns, defaults and CHECKs.
-- All timestamps are UTC wall-clock values in "timestamp without time zone" columns.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE crm_clients (
    uid         serial       PRIMARY KEY,
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
    created_at  timestamp    NOT NULL DEFAULT timezone('utc', now()),
    updated_at  timestamp    NOT NULL DEFAULT timezone('utc', now()),
    CONSTRAINT crm_clients_phone_key UNIQUE (phone)
);

-- trigram indexes serve LIKE '%fragment%' searches
CREATE INDEX crm_clients_search_text_trgm_idx ON crm_clients USING gin (search_text gin_trgm_ops);
CREATE INDEX crm_clients_phone_trgm_idx       ON crm_clients USING gin (phone gin_trgm_ops);
CREATE INDEX crm_clients_secondphone_trgm_idx ON crm_clients USING gin (secondphone gin_trgm_ops);

CREATE TABLE crm_orders (
    uid        serial       PRIMARY KEY,
    client_uid integer      NULL REFERENCES crm_clients (uid) ON DELETE SET NULL,
    date       timestamp    NOT NULL DEFAULT timezone('utc', now()),
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
    game_end   timestamp    NOT NULL,
    rest_end   timestamp    NOT NULL,
    created_by bigint       NOT NULL DEFAULT 0,
    created_at timestamp    NOT NULL DEFAULT timezone('utc', now()),
    updated_by bigint       NOT NULL DEFAULT 0,
    updated_at timestamp    NOT NULL DEFAULT timezone('utc', now()),
    CONSTRAINT crm_orders_gametime_check CHECK (gametime > 0),
    CONSTRAINT crm_orders_resttime_check CHECK (resttime >= 0),
    CONSTRAINT crm_orders_restroom_check CHECK (restroom IN (0, 1, 2)),
    CONSTRAINT crm_orders_players_check  CHECK (players >= 1),
    CONSTRAINT crm_orders_polygon_check  CHECK (polygon IN ('arena', 'park', 'forest')),
    CONSTRAINT crm_orders_gametype_check CHECK (gametype IN ('game', 'birthday', 'quest')),
    CONSTRAINT crm_orders_gifts_check    CHECK (gifts IN ('bandana', 'bullets', 'dogtag', 'snood', 'without')),
    CONSTRAINT crm_orders_status_check   CHECK (status IN ('new', 'confirmed', 'completed', 'no_show', 'cancelled')),
    CONSTRAINT crm_orders_game_end_check CHECK (game_end = date + gametime * interval '1 second'),
    CONSTRAINT crm_orders_rest_end_check CHECK (rest_end = game_end + resttime * interval '1 second'),
    -- the booking rules, race-safe: live orders may not share a polygon or a rest room at the same time
    CONSTRAINT crm_orders_polygon_overlap
        EXCLUDE USING gist (polygon WITH =, tsrange(date, game_end) WITH &&)
        WHERE (status <> 'cancelled'),
    CONSTRAINT crm_orders_restroom_overlap
        EXCLUDE USING gist (restroom WITH =, tsrange(game_end, rest_end) WITH &&)
        WHERE (status <> 'cancelled' AND restroom <> 0 AND rest_end > game_end)
);

-- calendar range query: date < :to AND rest_end > :from
CREATE INDEX crm_orders_date_rest_end_idx ON crm_orders (date, rest_end);
CREATE INDEX crm_orders_client_uid_idx    ON crm_orders (client_uid);

CREATE TABLE crm_staff (
    telegram_user_id bigint      PRIMARY KEY,
    display_name     varchar(64) NOT NULL DEFAULT '',
    role             varchar(16) NOT NULL,
    added_by         bigint      NOT NULL DEFAULT 0,
    added_at         timestamp   NOT NULL DEFAULT timezone('utc', now()),
    CONSTRAINT crm_staff_role_check CHECK (role IN ('admin', 'manager', 'instructor'))
);

-- where a manager is inside a multi-step dialog, so a restart mid-dialog loses nothing
CREATE TABLE crm_dialog_state (
    chat_id    bigint      PRIMARY KEY,
    flow       varchar(32) NOT NULL,
    step       varchar(32) NOT NULL,
    answers    text        NOT NULL DEFAULT '',
    updated_at timestamp   NOT NULL DEFAULT timezone('utc', now())
);

-- Telegram delivers updates at least once: remember which ones were handled
CREATE TABLE crm_processed_updates (
    update_id    bigint    PRIMARY KEY,
    processed_at timestamp NOT NULL DEFAULT timezone('utc', now())
);
