package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.in.ClientOrderHistory;
import club.lasertag.crm.domain.port.in.DaySchedule;
import club.lasertag.crm.domain.port.in.MonthOverview;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.port.in.ViewOrder;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The calendar's views: a month, a day, an order card, a client's history. */
public final class CalendarService implements MonthOverview, DaySchedule, ViewOrder, ClientOrderHistory {

    private final Orders orders;
    private final Clients clients;
    private final ClubRules rules;
    private final Clock clock;
    private final AccessPolicy access;

    public CalendarService(Orders orders, Clients clients, ClubRules rules, Clock clock, AccessPolicy access) {
        this.orders = orders;
        this.clients = clients;
        this.rules = rules;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public MonthSummary month(YearMonth month, StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        var perDay = new TreeMap<LocalDate, Integer>();
        for (Instant start : orders.startsBetween(startOf(month.atDay(1)), startOf(month.plusMonths(1).atDay(1)))) {
            perDay.merge(LocalDate.ofInstant(start, rules.zone()), 1, Integer::sum);
        }
        return new MonthSummary(month, perDay);
    }

    @Override
    public DayPlan day(LocalDate day, StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        Instant from = startOf(day);
        Instant to = startOf(day.plusDays(1));
        Map<Boolean, List<Order>> byLive = orders.startingBetween(from, to).stream()
                .collect(java.util.stream.Collectors.partitioningBy(Order::occupiesSlots));
        return new DayPlan(day, scheduled(byLive.get(true)), scheduled(byLive.get(false)));
    }

    @Override
    public ScheduledGame order(OrderId id, StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        Order order = orders.byId(id).orElseThrow(() -> new NotFound("order", id.value()));
        return scheduled(List.of(order)).get(0);
    }

    @Override
    public List<ScheduledGame> history(ClientId clientId, Page page, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        return scheduled(orders.ofClient(clientId, page));
    }

    @Override
    public List<ScheduledGame> upcoming(ClientId clientId, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        return scheduled(orders.upcomingOfClient(clientId, clock.instant()));
    }

    private List<ScheduledGame> scheduled(List<Order> list) {
        Map<ClientId, Optional<Client>> clientsById = new HashMap<>();
        return list.stream()
                .map(order -> new ScheduledGame(order,
                        order.clientId().flatMap(id -> clientsById.computeIfAbsent(id, clients::byId)),
                        local(order.slot().start()), local(order.slot().gameEnd()), local(order.slot().end())))
                .toList();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(rules.zone()).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.zone());
    }
}
