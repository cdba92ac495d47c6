package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code or:<action>:<args>}: {@code new:<clientId>}, {@code card:<id>}, {@code hist:<clientId>:<offset>},
 * {@code edit:<id>}, {@code move:<id>}, {@code st:<id>:<status>}, {@code cancel:<id>[:yes]}; inside a dialog
 * {@code a:<step>:<value>}, {@code skip}, {@code dm:<yyyy-MM>}, {@code f:<step>}, {@code fix}, {@code sum},
 * {@code ok}, {@code at:<yyyy-MM-dd>:<HHmm>} and {@code x}; {@code nop} does nothing.
 */
final class OrderCallbacks extends CallbackCodec<OrderAction> {

    static final OrderCallbacks CODEC = new OrderCallbacks();

    private OrderCallbacks() {
        super("or");
    }

    @Override
    protected List<Object> parts(OrderAction action) {
        return action.parts();
    }

    @Override
    protected Optional<OrderAction> read(Callback callback) {
        return switch (callback.action()) {
            case "new" -> callback.id(0).map(ClientId::new).map(OrderAction.Book::new);
            case "card" -> order(callback, OrderAction.Card::new);
            case "hist" -> callback.id(0).map(ClientId::new).map(client -> new OrderAction.History(client,
                    callback.number(1, 6).orElse(0)));
            case "edit" -> order(callback, OrderAction.Edit::new);
            case "move" -> order(callback, OrderAction.Move::new);
            case "st" -> callback.id(0).map(OrderId::new).flatMap(id -> callback.arg(1).flatMap(OrderCallbacks::status)
                    .filter(status -> status != OrderStatus.CANCELLED)
                    .map(status -> new OrderAction.SetStatus(id, status)));
            case "cancel" -> callback.id(0).map(OrderId::new).map(id -> new OrderAction.Cancel(id,
                    callback.arg(1).filter("yes"::equals).isPresent()));
            case "nop" -> Optional.of(new OrderAction.Nothing());
            case "a" -> callback.arg(0).flatMap(Step::ofCode).flatMap(step -> callback.arg(1)
                    .map(value -> new OrderAction.Answer(step, value)));
            case "skip" -> Optional.of(new OrderAction.SkipComment());
            case "dm" -> callback.month(0).map(OrderAction.DateMonth::new);
            case "f" -> callback.arg(0).flatMap(Step::ofCode).map(OrderAction.Field::new);
            case "fix" -> Optional.of(new OrderAction.ChooseField());
            case "sum" -> Optional.of(new OrderAction.ToSummary());
            case "ok" -> Optional.of(new OrderAction.Confirm());
            case "at" -> callback.date(0).flatMap(date -> callback.time(1)
                    .map(start -> new OrderAction.FreeStart(date, start)));
            case "x" -> Optional.of(new OrderAction.CancelDialog());
            default -> Optional.empty();
        };
    }

    /** A button doing {@code action}. */
    static Button buttonOf(String label, OrderAction action) {
        return CODEC.button(label, action);
    }

    private static Optional<OrderAction> order(Callback callback, Function<OrderId, OrderAction> action) {
        return callback.id(0).map(OrderId::new).map(action);
    }

    private static Optional<OrderStatus> status(String code) {
        return Arrays.stream(OrderStatus.values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
