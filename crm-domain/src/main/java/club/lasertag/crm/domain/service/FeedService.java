package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.feed.FeedWindow;
import club.lasertag.crm.domain.feed.PhoneVisibility;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.StaffFeed;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calendar feeds: tokens issued per staff member, and the bookings a token's owner may see. */
public final class FeedService implements StaffFeed {

    private final FeedTokens tokens;
    private final Orders orders;
    private final Clients clients;
    private final ClubRules rules;
    private final Clock clock;
    private final AccessPolicy access;
    private final SecureRandom random;

    public FeedService(FeedTokens tokens, Orders orders, Clients clients, ClubRules rules, Clock clock,
            AccessPolicy access, SecureRandom random) {
        this.tokens = tokens;
        this.orders = orders;
        this.clients = clients;
        this.rules = rules;
        this.clock = clock;
        this.access = access;
        this.random = random;
    }

    @Override
    public Optional<Instant> issuedAt(StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        return tokens.issuedAt(by);
    }

    @Override
    public FeedToken issue(StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        FeedToken token = FeedToken.random(random);
        tokens.replace(by, token.hash(), clock.instant());
        return token;
    }

    @Override
    public Optional<Feed> open(FeedToken token) {
        Optional<StaffId> owner = tokens.ownerOf(token.hash());
        Optional<Role> role = owner.flatMap(access::roleOf).filter(it -> it.can(Permission.VIEW_SCHEDULE));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Interval window = FeedWindow.around(now, rules.zone());
        boolean phones = PhoneVisibility.showsPhones(role.get());
        Map<ClientId, Optional<Client>> clientsById = new HashMap<>();
        List<FeedBooking> bookings = orders.startingBetween(window.start(), window.end()).stream()
                .map(order -> booking(order, order.clientId().flatMap(id -> clientsById.computeIfAbsent(id, clients::byId)), phones))
                .toList();
        return Optional.of(new Feed(owner.get(), rules.zone(), now, bookings));
    }

    private FeedBooking booking(Order order, Optional<Client> client, boolean phones) {
        return new FeedBooking(order, client.map(Client::fullName), client.filter(it -> phones).map(Client::phone),
                local(order.slot().start()), local(order.slot().gameEnd()), local(order.slot().end()));
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.zone());
    }
}
