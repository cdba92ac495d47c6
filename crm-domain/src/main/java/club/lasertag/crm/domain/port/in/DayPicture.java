package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Use case: a day's bookings at a glance, as a picture (PNG) with a lane per field and per rest room. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}; the picture carries no phone numbers.
 */
public interface DayPicture {

    /** What the picture of {@code day} shows. */
    DayBoard board(LocalDate day, StaffId by);

    /** The picture of {@code day} as PNG bytes, its words in {@code locale}. */
    byte[] png(LocalDate day, Locale locale, StaffId by);
}
