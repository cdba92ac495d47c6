package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.picture.DayBoard;

import java.util.Locale;

/** Outgoing port: draws the picture of a day. */
public interface DayPictures {

    /** {@code board} as PNG bytes, its words in {@code locale}. */
    byte[] png(DayBoard board, Locale locale);
}
