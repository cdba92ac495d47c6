package club.lasertag.crm.telegram.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarCallbacksTest {

    @Test
    void everyActionComesBackAsItWent() {
        List<CalendarAction> actions = List.of(new CalendarAction.Month(YearMonth.of(2030, 6)),
                new CalendarAction.Day(LocalDate.of(2030, 6, 15)), new CalendarAction.Places(LocalDate.of(2030, 6, 15)),
                new CalendarAction.Nothing());
        for (CalendarAction action : actions) {
            assertThat(CalendarCallbacks.CODEC.decode(CalendarCallbacks.CODEC.encode(action))).contains(action);
        }
        assertThat(CalendarLinks.day("x", LocalDate.of(2030, 6, 15)).data()).isEqualTo("ca:day:2030-06-15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca:day:2030-02-30", "ca:month:2030-13", "ca:places", "ca:x", "ca"})
    void forgedDataIsNotUnderstood(String data) {
        assertThat(CalendarCallbacks.CODEC.decode(data)).isEmpty();
    }
}
