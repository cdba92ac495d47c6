package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The club's settings that bookings must respect.
 *
 * @param zone        the club's time zone: times are entered and shown in it
 * @param opensAt     the earliest start of a game
 * @param closesAt    when the last group must have left (game and rest); midnight means the end of the day
 * @param maxPlayers  the most players a polygon takes
 * @param startStep   the grid of start times offered as free (30 minutes: 10:00, 10:30, ...)
 * @param suggestions how many free start times a refusal offers
 */
public record ClubRules(
        ZoneId zone,
        LocalTime opensAt,
        LocalTime closesAt,
        Map<Polygon, Integer> maxPlayers,
        Duration startStep,
        int suggestions) {

    public ClubRules {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(startStep, "startStep");
        if (!closesAt.equals(LocalTime.MIDNIGHT) && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("the club must close after it opens: " + opensAt + " - " + closesAt);
        }
        if (startStep.compareTo(Duration.ofMinutes(1)) < 0 || startStep.toSecondsPart() != 0 || startStep.toNanosPart() != 0
                || Duration.ofDays(1).toMinutes() % startStep.toMinutes() != 0) {
            throw new IllegalArgumentException("the start step must divide a day into whole minutes: " + startStep);
        }
        maxPlayers = Map.copyOf(new EnumMap<>(Objects.requireNonNull(maxPlayers, "maxPlayers")));
        for (Polygon polygon : Polygon.values()) {
            int max = maxPlayers.getOrDefault(polygon, 0);
            if (max < 1) {
                throw new IllegalArgumentException("max players of " + polygon.code() + " must be at least 1: " + max);
            }
        }
        if (suggestions < 0) {
            throw new IllegalArgumentException("suggestions must not be negative: " + suggestions);
        }
    }

    /** Open 10:00 to midnight, 30 players on the arena, 40 in the park and the forest, starts every 30 minutes. */
    public static ClubRules defaults(ZoneId zone) {
        return new ClubRules(zone, LocalTime.of(10, 0), LocalTime.MIDNIGHT,
                Map.of(Polygon.ARENA, 30, Polygon.PARK, 40, Polygon.FOREST, 40), Duration.ofMinutes(30), 6);
    }

    /**
     * When the club is open on {@code day}: from its opening time to its closing time that day, closing at
     * midnight meaning the start of the next day. The one definition the booking rules and free start times share.
     */
    public Interval openOn(LocalDate day) {
        LocalDate closingDay = closesAt.equals(LocalTime.MIDNIGHT) ? day.plusDays(1) : day;
        return new Interval(day.atTime(opensAt).atZone(zone).toInstant(),
                closingDay.atTime(closesAt).atZone(zone).toInstant());
    }

    public int maxPlayers(Polygon polygon) {
        return maxPlayers.get(polygon);
    }

    public ClubRules withOpeningHours(LocalTime opens, LocalTime closes) {
        return new ClubRules(zone, opens, closes, maxPlayers, startStep, suggestions);
    }

    public ClubRules withMaxPlayers(Map<Polygon, Integer> max) {
        return new ClubRules(zone, opensAt, closesAt, max, startStep, suggestions);
    }
}
