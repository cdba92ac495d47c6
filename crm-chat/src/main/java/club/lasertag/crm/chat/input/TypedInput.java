package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates, times and numbers the way managers type them, refusing with an {@link InvalidInput}. */
public final class TypedInput {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./\\-](\\d{1,2})(?:[./\\-](\\d{2}|\\d{4}))?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})(?:[:.\\-\\s]?(\\d{2}))?");

    private TypedInput() {
    }

    /**
     * A date as {@code 31.12.2026}, {@code 31.12.26}, {@code 31/12}, {@code 2026-12-31}. Without a year, the
     * next such date from {@code today} on.
     */
    public static LocalDate date(String field, String raw, LocalDate today) {
        String text = raw == null ? "" : raw.strip();
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return dateOf(field, text, number(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (!dmy.matches()) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_DATE, text);
        }
        int day = number(dmy.group(1));
        int month = number(dmy.group(2));
        if (dmy.group(3) == null) {
            LocalDate thisYear = dateOf(field, text, today.getYear(), month, day, true);
            return thisYear.isBefore(today) ? dateOf(field, text, today.getYear() + 1, month, day, true) : thisYear;
        }
        int year = dmy.group(3).length() == 2 ? 2000 + number(dmy.group(3)) : number(dmy.group(3));
        return dateOf(field, text, year, month, day);
    }

    /** A time of day as {@code 15:00}, {@code 15.00}, {@code 1500}, {@code 9:30} or {@code 15}. */
    public static LocalTime time(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher matcher = HOURS_MINUTES.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_TIME, text);
        }
        int hours = number(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : number(matcher.group(2));
        if (hours > 23 || minutes > 59) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_TIME, text);
        }
        return LocalTime.of(hours, minutes);
    }

    /** A whole number within {@code [min, max]}. */
    public static int number(String field, String raw, int min, int max) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("[+-]?\\d{1,9}")) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_A_NUMBER, text);
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new InvalidInput(field, InvalidInput.Problem.OUT_OF_RANGE, value, min, max);
        }
        return value;
    }

    /** A duration typed in whole minutes, positive and at most {@code maxMinutes}. */
    public static Duration minutes(String field, String raw, int maxMinutes) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("[+-]?\\d{1,9}")) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_A_NUMBER, text);
        }
        int value = Integer.parseInt(text);
        if (value <= 0) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_POSITIVE, value);
        }
        if (value > maxMinutes) {
            throw new InvalidInput(field, InvalidInput.Problem.OUT_OF_RANGE, value, 1, maxMinutes);
        }
        return Duration.ofMinutes(value);
    }

    private static LocalDate dateOf(String field, String text, int year, int month, int day) {
        return dateOf(field, text, year, month, day, false);
    }

    private static LocalDate dateOf(String field, String text, int year, int month, int day, boolean leapDayMayComeLater) {
        if (leapDayMayComeLater && month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
            // "29.02" in a common year means the next leap year's.
            int leap = year + 1;
            while (!java.time.Year.isLeap(leap)) {
                leap++;
            }
            return LocalDate.of(leap, 2, 29);
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_DATE, text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInput(field, InvalidInput.Problem.NO_SUCH_DATE, text);
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
