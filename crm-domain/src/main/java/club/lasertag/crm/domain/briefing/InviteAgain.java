package club.lasertag.crm.domain.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The follow-up rule for birthdays: the family is invited again eleven months after a birthday game, in time for
 * the next birthday; the manager is reminded on that day.
 */
public final class InviteAgain {

    public static final int MONTHS_AFTER = 11;

    private InviteAgain() {
    }

    /** The day to invite again after a birthday game on this day (the month's last day when it is shorter). */
    public static LocalDate after(LocalDate birthdayGame) {
        return birthdayGame.plusMonths(MONTHS_AFTER);
    }

    /**
     * The days whose birthday games are due for an invitation on this day: exactly those whose {@link #after} it
     * is, so that at month ends no game is reminded twice or never (games on 29, 30 and 31 March are all
     * reminded on the last day of February; on 29 to 31 January nothing is).
     */
    public static List<LocalDate> gamesOf(LocalDate reminderDay) {
        LocalDate earliest = reminderDay.minusMonths(MONTHS_AFTER);
        return Stream.iterate(earliest, day -> day.plusDays(1))
                .limit(4)
                .filter(day -> after(day).equals(reminderDay))
                .toList();
    }
}
