package club.lasertag.crm.domain.order;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A group plays and rests while the club is open: not before opening, gone by closing, the same day. */
public final class WithinOpeningHours implements BookingPolicy {

    private final ClubRules rules;

    public WithinOpeningHours(ClubRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        LocalDateTime start = LocalDateTime.ofInstant(candidate.slot().start(), rules.zone());
        LocalDateTime end = LocalDateTime.ofInstant(candidate.slot().end(), rules.zone());
        LocalDate day = start.toLocalDate();
        LocalDateTime opens = day.atTime(rules.opensAt());
        LocalDateTime closes = rules.closesAt().equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay()
                : day.atTime(rules.closesAt());
        boolean inside = !start.isBefore(opens) && !end.isAfter(closes);
        return inside ? Optional.empty() : Optional.of(new Refusal.OutsideOpeningHours(rules.opensAt(), rules.closesAt()));
    }
}
