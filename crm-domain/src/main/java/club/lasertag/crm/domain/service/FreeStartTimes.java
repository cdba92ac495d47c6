package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.out.Orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The start times on the club's grid at which an order would pass every booking rule. */
final class FreeStartTimes {

    /** How many days ahead a refusal looks for free times. */
    static final int DAYS_AHEAD = 7;

    private final Orders orders;
    private final ClubRules rules;
    private final BookingPolicy policy;

    FreeStartTimes(Orders orders, ClubRules rules, BookingPolicy policy) {
        this.orders = orders;
        this.rules = rules;
        this.policy = policy;
    }

    /** Every free start on {@code day} for an order like {@code template}, earliest first. */
    List<LocalDateTime> on(LocalDate day, Order template) {
        Interval open = rules.openOn(day);
        List<Order> neighbours = orders.occupyingBetween(open.start(), open.end());
        List<LocalDateTime> free = new ArrayList<>();
        for (Instant start = open.start(); start.isBefore(open.end()); start = start.plus(rules.startStep())) {
            if (policy.check(startingAt(template, start), neighbours).isEmpty()) {
                free.add(LocalDateTime.ofInstant(start, rules.zone()));
            }
        }
        return free;
    }

    /** The template with its slot moved to {@code start}: a candidate to check, not a change, so no audit. */
    private static Order startingAt(Order template, Instant start) {
        return new Order(template.id(), template.clientId(), template.slot().startingAt(start), template.players(),
                template.gameType(), template.gift(), template.status(), template.comment(), template.audit());
    }

    /**
     * The free starts nearest to the template's own start: that day's first, closest first, then the following
     * days', earliest first; at most {@link ClubRules#suggestions()}.
     */
    List<LocalDateTime> nearest(Order template) {
        LocalDateTime wanted = LocalDateTime.ofInstant(template.slot().start(), rules.zone());
        List<LocalDateTime> result = new ArrayList<>();
        LocalDate day = wanted.toLocalDate();
        for (int i = 0; i < DAYS_AHEAD && result.size() < rules.suggestions(); i++, day = day.plusDays(1)) {
            List<LocalDateTime> free = new ArrayList<>(on(day, template));
            if (i == 0) {
                free.sort(Comparator.comparing((LocalDateTime start) -> Duration.between(start, wanted).abs())
                        .thenComparing(Comparator.naturalOrder()));
            }
            free.stream().limit(rules.suggestions() - result.size()).forEach(result::add);
        }
        return result;
    }
}
