package club.lasertag.crm.telegram.chat;


import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A month as rows of seven buttons, Monday first, under a header row of weekday names: the booking dialog's date
 * picker and the calendar's month view. Cells outside the month (and the header) are inert buttons.
 */
public final class MonthGrid {

    /** The label of an empty cell: Telegram refuses buttons without text. */
    public static final String BLANK = "·";

    private MonthGrid() {
    }

    /**
     * @param inertData callback data of buttons that do nothing
     * @param dayButton the button of each day of the month
     */
    public static List<List<Button>> rows(YearMonth month, Labels labels, String inertData,
            Function<LocalDate, Button> dayButton) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> header = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            header.add(new Button(labels.weekday(day), inertData));
        }
        rows.add(header);
        List<Button> week = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < leading; i++) {
            week.add(new Button(BLANK, inertData));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            week.add(dayButton.apply(month.atDay(day)));
            if (week.size() == 7) {
                rows.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Button(BLANK, inertData));
            }
            rows.add(week);
        }
        return rows;
    }
}
