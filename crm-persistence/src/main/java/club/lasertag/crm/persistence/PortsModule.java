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
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.jooq.DSLContext;

/**
 * Binds the outgoing ports to their jOOQ implementations on whatever {@link DSLContext} the database module gives
 * (made thread-bound, so that they all join a {@link UnitOfWork}).
 */
final class PortsModule extends AbstractModule {

    @Provides
    @Singleton
    JooqPorts ports(DSLContext db) {
        return JooqPorts.create(db);
    }

    @Provides
    Clients clients(JooqPorts ports) {
        return ports.clients();
    }

    @Provides
    Orders orders(JooqPorts ports) {
        return ports.orders();
    }

    @Provides
    Staff staff(JooqPorts ports) {
        return ports.staff();
    }

    @Provides
    DialogStates dialogStates(JooqPorts ports) {
        return ports.dialogStates();
    }

    @Provides
    ProcessedUpdates processedUpdates(JooqPorts ports) {
        return ports.processedUpdates();
    }

    @Provides
    Outbox outbox(JooqPorts ports) {
        return ports.outbox();
    }

    @Provides
    Inbox inbox(JooqPorts ports) {
        return ports.inbox();
    }

    @Provides
    JobRuns jobRuns(JooqPorts ports) {
        return ports.jobRuns();
    }

    @Provides
    ChatLocks chatLocks(JooqPorts ports) {
        return ports.chatLocks();
    }

    @Provides
    BriefingPreferences briefingPreferences(JooqPorts ports) {
        return ports.briefingPreferences();
    }

    @Provides
    SentBriefings sentBriefings(JooqPorts ports) {
        return ports.sentBriefings();
    }

    @Provides
    UnitOfWork unitOfWork(JooqPorts ports) {
        return ports.unitOfWork();
    }

    @Provides
    FeedTokens feedTokens(JooqPorts ports) {
        return ports.feedTokens();
    }

    @Provides
    ExportSource exportSource(JooqPorts ports) {
        return ports.exportSource();
    }

    @Provides
    PriceLists priceLists(JooqPorts ports) {
        return ports.priceLists();
    }

    @Provides
    OrderPrices orderPrices(JooqPorts ports) {
        return ports.orderPrices();
    }

    @Provides
    Payments payments(JooqPorts ports) {
        return ports.payments();
    }

    @Provides
    AuditLog auditLog(JooqPorts ports) {
        return ports.auditLog();
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
