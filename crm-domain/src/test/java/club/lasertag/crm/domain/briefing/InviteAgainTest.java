package club.lasertag.crm.domain.briefing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class InviteAgainTest {

    @Test
    void theFamilyIsInvitedElevenMonthsAfterTheBirthdayGame() {
        assertThat(InviteAgain.after(LocalDate.of(2030, 6, 15))).isEqualTo(LocalDate.of(2031, 5, 15));
        assertThat(InviteAgain.gamesOf(LocalDate.of(2031, 5, 15))).containsExactly(LocalDate.of(2030, 6, 15));
    }

    @Test
    void gamesAtTheEndOfALongMonthAreAllRemindedOnTheLastDayOfAShortOne() {
        assertThat(InviteAgain.gamesOf(LocalDate.of(2031, 2, 28))).containsExactly(
                LocalDate.of(2030, 3, 28), LocalDate.of(2030, 3, 29), LocalDate.of(2030, 3, 30),
                LocalDate.of(2030, 3, 31));
        assertThat(InviteAgain.gamesOf(LocalDate.of(2031, 1, 30))).isEmpty();
    }

    @Test
    void everyGameOfFourYearsIsRemindedOnExactlyOneDay() {
        LocalDate first = LocalDate.of(2027, 1, 1);
        Map<LocalDate, Integer> reminders = new HashMap<>();
        Stream.iterate(first.minusYears(1), day -> day.plusDays(1))
                .limit(366 * 6)
                .forEach(reminderDay -> InviteAgain.gamesOf(reminderDay)
                        .forEach(game -> reminders.merge(game, 1, Integer::sum)));

        Stream.iterate(first, day -> day.plusDays(1)).limit(365 * 4 + 1)
                .forEach(game -> assertThat(reminders.get(game)).as("reminders of a game on %s", game).isEqualTo(1));
    }
}
