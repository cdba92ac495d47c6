package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code ca:month:<yyyy-MM>}, {@code ca:day:<yyyy-MM-dd>}, {@code ca:places:<yyyy-MM-dd>}, {@code ca:pic:<yyyy-MM-dd>}, {@code ca:nop}. */
final class CalendarCallbacks extends CallbackCodec<CalendarAction> {

    static final CalendarCallbacks CODEC = new CalendarCallbacks();

    private CalendarCallbacks() {
        super("ca");
    }

    @Override
    protected List<Object> parts(CalendarAction action) {
        return action.parts();
    }

    @Override
    protected Optional<CalendarAction> read(Callback callback) {
        return switch (callback.action()) {
            case "month" -> callback.month(0).map(CalendarAction.Month::new);
            case "day" -> callback.date(0).map(CalendarAction.Day::new);
            case "places" -> callback.date(0).map(CalendarAction.Places::new);
            case "pic" -> callback.date(0).map(CalendarAction.Picture::new);
            case "nop" -> Optional.of(new CalendarAction.Nothing());
            default -> Optional.empty();
        };
    }
}
