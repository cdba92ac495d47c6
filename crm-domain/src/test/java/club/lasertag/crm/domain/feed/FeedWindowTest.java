package club.lasertag.crm.domain.feed;

import club.lasertag.crm.domain.common.Interval;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FeedWindowTest {

    @Test
    void thirtyDaysBackToHundredEightyDaysAheadInWholeClubDays() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        // 23:30 in Moscow on 1 June 2030 is still 1 June there (20:30 UTC)
        Interval window = FeedWindow.around(Instant.parse("2030-06-01T20:30:00Z"), moscow);

        assertThat(window.start()).isEqualTo(Instant.parse("2030-05-01T21:00:00Z")); // 2 May 00:00 Moscow
        assertThat(window.end()).isEqualTo(Instant.parse("2030-11-28T21:00:00Z"));   // 29 Nov 00:00 Moscow
    }
}
