package club.lasertag.crm.telegram.money;

import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code mo:<action>:<args>}: {@code acc:<order>}, {@code kind:<order>:<kind>}, {@code pay:<order>:<kind>:<method>},
 * {@code ovr:<order>}, {@code prices}, {@code price:<item>}, {@code x}.
 */
final class MoneyCallbacks extends CallbackCodec<MoneyAction> {

    static final MoneyCallbacks CODEC = new MoneyCallbacks();

    private MoneyCallbacks() {
        super("mo");
    }

    @Override
    protected List<Object> parts(MoneyAction action) {
        return action.parts();
    }

    @Override
    protected Optional<MoneyAction> read(Callback callback) {
        return switch (callback.action()) {
            case "acc" -> callback.id(0).map(OrderId::new).map(MoneyAction.Account::new);
            case "kind" -> callback.id(0).map(OrderId::new).flatMap(id -> callback.arg(1)
                    .flatMap(code -> coded(PaymentKind.values(), code)).map(kind -> new MoneyAction.ChooseMethod(id, kind)));
            case "pay" -> callback.id(0).map(OrderId::new).flatMap(id -> callback.arg(1)
                    .flatMap(code -> coded(PaymentKind.values(), code)).flatMap(kind -> callback.arg(2)
                            .flatMap(code -> coded(PaymentMethod.values(), code))
                            .map(method -> new MoneyAction.Pay(id, kind, method))));
            case "ovr" -> callback.id(0).map(OrderId::new).map(MoneyAction.SetPrice::new);
            case "prices" -> Optional.of(new MoneyAction.Prices());
            case "price" -> callback.arg(0).flatMap(code -> coded(PriceItem.values(), code)).map(MoneyAction.EditPrice::new);
            case "x" -> Optional.of(new MoneyAction.CancelDialog());
            default -> Optional.empty();
        };
    }

    private static <E extends club.lasertag.crm.domain.common.Coded> Optional<E> coded(E[] values, String code) {
        return Arrays.stream(values).filter(value -> value.code().equals(code)).findFirst();
    }
}
