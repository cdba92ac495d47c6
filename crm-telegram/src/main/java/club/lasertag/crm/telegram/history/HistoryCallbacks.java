package club.lasertag.crm.telegram.history;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code hy:o:<order>:<offset>}, {@code hy:c:<client>:<offset>}. */
final class HistoryCallbacks extends CallbackCodec<HistoryAction> {

    static final HistoryCallbacks CODEC = new HistoryCallbacks();

    private HistoryCallbacks() {
        super("hy");
    }

    @Override
    protected List<Object> parts(HistoryAction action) {
        return action.parts();
    }

    @Override
    protected Optional<HistoryAction> read(Callback callback) {
        int offset = callback.number(1, 6).orElse(0);
        return switch (callback.action()) {
            case "o" -> callback.id(0).map(id -> new HistoryAction.OfOrder(new OrderId(id), offset));
            case "c" -> callback.id(0).map(id -> new HistoryAction.OfClient(new ClientId(id), offset));
            default -> Optional.empty();
        };
    }
}
