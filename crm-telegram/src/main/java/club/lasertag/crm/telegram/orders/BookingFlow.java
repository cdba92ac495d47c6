package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Flow;

/** The booking dialogs; their steps are {@link Step}s. */
enum BookingFlow implements Flow {
    /** A new booking: every question, then a summary. */
    NEW("order.new"),
    /** A change of a saved order: the fields chosen from the summary. */
    EDIT("order.edit"),
    /** A move of a saved order: date and start only. */
    MOVE("order.move");

    private final String code;

    BookingFlow(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_ORDERS;
    }
}
