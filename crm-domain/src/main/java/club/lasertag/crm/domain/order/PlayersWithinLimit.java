package club.lasertag.crm.domain.order;

import java.util.List;
import java.util.Optional;

/** A polygon takes at most its configured number of players. */
public final class PlayersWithinLimit implements BookingPolicy {

    private final ClubRules rules;

    public PlayersWithinLimit(ClubRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<Refusal> check(Order candidate, List<Order> neighbours) {
        Polygon polygon = candidate.slot().polygon();
        int max = rules.maxPlayers(polygon);
        return candidate.players() > max
                ? Optional.of(new Refusal.TooManyPlayers(polygon, candidate.players(), max))
                : Optional.empty();
    }
}
