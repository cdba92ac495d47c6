package club.lasertag.crm.chat.tx;

import java.util.function.Supplier;

/**
 * Outgoing port: one transaction around several port calls. Every call of a port on the same thread inside
 * {@link #inTransaction} joins it, so their effects commit together or not at all: the domain's ports
 * ({@code Clients}, {@code Orders}, {@code Staff}) and the chat's ({@code DialogStates}, {@code ProcessedUpdates},
 * {@code Outbox}) alike, when they are the adapters of the same database. Outside a unit of work each call is
 * a transaction of its own, as before.
 *
 * <p>A unit of work opened inside another joins it as a nested transaction (a savepoint): when its work throws,
 * only its own effects are undone, and the exception goes on to the outer one, which may catch it and go on.
 *
 * <p>It holds a database connection (on SQLite the single write lock, taken up front) from start to end: keep the
 * work short, and make no call over the network inside it.
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction and returns its result after the commit. If {@code work} throws,
     * everything it did through the ports is rolled back and the exception is rethrown (unchecked as it was).
     */
    <T> T inTransaction(Supplier<T> work);

    /** {@link #inTransaction(Supplier)} for work without a result. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
