package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Nested
    class Dates {

        @ParameterizedTest
        @CsvSource({
                "31.12.2026, 2026-12-31",
                "31.12.26,   2026-12-31",
                "31/12/2026, 2026-12-31",
                "31-12-2026, 2026-12-31",
                "2026-12-31, 2026-12-31",
                "1.2.2027,   2027-02-01",
                "31.12,      2026-12-31",
                "' 5.06 ',   2026-06-05",
                "01.06,      2026-06-01",
        })
        void asManagersTypeThem(String typed, LocalDate expected) {
            assertThat(TypedInput.date("date", typed, TODAY)).isEqualTo(expected);
        }

        @Test
        void aDateWithoutYearInThePastIsNextYears() {
            assertThat(TypedInput.date("date", "31.05", TODAY)).isEqualTo(LocalDate.of(2027, 5, 31));
            assertThat(TypedInput.date("date", "15.01", TODAY)).isEqualTo(LocalDate.of(2027, 1, 15));
        }

        @Test
        void aLeapDayWithoutYearIsTheNextLeapDay() {
            assertThat(TypedInput.date("date", "29.02", TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(TypedInput.date("date", "29.02", LocalDate.of(2028, 1, 10))).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(TypedInput.date("date", "29.02", LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2032, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31.02.2027", "29.02.2027", "31.04.2026", "31.02", "31.04"})
        void aDayTheMonthDoesNotHave(String typed) {
            assertInvalid(() -> TypedInput.date("date", typed, TODAY), "date", InvalidInput.Problem.NO_SUCH_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "", "31", "32.12.2026", "00.12.2026", "31.13.2026", "31.00", "1.1.1899",
                "31.12.202", "2026-13-01", "tomorrow 15:00"})
        void notADate(String typed) {
            assertInvalid(() -> TypedInput.date("date", typed, TODAY), "date", InvalidInput.Problem.BAD_DATE);
        }

        @Test
        void nullIsNotADate() {
            assertInvalid(() -> TypedInput.date("date", null, TODAY), "date", InvalidInput.Problem.BAD_DATE);
        }
    }

    @Nested
    class Times {

        @ParameterizedTest
        @CsvSource({
                "15:00, 15:00", "15.00, 15:00", "1500, 15:00", "15, 15:00", "9:30, 09:30", "09:30, 09:30",
                "930, 09:30", "15-45, 15:45", "15 45, 15:45", "0:00, 00:00", "23:59, 23:59", "' 7 ', 07:00"})
        void asManagersTypeThem(String typed, LocalTime expected) {
            assertThat(TypedInput.time("start", typed)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"25:00", "24:00", "15:60", "abc", "", "15:0", "15:000", "1:2:3", "-1"})
        void notATime(String typed) {
            assertThatThrownBy(() -> TypedInput.time("start", typed))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("start");
                        assertThat(e.problem()).isEqualTo(InvalidInput.Problem.BAD_TIME);
                        assertThat(e.details()).containsExactly(typed.strip());
                    });
        }

        @Test
        void nullIsNotATime() {
            assertInvalid(() -> TypedInput.time("start", null), "start", InvalidInput.Problem.BAD_TIME);
        }
    }

    @Nested
    class Numbers {

        @Test
        void aNumberWithinRange() {
            assertThat(TypedInput.number("players", " 12 ", 1, 30)).isEqualTo(12);
            assertThat(TypedInput.number("players", "1", 1, 30)).isEqualTo(1);
            assertThat(TypedInput.number("players", "30", 1, 30)).isEqualTo(30);
        }

        @Test
        void outOfRangeNamesTheRange() {
            assertThatThrownBy(() -> TypedInput.number("players", "31", 1, 30))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.problem()).isEqualTo(InvalidInput.Problem.OUT_OF_RANGE);
                        assertThat(e.details()).containsExactly(31, 1, 30);
                    });
            assertInvalid(() -> TypedInput.number("players", "0", 1, 30), "players", InvalidInput.Problem.OUT_OF_RANGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "", "1.5", "12 players", "9999999999"})
        void notANumber(String typed) {
            assertInvalid(() -> TypedInput.number("players", typed, 1, 30), "players", InvalidInput.Problem.NOT_A_NUMBER);
        }
    }

    @Nested
    class Minutes {

        @Test
        void wholeMinutes() {
            assertThat(TypedInput.minutes("gametime", "90", 720)).isEqualTo(Duration.ofMinutes(90));
            assertThat(TypedInput.minutes("gametime", "720", 720)).isEqualTo(Duration.ofHours(12));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5"})
        void zeroOrNegativeIsNotPositive(String typed) {
            assertInvalid(() -> TypedInput.minutes("gametime", typed, 720), "gametime", InvalidInput.Problem.NOT_POSITIVE);
        }

        @Test
        void overTheMaximumIsOutOfRange() {
            assertInvalid(() -> TypedInput.minutes("resttime", "721", 720), "resttime", InvalidInput.Problem.OUT_OF_RANGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1h", "", "1,5"})
        void notANumber(String typed) {
            assertInvalid(() -> TypedInput.minutes("gametime", typed, 720), "gametime", InvalidInput.Problem.NOT_A_NUMBER);
        }
    }

    static void assertInvalid(Runnable action, String field, InvalidInput.Problem problem) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }
}
