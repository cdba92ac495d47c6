package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code br:receive:<briefing>:<0|1>}, {@code br:shift:<m|e>:<minutes>}, {@code br:now:<briefing>}. */
final class BriefingCallbacks extends CallbackCodec<BriefingAction> {

    static final BriefingCallbacks CODEC = new BriefingCallbacks();

    /** How far one press may move a time. */
    private static final int MAX_SHIFT = 180;

    private BriefingCallbacks() {
        super("br");
    }

    @Override
    protected List<Object> parts(BriefingAction action) {
        return action.parts();
    }

    @Override
    protected Optional<BriefingAction> read(Callback callback) {
        return switch (callback.action()) {
            case "receive" -> callback.arg(0).map(Briefing::ofCode)
                    .flatMap(briefing -> callback.arg(1).filter(flag -> flag.equals("0") || flag.equals("1"))
                            .map(flag -> new BriefingAction.Receive(briefing, flag.equals("1"))));
            case "shift" -> callback.arg(0).filter(which -> which.equals("m") || which.equals("e"))
                    .flatMap(which -> callback.arg(1).map(Integer::parseInt)
                            .filter(minutes -> Math.abs(minutes) <= MAX_SHIFT)
                            .map(minutes -> new BriefingAction.ShiftTime(which.equals("m"), minutes)));
            case "now" -> callback.arg(0).map(Briefing::ofCode).map(BriefingAction.Preview::new);
            default -> Optional.empty();
        };
    }
}
