package club.lasertag.crm.domain.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntervalTest {

    private static final Instant T0 = Instant.parse("2030-06-15T12:00:00Z");

    /** An interval from {@code from} to {@code to} minutes after T0. */
    private static Interval minutes(int from, int to) {
        return new Interval(T0.plusSeconds(from * 60L), T0.plusSeconds(to * 60L));
    }

    @ParameterizedTest(name = "[{0},{1}) vs [{2},{3}) overlap: {4}")
    @CsvSource({
            "0, 60, 30, 90, true",
            "30, 90, 0, 60, true",
            "0, 60, 0, 60, true",
            "0, 60, 10, 20, true",
            "10, 20, 0, 60, true",
            "0, 60, 59, 61, true",
            "0, 60, 60, 120, false",
            "60, 120, 0, 60, false",
            "0, 60, 61, 120, false",
            "0, 60, 30, 30, false",
            "30, 30, 0, 60, false",
    })
    void halfOpenOverlaps(int aFrom, int aTo, int bFrom, int bTo, boolean overlap) {
        assertThat(minutes(aFrom, aTo).overlaps(minutes(bFrom, bTo))).isEqualTo(overlap);
    }

    @Test
    void containsItsStartButNotItsEnd() {
        Interval hour = Interval.of(T0, Duration.ofHours(1));

        assertThat(hour.contains(T0)).isTrue();
        assertThat(hour.contains(T0.plusSeconds(3599))).isTrue();
        assertThat(hour.contains(T0.plusSeconds(3600))).isFalse();
        assertThat(hour.contains(T0.minusSeconds(1))).isFalse();
    }

    @Test
    void emptyOnlyWhenStartIsEnd() {
        assertThat(minutes(10, 10).isEmpty()).isTrue();
        assertThat(minutes(10, 11).isEmpty()).isFalse();
    }

    @Test
    void mayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> minutes(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
