package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.tx.UnitOfWork;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * {@link UnitOfWork} as a jOOQ transaction bound to the calling thread. The adapters share one {@link DSLContext}
 * whose {@link ThreadLocalTransactionProvider} hands them the transaction's connection while one is open on their
 * thread, so their statements join it; a transaction opened inside one (a nested unit of work, or
 * {@code JooqOrders.saveIfAllowed}'s own) becomes a savepoint. On SQLite the connection begins IMMEDIATE
 * ({@link DataSources#sqlite}): the unit of work is the single writer from its first statement, so a check and the
 * write that depends on it cannot interleave with another writer. On PostgreSQL the advisory locks taken inside
 * (the bookings' per-day locks) are held until the unit of work ends.
 */
final class JooqUnitOfWork implements UnitOfWork {

    private final DSLContext db;

    JooqUnitOfWork(DSLContext db) {
        if (!(db.configuration().transactionProvider() instanceof ThreadLocalTransactionProvider)) {
            throw new IllegalArgumentException("the ports join a unit of work only on a thread-bound DSLContext "
                    + "(JooqPorts.threadBound)");
        }
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        UnitOfWorkConnections.opened();
        try {
            // jOOQ rolls back on any exception and rethrows a RuntimeException or an Error as it was
            return db.transactionResult(work::get);
        } finally {
            UnitOfWorkConnections.closed();
        }
    }
}
