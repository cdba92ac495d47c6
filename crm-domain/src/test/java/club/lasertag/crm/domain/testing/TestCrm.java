package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.Payments;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.service.BookingService;
import club.lasertag.crm.domain.service.BriefingService;
import club.lasertag.crm.domain.service.CalendarService;
import club.lasertag.crm.domain.service.ClientService;
import club.lasertag.crm.domain.service.FeedService;
import club.lasertag.crm.domain.service.ExportService;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.service.HistoryService;
import club.lasertag.crm.domain.service.MoneyService;
import club.lasertag.crm.domain.service.StaffService;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The domain's use cases wired to ports (in-memory ones unless given others, such as a real database's): a
 * club in Moscow time, open 10:00 to midnight, with the clock at 10:00 UTC on 1 June 2030 and staff member 1 as
 * the configured admin. With in-memory ports, {@link #MANAGER} is a stored manager and {@link #INSTRUCTOR} a
 * stored instructor; given ports hold whatever staff the test stores.
 */
public final class TestCrm {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final Instant NOW = Instant.parse("2030-06-01T10:00:00Z");
    public static final StaffId ADMIN = new StaffId(1);
    /** Who books in tests. */
    public static final StaffId MANAGER = OrderBuilder.MANAGER;
    public static final StaffId INSTRUCTOR = new StaffId(1002);
    /** Someone the CRM does not know: no role at all. */
    public static final StaffId STRANGER = new StaffId(1003);

    public final MutableClock clock = new MutableClock(NOW, ZONE);
    public final Clients clients;
    public final Orders orders;
    public final Staff staff;
    public final PriceLists priceLists;
    public final OrderPrices orderPrices;
    public final Payments payments;
    public final AuditLog auditLog;
    public final ClubRules rules;
    public final AccessPolicy access;
    public final ClientService clientService;
    public final BookingService bookingService;
    public final CalendarService calendarService;
    public final StaffService staffService;
    public final FeedTokens feedTokens;
    public final FeedService feedService;
    public final ExportService exportService;
    public final MoneyService moneyService;
    public final HistoryService historyService;
    public final InMemoryBriefingPreferences briefingPreferences = new InMemoryBriefingPreferences();
    public final InMemorySentBriefings sentBriefings = new InMemorySentBriefings();
    public final BriefingService briefingService;

    public TestCrm() {
        this(ClubRules.defaults(ZONE));
    }

    public TestCrm(ClubRules rules) {
        this(rules, new InMemoryOrders());
    }

    private TestCrm(ClubRules rules, InMemoryOrders orders) {
        this(rules, new InMemoryClients(orders::forgetClient), orders, withTestStaff(new InMemoryStaff()));
    }

    /** The use cases on these ports, with feed tokens in memory. */
    public TestCrm(ClubRules rules, Clients clients, Orders orders, Staff staff) {
        this(rules, clients, orders, staff, new InMemoryFeedTokens());
    }

    /** The use cases on these ports, exports reading them through {@link InMemoryExportSource}. */
    public TestCrm(ClubRules rules, Clients clients, Orders orders, Staff staff, FeedTokens feedTokens) {
        this(rules, clients, orders, staff, feedTokens, new InMemoryExportSource(clients, orders));
    }

    /** The use cases on these ports, with prices, payments and the audit log in memory. */
    public TestCrm(ClubRules rules, Clients clients, Orders orders, Staff staff, FeedTokens feedTokens,
            ExportSource exportSource) {
        this(rules, clients, orders, staff, feedTokens, exportSource, new InMemoryPriceLists(),
                new InMemoryOrderPrices(), new InMemoryPayments(), new InMemoryAuditLog());
    }

    /** The use cases on these ports. */
    public TestCrm(ClubRules rules, Clients clients, Orders orders, Staff staff, FeedTokens feedTokens,
            ExportSource exportSource, PriceLists priceLists, OrderPrices orderPrices, Payments payments,
            AuditLog auditLog) {
        this.rules = rules;
        this.priceLists = priceLists;
        this.orderPrices = orderPrices;
        this.payments = payments;
        this.auditLog = auditLog;
        this.clients = clients;
        this.orders = orders;
        this.staff = staff;
        this.access = new AccessPolicy(Set.of(ADMIN), staff::byId);
        this.clientService = new ClientService(clients, orders, PhoneNumbers.russian(), clock, access, auditLog);
        this.bookingService = new BookingService(orders, clients, rules, clock, access, priceLists, orderPrices,
                auditLog);
        this.calendarService = new CalendarService(orders, clients, rules, clock, access);
        this.staffService = new StaffService(access, staff, auditLog, clock);
        this.feedTokens = feedTokens;
        this.exportService = new ExportService(exportSource, rules, access);
        this.feedService = new FeedService(feedTokens, orders, clients, rules, clock, access, new SecureRandom());
        this.moneyService = new MoneyService(orders, priceLists, orderPrices, payments, auditLog, rules, clock, access);
        this.historyService = new HistoryService(auditLog, access);
        this.briefingService = new BriefingService(orders, clients, staff, briefingPreferences, sentBriefings, rules,
                clock, access);
    }

    private static Staff withTestStaff(Staff staff) {
        staff.save(new StaffMember(MANAGER, "Test manager", Role.MANAGER));
        staff.save(new StaffMember(INSTRUCTOR, "Test instructor", Role.INSTRUCTOR));
        return staff;
    }

    /** Every stored order, whatever its status; the ports have no such query, so in-memory orders only. */
    public List<Order> allOrders() {
        if (orders instanceof InMemoryOrders memory) {
            return memory.all();
        }
        throw new UnsupportedOperationException("allOrders() needs the in-memory orders");
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
