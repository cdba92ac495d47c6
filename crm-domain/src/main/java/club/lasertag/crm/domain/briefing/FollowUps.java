package club.lasertag.crm.domain.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * A manager's follow-ups for a day: yesterday's birthday games, whose families to thank, and the birthday games of
 * eleven months ago, whose families to invite again.
 */
public record FollowUps(LocalDate day, List<PlannedGame> toThank, List<PlannedGame> toInviteAgain) {

    public FollowUps {
        toThank = List.copyOf(toThank);
        toInviteAgain = List.copyOf(toInviteAgain);
    }

    public boolean isEmpty() {
        return toThank.isEmpty() && toInviteAgain.isEmpty();
    }
}
