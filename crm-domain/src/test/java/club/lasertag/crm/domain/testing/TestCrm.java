package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.Actor;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.service.BookingService;
import club.lasertag.crm.domain.service.CalendarService;
import club.lasertag.crm.domain.service.ClientService;
import club.lasertag.crm.domain.service.StaffService;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The domain's use cases wired to in-memory ports: a club in Moscow time, open 10:00 to midnight, with the
 * clock at 10:00 UTC on 1 June 2030 and user 1 as the configured admin.
 */
public final class TestCrm {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final Instant NOW = Instant.parse("2030-06-01T10:00:00Z");
    public static final long ADMIN = 1;
    /** Who books in tests. */
    public static final Actor MANAGER = OrderBuilder.MANAGER;

    public final MutableClock clock = new MutableClock(NOW, ZONE);
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryClients clients = new InMemoryClients(orders::forgetClient);
    public final InMemoryStaff staff = new InMemoryStaff();
    public final ClubRules rules;
    public final ClientService clientService;
    public final BookingService bookingService;
    public final CalendarService calendarService;
    public final StaffService staffService;

    public TestCrm() {
        this(ClubRules.defaults(ZONE));
    }

    public TestCrm(ClubRules rules) {
        this.rules = rules;
        this.clientService = new ClientService(clients, orders, PhoneNumbers.russian(), clock);
        this.bookingService = new BookingService(orders, clients, rules, clock);
        this.calendarService = new CalendarService(orders, clients, rules);
        this.staffService = new StaffService(Set.of(ADMIN), staff);
    }

    /** Stores a client (straight into the port, no use case involved). */
    public Client client(ClientProfileBuilder profile) {
        return clients.add(profile.build());
    }

    /** Stores a default client. */
    public Client client() {
        return client(ClientProfileBuilder.aClient());
    }

    /** Books through the use case as {@link #MANAGER}; fails the test if the booking is refused. */
    public Order booked(BookingRequestBuilder request) {
        BookingOutcome outcome = bookingService.book(request.build(), MANAGER);
        if (outcome instanceof BookingOutcome.Booked booked) {
            return booked.order();
        }
        throw new AssertionError("expected the booking to be accepted, but: " + outcome);
    }
}
