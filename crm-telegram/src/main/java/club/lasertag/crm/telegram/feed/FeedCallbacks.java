package club.lasertag.crm.telegram.feed;

import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code fd:renew}. */
final class FeedCallbacks extends CallbackCodec<FeedAction> {

    static final FeedCallbacks CODEC = new FeedCallbacks();

    private FeedCallbacks() {
        super("fd");
    }

    @Override
    protected List<Object> parts(FeedAction action) {
        return List.of("renew");
    }

    @Override
    protected Optional<FeedAction> read(Callback callback) {
        return "renew".equals(callback.action()) && callback.args().isEmpty()
                ? Optional.of(new FeedAction.Renew())
                : Optional.empty();
    }
}
