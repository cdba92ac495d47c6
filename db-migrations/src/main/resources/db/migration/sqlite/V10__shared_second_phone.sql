-- A second phone may be shared by several clients (siblings with one parent's phone); the main phone stays unique
-- (crm_clients_phone_key). Our schema never made the second phone unique; a unique index some older copy may have
-- added by hand, under the names PostgreSQL and the seed's tools give one, goes. (SQLite cannot drop a UNIQUE
-- written into CREATE TABLE, and ours has none on secondphone.) crm_clients_secondphone_idx (V1) serves equality.
DROP INDEX IF EXISTS crm_clients_secondphone_key;
DROP INDEX IF EXISTS crm_clients_secondphone_uindex;
DROP INDEX IF EXISTS crm_clients_secondphone_unique;
