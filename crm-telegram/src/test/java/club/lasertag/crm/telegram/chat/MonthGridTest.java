package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Texts;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthGridTest {

    private final Labels labels = new Labels(Texts.forLocale(Texts.RUSSIAN));

    @Test
    void aMonthStartingOnMondayFillsWholeWeeks() {
        List<List<Button>> rows = grid(YearMonth.of(2027, 2));

        assertThat(rows).hasSize(5);
        assertThat(texts(rows.get(1))).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(texts(rows.get(4))).containsExactly("22", "23", "24", "25", "26", "27", "28");
    }

    @Test
    void daysOutsideTheMonthAreBlankAndEveryRowHasSeven() {
        List<List<Button>> rows = grid(YearMonth.of(2030, 6));

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(texts(rows.get(1))).containsExactly("·", "·", "·", "·", "·", "1", "2");
        assertThat(texts(rows.get(rows.size() - 1))).containsExactly("24", "25", "26", "27", "28", "29", "30");
        assertThat(rows.get(1).get(0).data()).isEqualTo("x:nop");
    }

    private List<List<Button>> grid(YearMonth month) {
        return MonthGrid.rows(month, labels, "x:nop", day -> new Button(String.valueOf(day.getDayOfMonth()), "x:" + day));
    }

    private static List<String> texts(List<Button> row) {
        return row.stream().map(Button::label).toList();
    }
}
