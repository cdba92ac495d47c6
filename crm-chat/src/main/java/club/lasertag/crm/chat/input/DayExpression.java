package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, and maybe a time, the way a manager types it in Russian or English:
 * <ul>
 * <li>relative words: {@code сегодня}, {@code завтра}, {@code послезавтра}, {@code today}, {@code tomorrow},
 * {@code day after tomorrow};</li>
 * <li>weekdays, full or short, with or without a preposition: {@code пт}, {@code пятница}, {@code в субботу},
 * {@code во вторник}, {@code fri}, {@code friday}, {@code on sat};</li>
 * <li>numbers: {@code 30.11}, {@code 30/11}, {@code 30.11.2026}, {@code 30.11.26}, {@code 2026-11-30};</li>
 * <li>a month by name: {@code 30 ноября}, {@code 30 нояб.}, {@code 30 nov}, {@code November 30},
 * {@code Nov 30th, 2026};</li>
 * <li>then, optionally, a time: {@code завтра 15:00}, {@code завтра в 15}, {@code fri 14:30},
 * {@code пт в 3 дня}, {@code sat 3pm}.</li>
 * </ul>
 * Rules: a weekday is the nearest such day from today on, so {@code пт} typed on a Friday is that same Friday
 * (as {@code 30.11} typed on 30 November is that day: one rule for every day without a year); a day and month
 * without a year is the next such date from today on ({@code 01.01} typed on 31 December is tomorrow; {@code 29.02}
 * the next leap year's). A date with a year is taken as it is, even in the past: whether a past day is allowed is
 * the caller's rule. Anything else is refused with {@link InvalidInput.Problem#BAD_DATE} (or
 * {@link InvalidInput.Problem#NO_SUCH_DATE}, {@link InvalidInput.Problem#BAD_TIME}) carrying the text as typed.
 *
 * <p>It is chat input handling, not a business rule (the domain gets a {@link LocalDate}), so it lives here beside
 * {@link TypedInput}; {@code today} is the club's today, computed by the caller from its clock and the club's zone.
 */
public final class DayExpression {

    /** What was typed: a day and, when one followed it, a time of day. */
    public record DayAndTime(LocalDate date, Optional<LocalTime> time) {
        public DayAndTime {
            java.util.Objects.requireNonNull(date);
            java.util.Objects.requireNonNull(time);
        }
    }

    private static final Pattern PREPOSITION = Pattern.compile("^(?:на|в|во|on|this)\\s+");
    private static final Pattern RELATIVE = Pattern.compile(
            "^(послезавтра|(?:the\\s+)?day\\s+after\\s+tomorrow|сегодня|today|завтра|tomorrow)(?=[\\s,]|$)");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=[\\s,]|$)");
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{1,2})[./\\-](\\d{1,2})(?:[./\\-](\\d{4}|\\d{2}))?\\.?(?=[\\s,]|$)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?\\s+(\\p{L}+)\\.?(?:\\s+(\\d{4})(?:\\s*г(?:ода|\\.)?)?)?(?=[\\s,]|$)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?=[\\s,]|$)");
    private static final Pattern WORD = Pattern.compile("^(\\p{L}+)\\.?(?=[\\s,]|$)");
    private static final Pattern TIME = Pattern.compile(
            "^(?:(?:в|во|at|@)\\s*)?(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|утра|дня|вечера|ночи|ч\\.?|h)?$");

    /** Names of months as typed: a word of at least three letters that begins one of these forms. */
    private static final Map<Month, List<String>> MONTHS = Map.ofEntries(
            Map.entry(Month.JANUARY, List.of("январь", "января", "january")),
            Map.entry(Month.FEBRUARY, List.of("февраль", "февраля", "february")),
            Map.entry(Month.MARCH, List.of("март", "марта", "march")),
            Map.entry(Month.APRIL, List.of("апрель", "апреля", "april")),
            Map.entry(Month.MAY, List.of("май", "мая", "may")),
            Map.entry(Month.JUNE, List.of("июнь", "июня", "june")),
            Map.entry(Month.JULY, List.of("июль", "июля", "july")),
            Map.entry(Month.AUGUST, List.of("август", "августа", "august")),
            Map.entry(Month.SEPTEMBER, List.of("сентябрь", "сентября", "september")),
            Map.entry(Month.OCTOBER, List.of("октябрь", "октября", "october")),
            Map.entry(Month.NOVEMBER, List.of("ноябрь", "ноября", "november")),
            Map.entry(Month.DECEMBER, List.of("декабрь", "декабря", "december")));

    /** Weekdays: their two-letter abbreviations, and full forms a word of three letters or more may begin. */
    private static final Map<DayOfWeek, List<String>> SHORT_DAYS = Map.of(
            DayOfWeek.MONDAY, List.of("пн", "mo"),
            DayOfWeek.TUESDAY, List.of("вт", "tu"),
            DayOfWeek.WEDNESDAY, List.of("ср", "we"),
            DayOfWeek.THURSDAY, List.of("чт", "th"),
            DayOfWeek.FRIDAY, List.of("пт", "fr"),
            DayOfWeek.SATURDAY, List.of("сб", "sa"),
            DayOfWeek.SUNDAY, List.of("вс", "su"));
    private static final Map<DayOfWeek, List<String>> DAYS = Map.of(
            DayOfWeek.MONDAY, List.of("понедельник", "monday"),
            DayOfWeek.TUESDAY, List.of("вторник", "tuesday"),
            DayOfWeek.WEDNESDAY, List.of("среда", "среду", "wednesday"),
            DayOfWeek.THURSDAY, List.of("четверг", "thursday"),
            DayOfWeek.FRIDAY, List.of("пятница", "пятницу", "friday"),
            DayOfWeek.SATURDAY, List.of("суббота", "субботу", "saturday"),
            DayOfWeek.SUNDAY, List.of("воскресенье", "sunday"));

    private DayExpression() {
    }

    /** The day and the optional time typed in {@code raw}, {@code today} being the club's today. */
    public static DayAndTime read(String field, String raw, LocalDate today) {
        String typed = raw == null ? "" : raw.strip();
        String text = normalise(typed);
        Parsed day = day(field, typed, text, today);
        String rest = text.substring(day.length()).strip();
        if (rest.startsWith(",")) {
            rest = rest.substring(1).strip();
        }
        if (rest.isEmpty()) {
            return new DayAndTime(day.date(), Optional.empty());
        }
        return new DayAndTime(day.date(), Optional.of(time(field, typed, rest)));
    }

    /** The day typed in {@code raw}; a time after it is refused as not a date. */
    public static LocalDate dayOnly(String field, String raw, LocalDate today) {
        DayAndTime read = read(field, raw, today);
        if (read.time().isPresent()) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_DATE, raw == null ? "" : raw.strip());
        }
        return read.date();
    }

    private record Parsed(LocalDate date, int length) {
    }

    private static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    private static Parsed day(String field, String typed, String text, LocalDate today) {
        Matcher preposition = PREPOSITION.matcher(text);
        int skipped = preposition.find() ? preposition.end() : 0;
        String rest = text.substring(skipped);
        Optional<Parsed> parsed = relative(rest, today)
                .or(() -> iso(field, typed, rest))
                .or(() -> numeric(field, typed, rest, today))
                .or(() -> dayMonth(field, typed, rest, today))
                .or(() -> monthDay(field, typed, rest, today))
                .or(() -> weekday(rest, today));
        return parsed.map(found -> new Parsed(found.date(), skipped + found.length()))
                .orElseThrow(() -> new InvalidInput(field, InvalidInput.Problem.BAD_DATE, typed));
    }

    private static Optional<Parsed> relative(String text, LocalDate today) {
        Matcher matcher = RELATIVE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String word = matcher.group(1);
        int days = switch (word) {
            case "сегодня", "today" -> 0;
            case "завтра", "tomorrow" -> 1;
            default -> 2;
        };
        return Optional.of(new Parsed(today.plusDays(days), matcher.end()));
    }

    private static Optional<Parsed> iso(String field, String typed, String text) {
        Matcher matcher = ISO.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(exact(field, typed, number(matcher.group(1)), number(matcher.group(2)),
                number(matcher.group(3))), matcher.end()));
    }

    private static Optional<Parsed> numeric(String field, String typed, String text, LocalDate today) {
        Matcher matcher = NUMERIC.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int day = number(matcher.group(1));
        int month = number(matcher.group(2));
        String year = matcher.group(3);
        LocalDate date = year == null
                ? nextFrom(field, typed, today, month, day)
                : exact(field, typed, year.length() == 2 ? 2000 + number(year) : number(year), month, day);
        return Optional.of(new Parsed(date, matcher.end()));
    }

    private static Optional<Parsed> dayMonth(String field, String typed, String text, LocalDate today) {
        Matcher matcher = DAY_MONTH.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return month(matcher.group(2)).map(month -> new Parsed(
                withYear(field, typed, today, matcher.group(3), month.getValue(), number(matcher.group(1))),
                matcher.end()));
    }

    private static Optional<Parsed> monthDay(String field, String typed, String text, LocalDate today) {
        Matcher matcher = MONTH_DAY.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return month(matcher.group(1)).map(month -> new Parsed(
                withYear(field, typed, today, matcher.group(3), month.getValue(), number(matcher.group(2))),
                matcher.end()));
    }

    private static Optional<Parsed> weekday(String text, LocalDate today) {
        Matcher matcher = WORD.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return weekday(matcher.group(1))
                .map(day -> new Parsed(today.with(TemporalAdjusters.nextOrSame(day)), matcher.end()));
    }

    private static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        return MONTHS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(form -> form.startsWith(word)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Optional<DayOfWeek> weekday(String word) {
        if (word.length() < 3) {
            return SHORT_DAYS.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(word))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }
        return DAYS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(form -> form.startsWith(word)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static LocalTime time(String field, String typed, String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_DATE, typed);
        }
        int hours = number(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : number(matcher.group(2));
        String part = matcher.group(3) == null ? "" : matcher.group(3);
        boolean afternoon = part.startsWith("p") || part.equals("дня") || part.equals("вечера");
        boolean morning = part.startsWith("a") || part.equals("утра") || part.equals("ночи");
        if ((afternoon || morning) && (hours < 1 || hours > 12)) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_TIME, typed);
        }
        if (afternoon && hours < 12) {
            hours += 12;
        } else if (morning && hours == 12) {
            hours = 0;
        }
        if (hours > 23 || minutes > 59) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_TIME, typed);
        }
        return LocalTime.of(hours, minutes);
    }

    private static LocalDate withYear(String field, String typed, LocalDate today, String year, int month, int day) {
        return year == null ? nextFrom(field, typed, today, month, day) : exact(field, typed, number(year), month, day);
    }

    /** A day and month without a year: the next such date from today on (29.02: the next leap year's). */
    private static LocalDate nextFrom(String field, String typed, LocalDate today, int month, int day) {
        checkRange(field, typed, 2000, month, day);
        if (month == 2 && day == 29) {
            int year = today.getYear();
            while (!java.time.Year.isLeap(year) || LocalDate.of(year, 2, 29).isBefore(today)) {
                year++;
            }
            return LocalDate.of(year, 2, 29);
        }
        LocalDate thisYear = exact(field, typed, today.getYear(), month, day);
        return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
    }

    private static LocalDate exact(String field, String typed, int year, int month, int day) {
        checkRange(field, typed, year, month, day);
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new InvalidInput(field, InvalidInput.Problem.NO_SUCH_DATE, typed);
        }
        return LocalDate.of(year, month, day);
    }

    private static void checkRange(String field, String typed, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) {
            throw new InvalidInput(field, InvalidInput.Problem.BAD_DATE, typed);
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
