package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.telegram.chat.Button;

import java.time.LocalDate;

/** The calendar's screens other features link to. */
public final class CalendarLinks {

    private CalendarLinks() {
    }

    /** A day's orders by start. */
    public static Button day(String label, LocalDate day) {
        return CalendarCallbacks.CODEC.button(label, new CalendarAction.Day(day));
    }
}
