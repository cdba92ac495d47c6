package club.lasertag.crm.domain.briefing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SendingWindowTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    @Test
    void theMorningPlanIsUsefulFromItsTimeUntilTheLastGameStarts() {
        Instant lastStart = Instant.parse("2030-06-15T15:00:00Z");

        SendingWindow window = SendingWindow.of(new Occasion(Briefing.MORNING_PLAN, DAY), BriefingTimes.DEFAULTS,
                MOSCOW, Optional.of(lastStart)).orElseThrow();

        assertThat(window.opens()).isEqualTo(Instant.parse("2030-06-15T06:00:00Z"));
        assertThat(window.contains(Instant.parse("2030-06-15T05:59:59Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2030-06-15T06:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2030-06-15T14:59:59Z"))).isTrue();
        assertThat(window.contains(lastStart)).isFalse();
    }

    @Test
    void aDayWithoutGamesOrWhoseGamesAllStartBeforeTheMorningTimeHasNoPlan() {
        Occasion occasion = new Occasion(Briefing.MORNING_PLAN, DAY);

        assertThat(SendingWindow.of(occasion, BriefingTimes.DEFAULTS, MOSCOW, Optional.empty())).isEmpty();
        assertThat(SendingWindow.of(occasion, BriefingTimes.DEFAULTS, MOSCOW,
                Optional.of(Instant.parse("2030-06-15T05:00:00Z")))).isEmpty();
    }

    @Test
    void theConfirmationListIsUsefulUntilMidnight() {
        SendingWindow window = SendingWindow.of(new Occasion(Briefing.CONFIRMATIONS, DAY), BriefingTimes.DEFAULTS,
                MOSCOW, Optional.empty()).orElseThrow();

        assertThat(window.opens()).isEqualTo(Instant.parse("2030-06-15T15:00:00Z"));
        assertThat(window.closes()).isEqualTo(Instant.parse("2030-06-15T21:00:00Z"));
    }

    @Test
    void aTimeThatTheSpringClockChangeSkipsMovesOnByTheGap() {
        LocalDate springForward = LocalDate.of(2030, 3, 31);
        BriefingTimes early = BriefingTimes.DEFAULTS.withMorning(LocalTime.of(2, 30));

        SendingWindow window = SendingWindow.of(new Occasion(Briefing.FOLLOW_UPS, springForward), early, BERLIN,
                Optional.empty()).orElseThrow();

        assertThat(window.opens()).isEqualTo(Instant.parse("2030-03-31T01:30:00Z"));
        assertThat(window.closes()).isEqualTo(Instant.parse("2030-03-31T22:00:00Z"));
    }

    @Test
    void onTheAutumnClockChangeTheDayIsAnHourLonger() {
        LocalDate fallBack = LocalDate.of(2030, 10, 27);

        SendingWindow window = SendingWindow.of(new Occasion(Briefing.CONFIRMATIONS, fallBack),
                BriefingTimes.DEFAULTS.withEvening(LocalTime.of(0, 0)), BERLIN, Optional.empty()).orElseThrow();

        assertThat(java.time.Duration.between(window.opens(), window.closes())).hasHours(25);
    }
}
