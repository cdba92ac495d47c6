package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The calendar's buttons, for everyone who may see the calendar; {@link CalendarCallbacks} encodes them. */
sealed interface CalendarAction extends Action {

    @Override
    default Permission permission() {
        return Permission.VIEW_SCHEDULE;
    }

    /** The action's name and arguments in the callback data. */
    List<Object> parts();

    record Month(YearMonth month) implements CalendarAction {
        public List<Object> parts() {
            return List.of("month", month);
        }
    }

    /** A day's orders by start. */
    record Day(LocalDate day) implements CalendarAction {
        public List<Object> parts() {
            return List.of("day", day);
        }
    }

    /** A day by polygon and rest room. */
    record Places(LocalDate day) implements CalendarAction {
        public List<Object> parts() {
            return List.of("places", day);
        }
    }

    /** A day as a picture (a new message). */
    record Picture(LocalDate day) implements CalendarAction {
        public List<Object> parts() {
            return List.of("pic", day);
        }
    }

    /** A grid cell that does nothing. */
    record Nothing() implements CalendarAction {
        public List<Object> parts() {
            return List.of("nop");
        }
    }
}
