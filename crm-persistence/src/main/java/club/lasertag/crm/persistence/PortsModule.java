package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.port.out.Staff;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.jooq.DSLContext;

/** Binds the outgoing ports to their jOOQ implementations on whatever {@link DSLContext} the database module gives. */
final class PortsModule extends AbstractModule {

    @Provides
    @Singleton
    Clients clients(DSLContext db) {
        return new JooqClients(db);
    }

    @Provides
    @Singleton
    Orders orders(DSLContext db) {
        return new JooqOrders(db);
    }

    @Provides
    @Singleton
    Staff staff(DSLContext db) {
        return new JooqStaff(db);
    }

    @Provides
    @Singleton
    DialogStates dialogStates(DSLContext db) {
        return new JooqDialogStates(db);
    }

    @Provides
    @Singleton
    ProcessedUpdates processedUpdates(DSLContext db) {
        // the prune age is wall-clock bookkeeping, not a business rule: the system clock is right here
        return new JooqProcessedUpdates(db, Clock.systemUTC());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortsModule; // installed once even if both a module and a test install it
    }

    @Override
    public int hashCode() {
        return PortsModule.class.hashCode();
    }
}
