package club.lasertag.crm.domain.briefing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The bookings of a day that are still new: each to be confirmed (or cancelled) by phone. */
public record ConfirmationList(LocalDate day, List<PlannedGame> unconfirmed) {

    public ConfirmationList {
        unconfirmed = unconfirmed.stream().sorted(Comparator.comparing(PlannedGame::start)).toList();
    }
}
