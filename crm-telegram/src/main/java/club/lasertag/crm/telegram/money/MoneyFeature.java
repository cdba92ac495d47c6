package club.lasertag.crm.telegram.money;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.input.TypedAmount;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.money.PaymentRefusal;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.in.OrderAccount;
import club.lasertag.crm.domain.port.in.PaymentRequest;
import club.lasertag.crm.domain.port.in.RecordPayment.PaymentOutcome;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Flow;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.MoneyFormat;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.history.HistoryLinks;
import club.lasertag.crm.telegram.orders.OrderLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Money: an order's price, payments and balance with buttons for a deposit, a payment, a refund and a price
 * override (managers); {@code /prices}, the price list, for the admin. Buttons: {@link MoneyAction}, encoded by
 * {@link MoneyCallbacks}; typed amounts are read by crm-chat's {@link TypedAmount}.
 */
public final class MoneyFeature implements Feature<MoneyAction> {

    private static final String ORDER = "order";
    private static final String KIND = "kind";
    private static final String METHOD = "method";
    private static final String ITEM = "item";

    private final MoneyUseCases useCases;

    public MoneyFeature(MoneyUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("prices", Permission.EDIT_PRICES, 70));
    }

    @Override
    public Optional<CallbackCodec<MoneyAction>> callbacks() {
        return Optional.of(MoneyCallbacks.CODEC);
    }

    @Override
    public List<MoneyFlow> flows() {
        return List.of(MoneyFlow.values());
    }

    @Override
    public String deniedKey() {
        return "money.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        turn.replies().send(prices(turn, ""));
    }

    @Override
    public void onButton(Turn turn, MoneyAction action) {
        if (action instanceof MoneyAction.Account account) {
            turn.replies().show(account(turn, account.order(), ""));
        } else if (action instanceof MoneyAction.ChooseMethod choose) {
            turn.replies().show(chooseMethod(turn, choose.order(), choose.kind()));
        } else if (action instanceof MoneyAction.Pay pay) {
            askPayment(turn, pay.order(), pay.kind(), pay.method(), "");
        } else if (action instanceof MoneyAction.SetPrice override) {
            askOverride(turn, override.order(), "");
        } else if (action instanceof MoneyAction.Prices) {
            turn.replies().show(prices(turn, ""));
        } else if (action instanceof MoneyAction.EditPrice edit) {
            askPrice(turn, edit.item(), "");
        } else {
            cancel(turn);
        }
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        Optional<MoneyFlow> flow = Flow.of(MoneyFlow.class, state);
        Map<String, String> answers = state.answers();
        if (flow.equals(Optional.of(MoneyFlow.PAYMENT))) {
            payment(turn, new OrderId(Long.parseLong(answers.get(ORDER))), PaymentKind.ofCode(answers.get(KIND)),
                    PaymentMethod.ofCode(answers.get(METHOD)), text);
        } else if (flow.equals(Optional.of(MoneyFlow.OVERRIDE))) {
            override(turn, new OrderId(Long.parseLong(answers.get(ORDER))), text);
        } else if (flow.equals(Optional.of(MoneyFlow.PRICE))) {
            price(turn, PriceItem.ofCode(answers.get(ITEM)), text);
        } else {
            turn.endDialog();
        }
    }

    /** The order's price (and how it was made), what was paid, what is due, each payment; the buttons. */
    Screen account(Turn turn, OrderId id, String headline) {
        OrderAccount account = useCases.orderMoney().account(id, turn.actor());
        OrderBalance balance = account.balance();
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
            lines.add("");
        }
        lines.add(turn.t("money.account.title", String.valueOf(id.value()), status(turn, balance)));
        if (account.price().isEmpty()) {
            lines.add(turn.t("money.account.noPrice"));
        } else {
            OrderPrice price = account.price().get();
            lines.add(turn.t("money.account.total", money(turn, price.total())));
            lines.add(turn.t("money.account.computed", breakdown(turn, price.computed())));
            price.override().ifPresent(override -> lines.add(turn.t("money.account.override",
                    money(turn, price.computed().total()), Html.escape(override.reason()), name(turn, override.by()))));
        }
        lines.add(turn.t("money.account.paid", money(turn, balance.paid()), money(turn, balance.due())));
        if (!account.payments().isEmpty()) {
            lines.add("");
            lines.add(turn.t("money.account.payments"));
            Labels labels = new Labels(turn.texts());
            for (Payment payment : account.payments()) {
                lines.add(turn.t("money.payment.line", labels.moment(payment.at(), useCases.rules().zone()),
                        turn.t("money.kind." + payment.kind().code()), money(turn, payment.amount()),
                        turn.t("money.method." + payment.method().code()), name(turn, payment.by()),
                        payment.note().isEmpty() ? "" : " · " + Html.escape(payment.note())));
            }
        }
        return Screen.builder(String.join("\n", lines))
                .row(button(turn, "money.button.deposit", new MoneyAction.ChooseMethod(id, PaymentKind.DEPOSIT)),
                        button(turn, "money.button.payment", new MoneyAction.ChooseMethod(id, PaymentKind.PAYMENT)),
                        button(turn, "money.button.refund", new MoneyAction.ChooseMethod(id, PaymentKind.REFUND)))
                .row(button(turn, "money.button.override", new MoneyAction.SetPrice(id)))
                .row(OrderLinks.card(turn.t("money.button.order"), id), HistoryLinks.order(turn.t("money.button.history"), id))
                .build();
    }

    private Screen chooseMethod(Turn turn, OrderId id, PaymentKind kind) {
        List<Button> methods = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            methods.add(MoneyCallbacks.CODEC.button(turn.t("money.method." + method.code()), new MoneyAction.Pay(id, kind, method)));
        }
        return Screen.builder(turn.t("money.ask.method", turn.t("money.kind." + kind.code()), String.valueOf(id.value())))
                .row(methods)
                .row(button(turn, "money.button.back", new MoneyAction.Account(id)))
                .build();
    }

    private void askPayment(Turn turn, OrderId id, PaymentKind kind, PaymentMethod method, String problem) {
        turn.ask(MoneyFlow.PAYMENT, MoneyFlow.Step.AMOUNT,
                Map.of(ORDER, String.valueOf(id.value()), KIND, kind.code(), METHOD, method.code()));
        OrderBalance balance = useCases.orderMoney().account(id, turn.actor()).balance();
        String hint = kind.isRefund()
                ? turn.t("money.ask.refundAtMost", money(turn, balance.paid()))
                : turn.t("money.ask.due", money(turn, balance.due()));
        turn.replies().show(Screen.builder(prefixed(problem, turn.t("money.ask.amount",
                        turn.t("money.kind." + kind.code()), turn.t("money.method." + method.code()),
                        String.valueOf(id.value()), hint)))
                .row(cancelButton(turn))
                .build());
    }

    private void payment(Turn turn, OrderId id, PaymentKind kind, PaymentMethod method, String text) {
        PaymentOutcome outcome;
        try {
            TypedAmount.WithNote typed = TypedAmount.parseWithNote("amount", text);
            outcome = useCases.payments().record(new PaymentRequest(id, kind, typed.amount(), method, typed.note()),
                    turn.actor());
        } catch (InvalidInput problem) {
            askPayment(turn, id, kind, method, invalid(turn, problem, text));
            return;
        }
        if (outcome instanceof PaymentOutcome.Refused refused
                && refused.reason() instanceof PaymentRefusal.RefundExceedsPaid tooMuch) {
            askPayment(turn, id, kind, method, turn.t("money.refused.refundExceedsPaid", money(turn, tooMuch.asked()),
                    money(turn, tooMuch.paid())));
            return;
        }
        Payment payment = ((PaymentOutcome.Recorded) outcome).payment();
        turn.endDialog();
        turn.replies().show(account(turn, id, turn.t("money.recorded", turn.t("money.kind." + kind.code()),
                money(turn, payment.amount()))));
    }

    private void askOverride(Turn turn, OrderId id, String problem) {
        turn.ask(MoneyFlow.OVERRIDE, MoneyFlow.Step.AMOUNT, Map.of(ORDER, String.valueOf(id.value())));
        turn.replies().show(Screen.builder(prefixed(problem, turn.t("money.ask.override", String.valueOf(id.value()))))
                .row(cancelButton(turn))
                .build());
    }

    private void override(Turn turn, OrderId id, String text) {
        try {
            TypedAmount.WithNote typed = TypedAmount.parseWithNote("amount", text);
            useCases.payments().overridePrice(id, typed.amount(), typed.note(), turn.actor());
            turn.endDialog();
            turn.replies().show(account(turn, id, turn.t("money.overridden", money(turn, typed.amount()))));
        } catch (InvalidInput problem) {
            askOverride(turn, id, invalid(turn, problem, text));
        }
    }

    /** The price list, each line a button to change it (for the admin). */
    Screen prices(Turn turn, String headline) {
        PriceList prices = useCases.prices().prices(turn.actor());
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
            lines.add("");
        }
        lines.add(turn.t("money.prices.title", prices.currency().getCurrencyCode()));
        List<Button> buttons = new ArrayList<>();
        for (PriceItem item : PriceItem.values()) {
            String shown = prices.price(item).map(amount -> money(turn, amount))
                    .orElse(item.isOptional() ? turn.t("money.prices.asWeekday") : turn.t("money.prices.unset"));
            lines.add(turn.t("money.prices.line", turn.t("money.item." + item.code()), shown));
            buttons.add(MoneyCallbacks.CODEC.button(turn.t("money.item." + item.code()), new MoneyAction.EditPrice(item)));
        }
        if (!prices.holidays().isEmpty()) {
            Labels labels = new Labels(turn.texts());
            lines.add(turn.t("money.prices.holidays", String.join(", ",
                    prices.holidays().stream().sorted().map(labels::day).toList())));
        }
        lines.add("");
        lines.add(turn.t("money.prices.hint"));
        return Screen.builder(String.join("\n", lines)).grid(buttons, 2).build();
    }

    private void askPrice(Turn turn, PriceItem item, String problem) {
        turn.ask(MoneyFlow.PRICE, MoneyFlow.Step.AMOUNT, Map.of(ITEM, item.code()));
        String current = useCases.prices().prices(turn.actor()).price(item).map(amount -> money(turn, amount))
                .orElse(turn.t("money.prices.unset"));
        turn.replies().show(Screen.builder(prefixed(problem, turn.t("money.ask.price", turn.t("money.item." + item.code()),
                        current) + (item.isOptional() ? "\n" + turn.t("money.ask.priceClear") : "")))
                .row(MoneyCallbacks.CODEC.button(turn.t("money.button.back"), new MoneyAction.CancelDialog()))
                .build());
    }

    private void price(Turn turn, PriceItem item, String text) {
        try {
            Optional<Money> amount = item.isOptional() && text.strip().equals("-")
                    ? Optional.empty() : Optional.of(TypedAmount.parse("price", text));
            useCases.prices().setPrice(item, amount, turn.actor());
            turn.endDialog();
            turn.replies().show(prices(turn, turn.t("money.prices.saved", turn.t("money.item." + item.code()),
                    amount.map(value -> money(turn, value)).orElse(turn.t("money.prices.asWeekday")))));
        } catch (InvalidInput problem) {
            askPrice(turn, item, invalid(turn, problem, text));
        }
    }

    private void cancel(Turn turn) {
        Optional<DialogState> state = turn.dialog().filter(dialog -> Flow.of(MoneyFlow.class, dialog).isPresent());
        state.ifPresent(dialog -> turn.endDialog());
        Optional<String> order = state.map(dialog -> dialog.answers().get(ORDER)).filter(value -> value != null);
        if (order.isPresent()) {
            turn.replies().show(account(turn, new OrderId(Long.parseLong(order.get())), turn.t("money.cancelled")));
        } else if (turn.role().can(Permission.EDIT_PRICES)) {
            turn.replies().show(prices(turn, turn.t("money.cancelled")));
        } else {
            turn.replies().show(Screen.of(turn.t("money.cancelled")));
        }
    }

    /** A typed amount that cannot be taken: what is wrong and how to write it. */
    private static String invalid(Turn turn, InvalidInput problem, String typed) {
        return switch (problem.problem()) {
            case NOT_A_NUMBER -> turn.t("money.invalid.amount", Html.escape(club.lasertag.crm.telegram.chat.Texts.echo(typed)));
            case NOT_POSITIVE -> turn.t("money.invalid.zero");
            case OUT_OF_RANGE -> turn.t("money.invalid.tooLarge", money(turn, (Money) problem.details().get(2)));
            default -> turn.texts().invalid(problem);
        };
    }

    private static String prefixed(String problem, String question) {
        return problem.isEmpty() ? question : problem + "\n\n" + question;
    }

    private String status(Turn turn, OrderBalance balance) {
        return turn.t("money.status." + balance.status().code());
    }

    private static String breakdown(Turn turn, PriceBreakdown price) {
        return turn.t("money.breakdown", money(turn, price.game()), money(turn, price.rest()), money(turn, price.extra()),
                money(turn, price.gifts()));
    }

    private String name(Turn turn, StaffId who) {
        return useCases.manageStaff().nameOf(who, turn.actor()).map(Html::escape).orElse("id " + who.value());
    }

    static String money(Turn turn, Money amount) {
        return MoneyFormat.format(amount, turn.texts().locale());
    }

    private static Button button(Turn turn, String key, MoneyAction action) {
        return MoneyCallbacks.CODEC.button(turn.t(key), action);
    }

    private static Button cancelButton(Turn turn) {
        return MoneyCallbacks.CODEC.button(turn.t("money.button.cancel"), new MoneyAction.CancelDialog());
    }
}
