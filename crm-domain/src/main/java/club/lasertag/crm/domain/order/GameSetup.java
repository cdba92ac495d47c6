package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.InvalidInput;

import java.time.Duration;
import java.util.Objects;

/**
 * How a group plays, validated: the polygon and for how long, the rest room and for how long, how many players.
 * Without a rest room the rest time is zero.
 */
public record GameSetup(Duration gameTime, Polygon polygon, RestRoom restRoom, Duration restTime, int players) {

    /** No game or rest is longer than this. */
    public static final Duration MAX_DURATION = Duration.ofHours(12);
    /** A sanity bound for typing errors; the club's own per-polygon limit is a booking rule. */
    public static final int MAX_PLAYERS = 500;

    public GameSetup {
        Objects.requireNonNull(polygon, "polygon");
        Objects.requireNonNull(restRoom, "restRoom");
        requirePositive("gameTime", gameTime);
        if (restRoom.isTaken()) {
            requirePositive("restTime", restTime);
        } else {
            restTime = Duration.ZERO;
        }
        if (players < 1 || players > MAX_PLAYERS) {
            throw new InvalidInput("players", InvalidInput.Problem.OUT_OF_RANGE, players, 1, MAX_PLAYERS);
        }
    }

    /** One hour on the arena, then an hour in room 1: the seed's defaults. */
    public static GameSetup defaults(int players) {
        return new GameSetup(Duration.ofHours(1), Polygon.ARENA, RestRoom.ROOM_1, Duration.ofHours(1), players);
    }

    public GameSetup withPolygon(Polygon value) {
        return new GameSetup(gameTime, value, restRoom, restTime, players);
    }

    public GameSetup withGameTime(Duration value) {
        return new GameSetup(value, polygon, restRoom, restTime, players);
    }

    public GameSetup withRest(RestRoom room, Duration time) {
        return new GameSetup(gameTime, polygon, room, time, players);
    }

    public GameSetup withPlayers(int value) {
        return new GameSetup(gameTime, polygon, restRoom, restTime, value);
    }

    private static void requirePositive(String field, Duration duration) {
        Objects.requireNonNull(duration, field);
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_POSITIVE, duration.toMinutes());
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new InvalidInput(field, InvalidInput.Problem.OUT_OF_RANGE, duration.toMinutes(), 1, MAX_DURATION.toMinutes());
        }
    }
}
