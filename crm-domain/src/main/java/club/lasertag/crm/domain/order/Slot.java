package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Interval;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a booking occupies: the polygon during the game, then the rest room (if any) for the rest time.
 */
public record Slot(Instant start, Duration gameTime, Polygon polygon, RestRoom restRoom, Duration restTime) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(gameTime, "gameTime");
        Objects.requireNonNull(polygon, "polygon");
        Objects.requireNonNull(restRoom, "restRoom");
        Objects.requireNonNull(restTime, "restTime");
        if (gameTime.isNegative() || gameTime.isZero()) {
            throw new IllegalArgumentException("game time must be positive: " + gameTime);
        }
        if (restTime.isNegative()) {
            throw new IllegalArgumentException("rest time must not be negative: " + restTime);
        }
        if (!restRoom.isTaken()) {
            restTime = Duration.ZERO;
        }
    }

    /** {@code [start, start + gameTime)} on the polygon. */
    public Interval game() {
        return Interval.of(start, gameTime);
    }

    /** {@code [game end, game end + restTime)} in the rest room, if one is taken. */
    public Optional<Interval> rest() {
        return restRoom.isTaken() && !restTime.isZero()
                ? Optional.of(Interval.of(gameEnd(), restTime))
                : Optional.empty();
    }

    public Instant gameEnd() {
        return start.plus(gameTime);
    }

    /** When the group leaves: the end of the rest, or of the game without one. */
    public Instant end() {
        return gameEnd().plus(restTime);
    }

    /** From arrival to leaving. */
    public Interval visit() {
        return new Interval(start, end());
    }

    public Slot startingAt(Instant newStart) {
        return new Slot(newStart, gameTime, polygon, restRoom, restTime);
    }
}
