package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.BookingRules;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.port.in.BookOrder;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.BookingRequest;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus;
import club.lasertag.crm.domain.port.in.EditOrder;
import club.lasertag.crm.domain.port.in.FindFreeStarts;
import club.lasertag.crm.domain.port.in.RescheduleOrder;
import club.lasertag.crm.domain.audit.Snapshots;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Booking, rescheduling, editing and cancelling orders under the booking rules. A booked or changed order gets its
 * price computed from the current price list and stored with it; every change is audited.
 */
public final class BookingService implements BookOrder, RescheduleOrder, EditOrder, ChangeOrderStatus, FindFreeStarts {

    private final Orders orders;
    private final Clients clients;
    private final ClubRules rules;
    private final BookingRules bookingRules;
    private final FreeStartTimes freeStarts;
    private final Clock clock;
    private final AccessPolicy access;
    private final OrderPricing pricing;
    private final Auditor auditor;

    public BookingService(Orders orders, Clients clients, ClubRules rules, Clock clock, AccessPolicy access,
            PriceLists priceLists, OrderPrices orderPrices, AuditLog audit) {
        this.pricing = new OrderPricing(priceLists, orderPrices, rules.zone());
        this.auditor = new Auditor(audit, clock);
        this.orders = orders;
        this.clients = clients;
        this.rules = rules;
        this.clock = clock;
        this.access = access;
        this.bookingRules = new BookingRules(rules, clock);
        this.freeStarts = new FreeStartTimes(orders, rules, bookingRules);
    }

    @Override
    public BookingOutcome book(BookingRequest request, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        requireClient(request.clientId());
        Order candidate = new Order(Optional.empty(), Optional.of(request.clientId()),
                slotOf(request.date(), request.start(), request.setup()), request.setup().players(),
                request.gameType(), request.gift(), OrderStatus.NEW, request.comment(),
                Audit.created(by, clock.instant()));
        BookingOutcome outcome = save(candidate);
        if (outcome instanceof BookingOutcome.Booked booked) {
            OrderPrice price = pricing.recompute(booked.order());
            auditor.changed(Subject.order(booked.order().requireId()), "order.booked", by, Map.of(),
                    snapshot(booked.order(), Optional.of(price)));
        }
        return outcome;
    }

    @Override
    public BookingOutcome reschedule(OrderId id, LocalDate date, LocalTime start, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        Order order = requireOrder(id);
        if (!order.status().isOpen()) {
            return closed(order);
        }
        Slot moved = order.slot().startingAt(instantOf(date, start));
        return savedChange(order, save(order.withSlot(moved, by, clock.instant())), by);
    }

    @Override
    public BookingOutcome edit(OrderId id, BookingRequest changed, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        Order order = requireOrder(id);
        if (!order.status().isOpen()) {
            return closed(order);
        }
        requireClient(changed.clientId());
        Order edited = new Order(order.id(), Optional.of(changed.clientId()),
                slotOf(changed.date(), changed.start(), changed.setup()), changed.setup().players(),
                changed.gameType(), changed.gift(), order.status(), changed.comment(),
                order.audit().changed(by, clock.instant()));
        return savedChange(order, save(edited), by);
    }

    @Override
    public StatusChange change(OrderId id, OrderStatus status, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        Order order = requireOrder(id);
        if (!order.status().canBecome(status)) {
            return new StatusChange.NotAllowed(order, status);
        }
        if (!order.nextStatuses(clock.instant()).contains(status)) {
            return new StatusChange.TooEarly(order, status);
        }
        Order changed = orders.update(order.withStatus(status, by, clock.instant()));
        auditor.changed(Subject.order(id), "order.status", by, Snapshots.of(order, rules.zone()),
                Snapshots.of(changed, rules.zone()));
        return new StatusChange.Changed(changed);
    }

    /** After a change was saved: its price recomputed (a move may change weekday to weekend), and the audit entry. */
    private BookingOutcome savedChange(Order before, BookingOutcome outcome, StaffId by) {
        if (outcome instanceof BookingOutcome.Booked booked) {
            Optional<OrderPrice> oldPrice = pricing.stored(before.requireId());
            OrderPrice newPrice = pricing.recompute(booked.order());
            auditor.changed(Subject.order(before.requireId()), "order.changed", by, snapshot(before, oldPrice),
                    snapshot(booked.order(), Optional.of(newPrice)));
        }
        return outcome;
    }

    private Map<String, String> snapshot(Order order, Optional<OrderPrice> price) {
        Map<String, String> fields = new LinkedHashMap<>(Snapshots.of(order, rules.zone()));
        price.ifPresent(value -> fields.putAll(Snapshots.of(value)));
        return fields;
    }

    @Override
    public List<LocalTime> freeStarts(LocalDate day, GameSetup setup, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        return freeStarts(day, setup, Optional.empty(), by);
    }

    @Override
    public List<LocalTime> freeStarts(LocalDate day, GameSetup setup, OrderId movedOrder, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        return freeStarts(day, setup, Optional.of(requireOrder(movedOrder).requireId()), by);
    }

    private List<LocalTime> freeStarts(LocalDate day, GameSetup setup, Optional<OrderId> ownSlotOf, StaffId by) {
        // The template carries the moved order's id, so the booking rules do not see its own slot as taken.
        Order template = new Order(ownSlotOf, Optional.empty(), slotOf(day, rules.opensAt(), setup),
                setup.players(), GameType.GAME, Gift.WITHOUT,
                OrderStatus.NEW, "", Audit.created(by, clock.instant()));
        return freeStarts.on(day, template).stream().map(LocalDateTime::toLocalTime).toList();
    }

    private BookingOutcome save(Order candidate) {
        Orders.SaveAttempt attempt = orders.saveIfAllowed(candidate, bookingRules);
        if (attempt instanceof Orders.SaveAttempt.Saved saved) {
            return new BookingOutcome.Booked(saved.order());
        }
        Refusal refusal = ((Orders.SaveAttempt.Refused) attempt).refusal();
        return new BookingOutcome.Refused(refusal, freeStarts.nearest(candidate));
    }

    private static BookingOutcome closed(Order order) {
        return new BookingOutcome.Refused(new Refusal.OrderClosed(order.status()), List.of());
    }

    private Slot slotOf(LocalDate date, LocalTime start, GameSetup setup) {
        return new Slot(instantOf(date, start), setup.gameTime(), setup.polygon(), setup.restRoom(), setup.restTime());
    }

    private Instant instantOf(LocalDate date, LocalTime start) {
        return date.atTime(start).atZone(rules.zone()).toInstant();
    }

    private Order requireOrder(OrderId id) {
        return orders.byId(id).orElseThrow(() -> new NotFound("order", id.value()));
    }

    private void requireClient(ClientId id) {
        clients.byId(id).orElseThrow(() -> new NotFound("client", id.value()));
    }
}
