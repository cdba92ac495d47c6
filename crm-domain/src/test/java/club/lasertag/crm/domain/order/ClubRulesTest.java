package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClubRulesTest {

    private static final Map<Polygon, Integer> MAX = Map.of(Polygon.ARENA, 30, Polygon.PARK, 40, Polygon.FOREST, 40);

    private static ClubRules rules(LocalTime opens, LocalTime closes, Duration step) {
        return new ClubRules(ZoneOffset.UTC, opens, closes, MAX, step, 6);
    }

    @Test
    void defaults() {
        ClubRules rules = ClubRules.defaults(ZoneOffset.UTC);

        assertThat(rules.opensAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(rules.closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(rules.maxPlayers(Polygon.ARENA)).isEqualTo(30);
        assertThat(rules.maxPlayers(Polygon.FOREST)).isEqualTo(40);
        assertThat(rules.startStep()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theClubClosesAfterItOpens() {
        assertThatThrownBy(() -> rules(LocalTime.of(10, 0), LocalTime.of(10, 0), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules(LocalTime.of(10, 0), LocalTime.of(9, 0), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rules(LocalTime.of(10, 0), LocalTime.MIDNIGHT, Duration.ofMinutes(30)).closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(rules(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Duration.ofMinutes(30)).opensAt()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -30, 7 * 60, 30, 90, 2 * 24 * 60 * 60})
    void theStartStepDividesADayIntoWholeMinutes(long seconds) {
        assertThatThrownBy(() -> rules(LocalTime.of(10, 0), LocalTime.MIDNIGHT, Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 15, 30, 60, 24 * 60})
    void goodStartSteps(long minutes) {
        assertThat(rules(LocalTime.of(10, 0), LocalTime.MIDNIGHT, Duration.ofMinutes(minutes)).startStep().toMinutes())
                .isEqualTo(minutes);
    }

    @Test
    void everyPolygonHasALimitOfAtLeastOne() {
        assertThatThrownBy(() -> ClubRules.defaults(ZoneOffset.UTC).withMaxPlayers(Map.of(Polygon.ARENA, 30, Polygon.PARK, 40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClubRules.defaults(ZoneOffset.UTC)
                .withMaxPlayers(Map.of(Polygon.ARENA, 30, Polygon.PARK, 40, Polygon.FOREST, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openFromOpeningToClosingThatDay() {
        ClubRules rules = rules(LocalTime.of(10, 0), LocalTime.of(22, 0), Duration.ofMinutes(30));

        assertThat(rules.openOn(LocalDate.of(2030, 6, 15))).isEqualTo(new Interval(
                Instant.parse("2030-06-15T10:00:00Z"), Instant.parse("2030-06-15T22:00:00Z")));
    }

    @Test
    void closingAtMidnightIsTheStartOfTheNextDay() {
        ClubRules rules = new ClubRules(ZoneId.of("Europe/Moscow"), LocalTime.of(10, 0), LocalTime.MIDNIGHT, MAX,
                Duration.ofMinutes(30), 6);

        assertThat(rules.openOn(LocalDate.of(2030, 6, 15))).isEqualTo(new Interval(
                Instant.parse("2030-06-15T07:00:00Z"), Instant.parse("2030-06-15T21:00:00Z")));
    }

    @Test
    void limitsAreCopied() {
        Map<Polygon, Integer> max = new HashMap<>(MAX);
        ClubRules rules = ClubRules.defaults(ZoneOffset.UTC).withMaxPlayers(max);

        max.put(Polygon.ARENA, 1);

        assertThat(rules.maxPlayers(Polygon.ARENA)).isEqualTo(30);
    }

    @Test
    void suggestionsAreNotNegative() {
        assertThatThrownBy(() -> new ClubRules(ZoneOffset.UTC, LocalTime.of(10, 0), LocalTime.MIDNIGHT, MAX, Duration.ofMinutes(30), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
