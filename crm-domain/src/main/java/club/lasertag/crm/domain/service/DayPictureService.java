package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.picture.DayBoard.Block;
import club.lasertag.crm.domain.picture.DayBoard.Lane;
import club.lasertag.crm.domain.port.in.DayPicture;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.DayPictures;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The day at a glance: the bookings starting that day (cancelled ones too) laid out by field and rest room. */
public final class DayPictureService implements DayPicture {

    private final Orders orders;
    private final Clients clients;
    private final ClubRules rules;
    private final Clock clock;
    private final AccessPolicy access;
    private final DayPictures pictures;

    public DayPictureService(Orders orders, Clients clients, ClubRules rules, Clock clock, AccessPolicy access,
                             DayPictures pictures) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    @Override
    public DayBoard board(LocalDate day, StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        List<Order> starting = orders.startingBetween(startOf(day), startOf(day.plusDays(1)));
        Map<ClientId, String> names = new HashMap<>();
        List<Lane> lanes = new ArrayList<>();
        for (Polygon field : Polygon.values()) {
            lanes.add(Lane.of(field, starting.stream()
                    .filter(order -> order.slot().polygon() == field)
                    .map(order -> block(order, order.slot().start(), order.slot().gameEnd(), names))
                    .toList()));
        }
        for (RestRoom room : List.of(RestRoom.ROOM_1, RestRoom.ROOM_2)) {
            lanes.add(Lane.of(room, starting.stream()
                    .filter(order -> order.slot().restRoom() == room && order.slot().rest().isPresent())
                    .map(order -> block(order, order.slot().gameEnd(), order.slot().end(), names))
                    .toList()));
        }
        Interval open = rules.openOn(day);
        Instant from = open.start();
        Instant to = open.end();
        for (Order order : starting) {
            from = order.slot().start().isBefore(from) ? order.slot().start() : from;
            to = order.slot().end().isAfter(to) ? order.slot().end() : to;
        }
        LocalDateTime first = local(from).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime last = local(to);
        if (!last.truncatedTo(ChronoUnit.HOURS).equals(last)) {
            last = last.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        }
        LocalDateTime now = local(clock.instant());
        Optional<LocalDateTime> shownNow = now.toLocalDate().equals(day) && !now.isBefore(first) && now.isBefore(last)
                ? Optional.of(now) : Optional.empty();
        return new DayBoard(day, first, last, shownNow, lanes);
    }

    @Override
    public byte[] png(LocalDate day, Locale locale, StaffId by) {
        return pictures.png(board(day, by), locale);
    }

    private Block block(Order order, Instant start, Instant end, Map<ClientId, String> names) {
        String client = order.clientId()
                .map(id -> names.computeIfAbsent(id, key -> clients.byId(key).map(Client::fullName).orElse("")))
                .orElse("");
        return new Block(order.requireId(), local(start), local(end), client, order.players(), order.gameType(),
                order.status());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(rules.zone()).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.zone());
    }
}
