-- Kept in lockstep with ../sqlite/V9__audit_log.sql.
--
-- The audit log (issue 12): every change to a client, an order (its price and payments included), the price list or
-- staff, written in the transaction of the change. subject_kind/subject_id say what it is about (client, order,
-- price_list, staff), action what was done (order.booked, payment.deposit, ...), staff_id who, at when (UTC), and
-- changes the changed fields, one per line: field TAB before TAB after, with backslash, tab and line breaks escaped.
-- The application only appends: nothing changes or deletes a row.
CREATE TABLE crm_audit_log (
    id           bigserial PRIMARY KEY,
    subject_kind varchar(16) NOT NULL,
    subject_id   bigint      NOT NULL,
    action       varchar(32) NOT NULL,
    staff_id     bigint      NOT NULL,
    at           timestamp    NOT NULL DEFAULT timezone('utc', now()),
    changes      text        NOT NULL DEFAULT ''
);

CREATE INDEX crm_audit_log_subject_idx ON crm_audit_log (subject_kind, subject_id, id);
