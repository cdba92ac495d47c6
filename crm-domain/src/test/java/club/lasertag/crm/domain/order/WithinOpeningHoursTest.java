package club.lasertag.crm.domain.order;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** The club is in Moscow (UTC+3), open 10:00 to midnight unless a test says otherwise. */
class WithinOpeningHoursTest {

    private static final ClubRules MOSCOW = ClubRules.defaults(ZoneId.of("Europe/Moscow"));
    private final WithinOpeningHours policy = new WithinOpeningHours(MOSCOW);

    @Test
    void fromOpening() {
        assertThat(policy.check(anOrder().start("2030-06-15T07:00:00Z").build(), List.of())).isEmpty();
    }

    @Test
    void notBeforeOpening() {
        assertThat(policy.check(anOrder().start("2030-06-15T06:59:00Z").build(), List.of()))
                .contains(new Refusal.OutsideOpeningHours(LocalTime.of(10, 0), LocalTime.MIDNIGHT));
    }

    @Test
    void untilMidnightIncludingTheRest() {
        // 22:00-23:00 game, 23:00-00:00 rest.
        assertThat(policy.check(anOrder().start("2030-06-15T19:00:00Z").gameMinutes(60).rest(RestRoom.ROOM_1, 60).build(),
                List.of())).isEmpty();
    }

    @Test
    void theRestMustEndByClosing() {
        // 22:30-23:30 game, then rest until 00:30.
        assertThat(policy.check(anOrder().start("2030-06-15T19:30:00Z").gameMinutes(60).rest(RestRoom.ROOM_1, 60).build(),
                List.of())).isPresent();
        assertThat(policy.check(anOrder().start("2030-06-15T19:30:00Z").gameMinutes(60).noRestRoom().build(),
                List.of())).isEmpty();
    }

    @Test
    void aGameAfterMidnightIsBeforeTheNextOpening() {
        // 00:30 Moscow on the 16th.
        assertThat(policy.check(anOrder().start("2030-06-15T21:30:00Z").gameMinutes(30).noRestRoom().build(), List.of()))
                .isPresent();
    }

    @Test
    void hoursAreTheClubsLocalTime() {
        // 10:30 Moscow is 07:30 UTC: open in Moscow, before 10:00 in UTC.
        assertThat(policy.check(anOrder().start("2030-06-15T07:30:00Z").noRestRoom().build(), List.of())).isEmpty();
        // 23:30-00:30 Moscow is 20:30-21:30 UTC: inside UTC hours, past closing in Moscow.
        assertThat(policy.check(anOrder().start("2030-06-15T20:30:00Z").gameMinutes(60).noRestRoom().build(), List.of()))
                .isPresent();
    }

    @Test
    void anEarlierClosingTime() {
        WithinOpeningHours closingAt22 = new WithinOpeningHours(MOSCOW.withOpeningHours(LocalTime.of(9, 0), LocalTime.of(22, 0)));

        // 09:00-11:00 and 20:00-22:00 Moscow.
        assertThat(closingAt22.check(anOrder().start("2030-06-15T06:00:00Z").build(), List.of())).isEmpty();
        assertThat(closingAt22.check(anOrder().start("2030-06-15T17:00:00Z").build(), List.of())).isEmpty();
        // 20:30-22:30 Moscow.
        assertThat(closingAt22.check(anOrder().start("2030-06-15T17:30:00Z").build(), List.of()))
                .contains(new Refusal.OutsideOpeningHours(LocalTime.of(9, 0), LocalTime.of(22, 0)));
    }
}
