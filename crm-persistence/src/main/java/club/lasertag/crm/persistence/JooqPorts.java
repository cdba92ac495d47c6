package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.port.out.Staff;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The domain's outgoing ports on a database, without Guice: for tests and for other JVM projects.
 *
 * <pre>{@code
 * DataSource dataSource = DataSources.sqlite(Path.of("data/crm.db"));
 * Migrations.migrate(dataSource);
 * JooqPorts ports = JooqPorts.create(dataSource, SQLDialect.SQLITE);
 * }</pre>
 *
 * <p>On SQLite, use a data source from {@link DataSources#sqlite}: {@link Orders#saveIfAllowed} relies on its
 * IMMEDIATE transactions to be race-safe.
 */
public record JooqPorts(
        Clients clients,
        Orders orders,
        Staff staff,
        DialogStates dialogStates,
        ProcessedUpdates processedUpdates) {

    public JooqPorts {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(dialogStates, "dialogStates");
        Objects.requireNonNull(processedUpdates, "processedUpdates");
    }

    /** The ports on {@code dataSource}, speaking {@code dialect} ({@link DataSources#dialect} of its URL). */
    public static JooqPorts create(DataSource dataSource, SQLDialect dialect) {
        return create(DSL.using(dataSource, dialect));
    }

    /** The ports on a configured jOOQ context. */
    public static JooqPorts create(DSLContext db) {
        return new JooqPorts(new JooqClients(db), new JooqOrders(db), new JooqStaff(db), new JooqDialogStates(db),
                new JooqProcessedUpdates(db, Clock.systemUTC()));
    }
}
