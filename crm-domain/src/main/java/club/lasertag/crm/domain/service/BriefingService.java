package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.briefing.ConfirmationList;
import club.lasertag.crm.domain.briefing.FollowUps;
import club.lasertag.crm.domain.briefing.InviteAgain;
import club.lasertag.crm.domain.briefing.MorningPlan;
import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.briefing.PlannedGame;
import club.lasertag.crm.domain.briefing.SendingWindow;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.BriefingSettings;
import club.lasertag.crm.domain.port.in.Briefings;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The briefings: what is due when and for whom, their content, and who receives which. */
public final class BriefingService implements Briefings, BriefingSettings {

    private final Orders orders;
    private final Clients clients;
    private final Staff staff;
    private final BriefingPreferences preferences;
    private final SentBriefings sent;
    private final ClubRules rules;
    private final Clock clock;
    private final AccessPolicy access;

    public BriefingService(Orders orders, Clients clients, Staff staff, BriefingPreferences preferences,
                           SentBriefings sent, ClubRules rules, Clock clock, AccessPolicy access) {
        this.orders = orders;
        this.clients = clients;
        this.staff = staff;
        this.preferences = preferences;
        this.sent = sent;
        this.rules = rules;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public List<Delivery> due() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, rules.zone());
        BriefingTimes times = preferences.times();
        List<Delivery> due = new ArrayList<>();
        for (Briefing briefing : Briefing.values()) {
            Occasion occasion = new Occasion(briefing, today);
            Optional<Instant> lastGameStart = briefing == Briefing.MORNING_PLAN
                    ? startingOn(today).stream().map(order -> order.slot().start()).max(Instant::compareTo)
                    : Optional.empty();
            boolean onTime = SendingWindow.of(occasion, times, rules.zone(), lastGameStart)
                    .filter(window -> window.contains(now))
                    .isPresent();
            if (onTime && hasContent(occasion)) {
                recipientsOf(briefing).stream()
                        .filter(recipient -> !sent.wasSent(occasion, recipient))
                        .forEach(recipient -> due.add(new Delivery(occasion, recipient)));
            }
        }
        return due;
    }

    @Override
    public boolean recordSent(Delivery delivery) {
        return sent.record(delivery.occasion(), delivery.recipient(), clock.instant());
    }

    @Override
    public Optional<MorningPlan> morningPlan(LocalDate day, StaffId recipient) {
        access.require(recipient, Briefing.MORNING_PLAN.needed());
        List<Order> games = startingOn(day);
        return games.isEmpty() ? Optional.empty() : Optional.of(new MorningPlan(day, planned(games, recipient)));
    }

    @Override
    public Optional<ConfirmationList> confirmations(LocalDate day, StaffId recipient) {
        access.require(recipient, Briefing.CONFIRMATIONS.needed());
        LocalDate tomorrow = day.plusDays(1);
        List<Order> unconfirmed = startingOn(tomorrow).stream()
                .filter(order -> order.status() == OrderStatus.NEW)
                .toList();
        return unconfirmed.isEmpty()
                ? Optional.empty()
                : Optional.of(new ConfirmationList(tomorrow, planned(unconfirmed, recipient)));
    }

    @Override
    public Optional<FollowUps> followUps(LocalDate day, StaffId recipient) {
        access.require(recipient, Briefing.FOLLOW_UPS.needed());
        List<Order> toThank = birthdaysPlayedOn(List.of(day.minusDays(1)));
        List<Order> toInvite = birthdaysPlayedOn(InviteAgain.gamesOf(day));
        FollowUps followUps = new FollowUps(day, planned(toThank, recipient), planned(toInvite, recipient));
        return followUps.isEmpty() ? Optional.empty() : Optional.of(followUps);
    }

    @Override
    public Subscription settingsOf(StaffId by) {
        Set<Briefing> available = availableTo(by);
        if (available.isEmpty()) {
            throw new NotPermitted(by, Permission.VIEW_SCHEDULE);
        }
        Set<Briefing> receives = EnumSet.noneOf(Briefing.class);
        receives.addAll(available);
        receives.removeAll(preferences.optedOut(by));
        return new Subscription(available, receives, preferences.times());
    }

    @Override
    public Subscription receive(Briefing briefing, boolean wanted, StaffId by) {
        access.require(by, briefing.needed());
        Set<Briefing> optedOut = EnumSet.noneOf(Briefing.class);
        optedOut.addAll(preferences.optedOut(by));
        if (wanted) {
            optedOut.remove(briefing);
        } else {
            optedOut.add(briefing);
        }
        preferences.saveOptedOut(by, optedOut);
        return settingsOf(by);
    }

    @Override
    public BriefingTimes setTimes(BriefingTimes times, StaffId by) {
        access.require(by, Permission.CONFIGURE_CLUB);
        preferences.saveTimes(times);
        return times;
    }

    @Override
    public void blocked(StaffId member) {
        preferences.setUnreachable(member, true);
    }

    @Override
    public void wroteAgain(StaffId member) {
        if (preferences.isUnreachable(member)) {
            preferences.setUnreachable(member, false);
        }
    }

    private boolean hasContent(Occasion occasion) {
        LocalDate day = occasion.day();
        return switch (occasion.briefing()) {
            case MORNING_PLAN -> !startingOn(day).isEmpty();
            case CONFIRMATIONS -> startingOn(day.plusDays(1)).stream()
                    .anyMatch(order -> order.status() == OrderStatus.NEW);
            case FOLLOW_UPS -> !birthdaysPlayedOn(List.of(day.minusDays(1))).isEmpty()
                    || !birthdaysPlayedOn(InviteAgain.gamesOf(day)).isEmpty();
        };
    }

    /** Everyone who gets this briefing now: configured admins and stored staff it is open to, in that order. */
    private List<StaffId> recipientsOf(Briefing briefing) {
        Set<StaffId> everyone = new LinkedHashSet<>(access.configuredAdmins());
        staff.all().stream().map(StaffMember::id).forEach(everyone::add);
        Predicate<StaffId> wants = member -> access.permits(member, briefing.needed())
                && !preferences.optedOut(member).contains(briefing)
                && !preferences.isUnreachable(member);
        return everyone.stream().filter(wants).toList();
    }

    private Set<Briefing> availableTo(StaffId member) {
        Set<Briefing> available = EnumSet.noneOf(Briefing.class);
        for (Briefing briefing : Briefing.values()) {
            if (access.permits(member, briefing.needed())) {
                available.add(briefing);
            }
        }
        return available;
    }

    /** The day's live games: those starting on it in the club's zone, cancelled ones left out. */
    private List<Order> startingOn(LocalDate day) {
        Instant from = day.atStartOfDay(rules.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        return orders.occupyingBetween(from, to).stream()
                .filter(Order::occupiesSlots)
                .filter(order -> !order.slot().start().isBefore(from) && order.slot().start().isBefore(to))
                .toList();
    }

    /** Birthday games played (not cancelled, not a no-show) on these days, with a client still known. */
    private List<Order> birthdaysPlayedOn(List<LocalDate> days) {
        return days.stream()
                .flatMap(day -> startingOn(day).stream())
                .filter(order -> order.gameType() == GameType.BIRTHDAY)
                .filter(order -> order.status() != OrderStatus.NO_SHOW)
                .filter(order -> order.clientId().isPresent())
                .toList();
    }

    private List<PlannedGame> planned(List<Order> list, StaffId recipient) {
        boolean withPhones = access.permits(recipient, Permission.MANAGE_CLIENTS);
        Map<ClientId, Optional<Client>> clientsById = new HashMap<>();
        return list.stream().map(order -> {
            Optional<Client> client = order.clientId().flatMap(id -> clientsById.computeIfAbsent(id, clients::byId));
            return new PlannedGame(order.requireId(), local(order.slot().start()), local(order.slot().gameEnd()),
                    local(order.slot().end()), order.slot().polygon(), order.slot().restRoom(), order.players(),
                    order.gameType(), order.gift(), order.status(), client.map(Client::fullName),
                    withPhones ? client.map(Client::phone) : Optional.empty());
        }).toList();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.zone());
    }
}
