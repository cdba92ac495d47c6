package club.lasertag.crm.domain.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The days whose orders an export holds, {@code first} to {@code last} inclusive, in the club's zone. */
public record ExportPeriod(LocalDate first, LocalDate last) {

    public ExportPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends before it starts: " + first + " .. " + last);
        }
    }

    public static ExportPeriod of(YearMonth month) {
        return new ExportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** From 1 January of {@code day}'s year to 31 December. */
    public static ExportPeriod yearOf(LocalDate day) {
        return new ExportPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }
}
