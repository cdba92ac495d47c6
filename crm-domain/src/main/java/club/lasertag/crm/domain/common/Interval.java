package club.lasertag.crm.domain.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of time {@code [start, end)}. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " .. " + end);
        }
    }

    public static Interval of(Instant start, Duration length) {
        return new Interval(start, start.plus(length));
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** Whether both intervals share a moment; touching ends do not overlap. */
    public boolean overlaps(Interval other) {
        return !isEmpty() && !other.isEmpty() && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
