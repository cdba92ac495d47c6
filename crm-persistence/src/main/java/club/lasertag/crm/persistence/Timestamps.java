package club.lasertag.crm.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants are stored as UTC wall-clock times with millisecond precision (the columns are timestamp(3)). */
final class Timestamps {

    private Timestamps() {
    }

    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    static Instant fromDb(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
