package club.lasertag.crm.telegram.edge.gateway;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th failure in a row, wait between half and all of
 * {@code first * 2^(n-1)}, capped at {@code max}. The jitter keeps many clients (or chats) from resending in
 * step; keeping the lower half fixed makes each wait at least as long as the one before.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration first, Duration max) {
        this(first, max, new Random());
    }

    Backoff(Duration first, Duration max, RandomGenerator random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max: " + first + ", " + max);
        }
        this.first = first;
        this.max = max;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** How long to wait after {@code failures} (1 or more) failures in a row. */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be >= 1: " + failures);
        }
        long ceiling = first.toMillis() << Math.min(failures - 1, 30);
        ceiling = Math.min(ceiling < 0 ? Long.MAX_VALUE : ceiling, max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
