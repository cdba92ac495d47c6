package club.lasertag.crm.telegram.exports;

import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code ex:clients}, {@code ex:orders:<first yyyy-MM-dd>:<last yyyy-MM-dd>}. */
final class ExportCallbacks extends CallbackCodec<ExportAction> {

    static final ExportCallbacks CODEC = new ExportCallbacks();

    private ExportCallbacks() {
        super("ex");
    }

    @Override
    protected List<Object> parts(ExportAction action) {
        if (action instanceof ExportAction.Orders orders) {
            return List.of("orders", orders.period().first(), orders.period().last());
        }
        return List.of("clients");
    }

    @Override
    protected Optional<ExportAction> read(Callback callback) {
        return switch (callback.action()) {
            case "clients" -> Optional.of(new ExportAction.Clients());
            case "orders" -> callback.date(0).flatMap(first -> callback.date(1)
                    .filter(last -> !last.isBefore(first))
                    .map(last -> new ExportAction.Orders(new ExportPeriod(first, last))));
            default -> Optional.empty();
        };
    }
}
