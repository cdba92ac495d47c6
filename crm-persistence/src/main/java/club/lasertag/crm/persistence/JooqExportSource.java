package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_ORDERS;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.persistence.jooq.tables.records.CrmClientsRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;

/**
 * {@link ExportSource} with jOOQ cursors ({@code fetchLazy}): rows are mapped and handed over as they are read,
 * {@value #FETCH_SIZE} at a time from the server, never collected. PostgreSQL's driver streams only inside a
 * transaction with a fetch size, so there the read runs in one (a savepoint inside a unit of work); SQLite's
 * reads step through the result anyway.
 */
final class JooqExportSource implements ExportSource {

    static final int FETCH_SIZE = 1_000;

    private final DSLContext db;

    JooqExportSource(DSLContext db) {
        this.db = db;
    }

    @Override
    public void eachClient(Consumer<Client> each) {
        streamed(db.selectFrom(CRM_CLIENTS).orderBy(CRM_CLIENTS.UID), record -> each.accept(StoredRecords.client(record)));
    }

    @Override
    public void eachOrder(Instant from, Instant to, Consumer<OrderRow> each) {
        streamed(db.select(CRM_ORDERS.asterisk(), CRM_CLIENTS.asterisk())
                        .from(CRM_ORDERS)
                        .leftJoin(CRM_CLIENTS).on(CRM_CLIENTS.UID.eq(CRM_ORDERS.CLIENT_UID))
                        .where(CRM_ORDERS.DATE.ge(Timestamps.toDb(from)))
                        .and(CRM_ORDERS.DATE.lt(Timestamps.toDb(to)))
                        .orderBy(CRM_ORDERS.DATE, CRM_ORDERS.UID),
                record -> {
                    CrmClientsRecord client = record.into(CRM_CLIENTS);
                    each.accept(new OrderRow(StoredRecords.order(record.into(CRM_ORDERS)),
                            client.getUid() == null ? Optional.empty() : Optional.of(StoredRecords.client(client))));
                });
    }

    private <R extends Record> void streamed(ResultQuery<R> query, Consumer<R> each) {
        Runnable read = () -> {
            try (Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
                for (R record : cursor) {
                    each.accept(record);
                }
            }
        };
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.transaction(read::run);
        } else {
            read.run();
        }
    }
}
