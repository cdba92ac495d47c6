package club.lasertag.crm.chat.input;

import club.lasertag.crm.chat.input.DayExpression.DayAndTime;
import club.lasertag.crm.domain.common.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayExpressionTest {

    /** A Sunday. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    private static DayAndTime read(String typed, LocalDate today) {
        return DayExpression.read("date", typed, today);
    }

    @ParameterizedTest(name = "{0} on Sun 29.11.2026 → {1}")
    @CsvSource({
            "сегодня,            2026-11-29",
            "Сегодня,            2026-11-29",
            "today,              2026-11-29",
            "завтра,             2026-11-30",
            "на завтра,          2026-11-30",
            "Tomorrow,           2026-11-30",
            "послезавтра,        2026-12-01",
            "day after tomorrow, 2026-12-01",
            "пн,                 2026-11-30",
            "вт,                 2026-12-01",
            "во вторник,         2026-12-01",
            "ср,                 2026-12-02",
            "в среду,            2026-12-02",
            "чт,                 2026-12-03",
            "пт,                 2026-12-04",
            "пятница,            2026-12-04",
            "в пятницу,          2026-12-04",
            "Пятн.,              2026-12-04",
            "сб,                 2026-12-05",
            "в субботу,          2026-12-05",
            "вс,                 2026-11-29",
            "воскресенье,        2026-11-29",
            "fri,                2026-12-04",
            "Friday,             2026-12-04",
            "on sat,             2026-12-05",
            "thurs,              2026-12-03",
            "sunday,             2026-11-29",
            "30.11,              2026-11-30",
            "30/11,              2026-11-30",
            "30.11.2026,         2026-11-30",
            "30.11.26,           2026-11-30",
            "2026-11-30,         2026-11-30",
            "30 ноября,          2026-11-30",
            "30-го ноября,       2026-11-30",
            "30 нояб.,           2026-11-30",
            "30 ноябрь,          2026-11-30",
            "1 декабря 2026,     2026-12-01",
            "30 nov,             2026-11-30",
            "30th Nov,           2026-11-30",
            "November 30,        2026-11-30",
            "Nov 30th 2026,      2026-11-30",
            "'Nov 30, 2026',     2026-11-30",
            "1 мая,              2027-05-01",
            "may 1,              2027-05-01",
            "3 марта,            2027-03-03",
            "15 сентября,        2027-09-15",
            "15 sept,            2027-09-15",
            "28.11,              2027-11-28",
            "ёлка 1,             -",
    })
    void readsTheDay(String typed, String expected) {
        if (expected.equals("-")) {
            assertThatThrownBy(() -> read(typed, SUNDAY)).isInstanceOf(InvalidInput.class);
            return;
        }
        DayAndTime read = read(typed, SUNDAY);
        assertThat(read.date()).isEqualTo(LocalDate.parse(expected));
        assertThat(read.time()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "завтра 15:00,        2026-11-30, 15:00",
            "завтра в 15,         2026-11-30, 15:00",
            "Завтра в 15:30,      2026-11-30, 15:30",
            "'завтра, 9:00',      2026-11-30, 09:00",
            "fri 14:30,           2026-12-04, 14:30",
            "friday at 2pm,       2026-12-04, 14:00",
            "sat 3 pm,            2026-12-05, 15:00",
            "в субботу в 3 дня,   2026-12-05, 15:00",
            "пт в 7 вечера,       2026-12-04, 19:00",
            "пт в 11 утра,        2026-12-04, 11:00",
            "tomorrow 12am,       2026-11-30, 00:00",
            "tomorrow 12pm,       2026-11-30, 12:00",
            "30.11 15.30,         2026-11-30, 15:30",
            "30.11.2026 1500,     2026-11-30, 15:00",
            "30 ноября в 18,      2026-11-30, 18:00",
            "30 ноября 18 ч,      2026-11-30, 18:00",
            "November 30 10:00,   2026-11-30, 10:00",
            "сегодня 23:59,       2026-11-29, 23:59",
    })
    void readsATimeAfterTheDay(String typed, LocalDate day, LocalTime time) {
        assertThat(read(typed, SUNDAY)).isEqualTo(new DayAndTime(day, Optional.of(time)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "в", "в 15", "15:00", "31", "32.12", "31.13", "0.12", "вчера",
            "next friday", "завтра потом", "завтра 25:00", "завтра 15:60", "пт 13pm", "ноя",
            "30 noo", "30 ма", "сегодняшний", "mo tu", "1.1.1899"})
    void refusesWhatItDoesNotKnowAsTyped(String typed) {
        assertThatThrownBy(() -> read(typed, SUNDAY))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> {
                    assertThat(problem.field()).isEqualTo("date");
                    assertThat(problem.problem()).isIn(InvalidInput.Problem.BAD_DATE, InvalidInput.Problem.BAD_TIME);
                    assertThat(problem.details()).containsExactly(typed.strip());
                });
    }

    @Test
    void pyatnitsa13IsFridayAt13() {
        // "пятница 13" reads as Friday at 13:00, not as a date: a weekday never takes a day number.
        assertThat(read("пятница 13", SUNDAY)).isEqualTo(new DayAndTime(LocalDate.of(2026, 12, 4),
                Optional.of(LocalTime.of(13, 0))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.11", "30.02", "31 апреля", "april 31", "31.04.2027", "29.02.2027"})
    void aDayTheMonthDoesNotHave(String typed) {
        assertThatThrownBy(() -> read(typed, SUNDAY)).isInstanceOfSatisfying(InvalidInput.class,
                problem -> assertThat(problem.problem()).isEqualTo(InvalidInput.Problem.NO_SUCH_DATE));
    }

    @Test
    void newYearsEveRollsOver() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertThat(read("01.01", newYearsEve).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(read("1 января", newYearsEve).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(read("завтра", newYearsEve).date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(read("послезавтра", newYearsEve).date()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(read("31.12", newYearsEve).date()).isEqualTo(newYearsEve);
        assertThat(read("пт", newYearsEve).date()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aMonthsEndRollsOver() {
        LocalDate february28 = LocalDate.of(2027, 2, 28);
        assertThat(read("завтра", february28).date()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read("29.02", february28).date()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(read("29.02", LocalDate.of(2028, 2, 29)).date()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(read("29.02", LocalDate.of(2028, 3, 1)).date()).isEqualTo(LocalDate.of(2032, 2, 29));
    }

    // ---- properties over many todays ----

    @Provide
    Arbitrary<LocalDate> todays() {
        return Dates.dates().between(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31));
    }

    @Property
    void tomorrowIsTheNextDay(@ForAll("todays") LocalDate today) {
        assertThat(read("завтра", today).date()).isEqualTo(today.plusDays(1));
        assertThat(read("tomorrow", today).date()).isEqualTo(today.plusDays(1));
        assertThat(read("послезавтра", today).date()).isEqualTo(today.plusDays(2));
        assertThat(read("сегодня", today).date()).isEqualTo(today);
    }

    @Property
    void aWeekdayIsTheNearestSuchDayFromTodayOn(@ForAll("todays") LocalDate today, @ForAll DayOfWeek weekday) {
        String english = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String russianShort = weekday.getDisplayName(TextStyle.SHORT, Locale.forLanguageTag("ru"));
        for (String typed : new String[] {english, english.substring(0, 3), russianShort}) {
            LocalDate read = read(typed, today).date();
            assertThat(read.getDayOfWeek()).as(typed).isEqualTo(weekday);
            assertThat(read).as(typed).isBetween(today, today.plusDays(6));
        }
    }

    @Property
    void aDayAndMonthIsTheNextSuchDateFromTodayOn(@ForAll("todays") LocalDate today,
            @ForAll("todays") LocalDate wanted) {
        if (wanted.getMonthValue() == 2 && wanted.getDayOfMonth() == 29) {
            return; // the leap day has its own rule
        }
        String typed = wanted.format(DateTimeFormatter.ofPattern("dd.MM"));
        LocalDate read = read(typed, today).date();
        assertThat(read.getMonth()).isEqualTo(wanted.getMonth());
        assertThat(read.getDayOfMonth()).isEqualTo(wanted.getDayOfMonth());
        assertThat(read).isAfterOrEqualTo(today).isBefore(today.plusYears(1));
        String russian = wanted.getDayOfMonth() + " "
                + wanted.format(DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ru")));
        String english = wanted.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH));
        assertThat(read(russian, today).date()).as(russian).isEqualTo(read);
        assertThat(read(english, today).date()).as(english).isEqualTo(read);
    }

    @Property
    void aFullDateIsTakenAsItIs(@ForAll("todays") LocalDate today, @ForAll("todays") LocalDate wanted,
            @ForAll @IntRange(max = 23) int hour, @ForAll @IntRange(max = 59) int minute) {
        String typed = wanted.format(DateTimeFormatter.ofPattern("d.M.yyyy")) + " " + hour + ":"
                + String.format("%02d", minute);
        assertThat(read(typed, today)).isEqualTo(new DayAndTime(wanted, Optional.of(LocalTime.of(hour, minute))));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).withChars("abcxyzабвгд!?#%&*");
    }

    @Property
    void noiseIsRefusedNeverThrownOtherwise(@ForAll("noise") String typed) {
        try {
            read(typed, SUNDAY);
        } catch (InvalidInput expected) {
            assertThat(expected.field()).isEqualTo("date");
        }
    }
}
