package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.schedule.JobRuns;
import club.lasertag.crm.chat.tx.ChatLocks;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.port.out.Payments;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.domain.port.out.Staff;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The domain's and the chat's outgoing ports on a database, without Guice: for tests and for other JVM projects.
 *
 * <pre>{@code
 * DataSource dataSource = DataSources.sqlite(Path.of("data/crm.db"));
 * Migrations.migrate(dataSource);
 * JooqPorts ports = JooqPorts.create(dataSource, SQLDialect.SQLITE);
 * ports.unitOfWork().run(() -> { ... ports.orders() ... ports.processedUpdates() ... }); // one transaction
 * }</pre>
 *
 * <p>The ports share one thread-bound jOOQ context ({@link #threadBound}): inside {@link #unitOfWork()} every port
 * called on that thread joins its transaction; outside it each call commits on its own.
 *
 * <p>On SQLite, use a data source from {@link DataSources#sqlite}: {@link Orders#saveIfAllowed} and the unit of
 * work rely on its IMMEDIATE transactions to be race-safe.
 */
public record JooqPorts(
        Clients clients,
        Orders orders,
        Staff staff,
        DialogStates dialogStates,
        ProcessedUpdates processedUpdates,
        Outbox outbox,
        Inbox inbox,
        JobRuns jobRuns,
        ChatLocks chatLocks,
        BriefingPreferences briefingPreferences,
        SentBriefings sentBriefings,
        UnitOfWork unitOfWork,
        FeedTokens feedTokens,
        ExportSource exportSource,
        PriceLists priceLists,
        OrderPrices orderPrices,
        Payments payments,
        AuditLog auditLog) {

    public JooqPorts {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(dialogStates, "dialogStates");
        Objects.requireNonNull(processedUpdates, "processedUpdates");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(jobRuns, "jobRuns");
        Objects.requireNonNull(chatLocks, "chatLocks");
        Objects.requireNonNull(briefingPreferences, "briefingPreferences");
        Objects.requireNonNull(sentBriefings, "sentBriefings");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(feedTokens, "feedTokens");
        Objects.requireNonNull(exportSource, "exportSource");
        Objects.requireNonNull(priceLists, "priceLists");
        Objects.requireNonNull(orderPrices, "orderPrices");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(auditLog, "auditLog");
    }

    /** The ports on {@code dataSource}, speaking {@code dialect} ({@link DataSources#dialect} of its URL). */
    public static JooqPorts create(DataSource dataSource, SQLDialect dialect) {
        return create(threadBound(dataSource, dialect));
    }

    /**
     * The ports on a configured jOOQ context. Unless it is thread-bound already ({@link #threadBound}), they use a
     * thread-bound context derived from it (same connections, dialect and settings).
     */
    public static JooqPorts create(DSLContext db) {
        DSLContext bound = threadBound(db);
        // wall-clock bookkeeping (outbox times, holds of the inbox's and the outbox's rows), not business rules: the
        // system clock is right here
        Clock clock = Clock.systemUTC();
        return new JooqPorts(new JooqClients(bound), new JooqOrders(bound), new JooqStaff(bound),
                new JooqDialogStates(bound), new JooqProcessedUpdates(bound, clock), new JooqOutbox(bound, clock),
                new JooqInbox(bound, clock), new JooqJobRuns(bound), new JooqChatLocks(bound),
                new JooqBriefingPreferences(bound, clock), new JooqSentBriefings(bound),
                new JooqUnitOfWork(bound), new JooqFeedTokens(bound), new JooqExportSource(bound), new JooqPriceLists(bound),
                new JooqOrderPrices(bound), new JooqPayments(bound), new JooqAuditLog(bound));
    }

    /**
     * A jOOQ context whose transactions are bound to the calling thread ({@link ThreadLocalTransactionProvider}):
     * every statement run through it on a thread with an open transaction joins that transaction, and a
     * transaction opened inside another becomes a savepoint. The adapters must share one such context.
     */
    public static DSLContext threadBound(DataSource dataSource, SQLDialect dialect) {
        return DSL.using(new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(
                        new UnitOfWorkConnections(new DataSourceConnectionProvider(dataSource)))));
    }

    /** {@code db} itself if thread-bound, else a thread-bound context derived from it. */
    static DSLContext threadBound(DSLContext db) {
        if (db.configuration().transactionProvider() instanceof ThreadLocalTransactionProvider) {
            return db;
        }
        return DSL.using(db.configuration().derive(new ThreadLocalTransactionProvider(
                new UnitOfWorkConnections(db.configuration().connectionProvider()))));
    }
}
