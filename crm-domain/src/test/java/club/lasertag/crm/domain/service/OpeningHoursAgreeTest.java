package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free start times and the opening-hours rule share one opening window ({@link ClubRules#openOn}): the first
 * free start is the opening, the last is the latest start that ends by closing, and the rule accepts exactly
 * those and refuses one step beyond either end.
 */
class OpeningHoursAgreeTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"10:00, 00:00", "10:00, 22:00", "09:30, 21:00", "00:00, 00:00", "12:00, 13:00"})
    void freeStartsAndTheRuleAgree(LocalTime opens, LocalTime closes) {
        TestCrm crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE).withOpeningHours(opens, closes));
        GameSetup halfHourNoRest = GameSetup.defaults(10).withGameTime(Duration.ofMinutes(30))
                .withRest(RestRoom.NONE, Duration.ZERO);
        Interval open = crm.rules.openOn(DAY);
        LocalDateTime opening = LocalDateTime.ofInstant(open.start(), TestCrm.ZONE);
        LocalDateTime closing = LocalDateTime.ofInstant(open.end(), TestCrm.ZONE);

        List<LocalTime> free = crm.bookingService.freeStarts(DAY, halfHourNoRest, MANAGER);

        assertThat(free).first().isEqualTo(opening.toLocalTime());
        assertThat(DAY.atTime(free.get(free.size() - 1)).plus(halfHourNoRest.gameTime())).isEqualTo(closing);
        ClientId clientId = crm.client().id();
        assertThat(book(crm, clientId, DAY.atTime(free.get(0)), halfHourNoRest)).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(book(crm, clientId, DAY.atTime(free.get(free.size() - 1)), halfHourNoRest))
                .isInstanceOf(BookingOutcome.Booked.class);
        assertThat(refusalOf(book(crm, clientId, closing.minusMinutes(15), halfHourNoRest)))
                .isInstanceOf(Refusal.OutsideOpeningHours.class);
        if (!opening.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            assertThat(refusalOf(book(crm, clientId, opening.minusMinutes(30), halfHourNoRest)))
                    .isInstanceOf(Refusal.OutsideOpeningHours.class);
        }
    }

    private static BookingOutcome book(TestCrm crm, ClientId client, LocalDateTime start,
                                       GameSetup setup) {
        return crm.bookingService.book(aBooking().client(client).on(start.toLocalDate())
                .at(start.toLocalTime().toString()).gameMinutes(setup.gameTime().toMinutes()).noRestRoom().build(), MANAGER);
    }

    private static Refusal refusalOf(BookingOutcome outcome) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Refused.class);
        return ((BookingOutcome.Refused) outcome).reason();
    }
}
