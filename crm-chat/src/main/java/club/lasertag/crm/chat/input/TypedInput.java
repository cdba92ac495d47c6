package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates, times and numbers the way managers type them, refusing with an {@link InvalidInput}. */
public final class TypedInput {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})(?:[:.\\-\\s]?(\\d{2}))?");

    private TypedInput() {
    }

    /**
     * A date as {@code 31.12.2026}, {@code 31.12.26}, {@code 31/12}, {@code 2026-12-31}, or in words
     * ({@code завтра}, {@code пт}, {@code 30 ноября}: see {@link DayExpression}). Without a year, the next such
     * date from {@code today} on. A time after the date is refused: read it with {@link DayExpression#read}.
     */
    public static LocalDate date(String field, String raw, LocalDate today) {
        return DayExpression.dayOnly(field, raw, today);
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

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
