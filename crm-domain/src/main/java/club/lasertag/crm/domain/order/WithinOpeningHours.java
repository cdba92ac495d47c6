package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.time.LocalDate;
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
        Slot slot = candidate.slot();
        Interval open = rules.openOn(LocalDate.ofInstant(slot.start(), rules.zone()));
        boolean inside = !slot.start().isBefore(open.start()) && !slot.end().isAfter(open.end());
        return inside ? Optional.empty() : Optional.of(new Refusal.OutsideOpeningHours(rules.opensAt(), rules.closesAt()));
    }
}
