package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /order}: booking a game step by step; order cards with what a manager can do to an order (edit, move,
 * confirm, complete, mark a no-show, cancel); a client's order history. Instructors see cards only: every
 * action re-checks the permission, as buttons can be stale or forged.
 *
 * <p>Callback data ({@code or:...}): {@code new:<clientId>}, {@code card:<id>}, {@code hist:<clientId>:<offset>},
 * {@code edit:<id>}, {@code move:<id>}, {@code st:<id>:<status>}, {@code cancel:<id>[:yes]}; inside a dialog
 * {@code a:<step>:<value>} (an answer), {@code skip}, {@code dm:<yyyy-MM>}, {@code f:<step>}, {@code fix},
 * {@code sum}, {@code ok}, {@code at:<yyyy-MM-dd>:<HHmm>} and {@code x} (cancel); {@code nop} does nothing.
 */
public final class OrdersFeature implements Feature {

    static final String PREFIX = "or";

    private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmm");

    private final UseCases useCases;
    private final OrderCards cards;
    private final BookingDialog dialog;

    public OrdersFeature(UseCases useCases) {
        this.useCases = useCases;
        this.cards = new OrderCards(useCases);
        this.dialog = new BookingDialog(useCases, cards);
    }

    @Override
    public Set<String> commands() {
        return Set.of("order");
    }

    @Override
    public Set<String> callbackPrefixes() {
        return Set.of(PREFIX);
    }

    @Override
    public Set<String> flows() {
        return BookingDialog.FLOWS;
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        if (!turn.can(Permission.MANAGE_ORDERS)) {
            turn.replies().send(Screen.of(turn.t("order.denied")));
            return;
        }
        dialog.start(turn, command.args() == null ? "" : command.args().strip());
    }

    @Override
    public void onButton(Turn turn, Callback callback) {
        switch (callback.action()) {
            case "nop":
                turn.replies().notice(null);
                return;
            case "card":
                if (allowed(turn, Permission.VIEW_SCHEDULE)) {
                    callback.id(0).ifPresentOrElse(id -> showCard(turn, new OrderId(id), null), () -> stale(turn));
                }
                return;
            case "hist":
                if (allowed(turn, Permission.MANAGE_CLIENTS)) {
                    history(turn, callback);
                }
                return;
            default:
                if (allowed(turn, Permission.MANAGE_ORDERS)) {
                    manage(turn, callback);
                }
        }
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        if (!turn.can(Permission.MANAGE_ORDERS)) {
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t("order.denied")));
            return;
        }
        dialog.onText(turn, state, text);
    }

    /** What only managers may do: start dialogs, answer them, change orders. */
    private void manage(Turn turn, Callback callback) {
        switch (callback.action()) {
            case "new":
                callback.id(0).ifPresentOrElse(id -> dialog.startFor(turn, new ClientId(id)), () -> stale(turn));
                return;
            case "edit":
                openOrder(turn, callback).ifPresent(game -> dialog.startEdit(turn, game));
                return;
            case "move":
                openOrder(turn, callback).ifPresent(game -> dialog.startMove(turn, game));
                return;
            case "st":
                changeStatus(turn, callback);
                return;
            case "cancel":
                cancel(turn, callback);
                return;
            default:
                inDialog(turn, callback);
        }
    }

    /** Buttons of a running booking dialog; stale once the dialog has ended. */
    private void inDialog(Turn turn, Callback callback) {
        Optional<DialogState> current = turn.dialog().filter(state -> BookingDialog.FLOWS.contains(state.flow()));
        if (current.isEmpty()) {
            stale(turn);
            return;
        }
        DialogState state = current.get();
        switch (callback.action()) {
            case "a":
                Optional<Step> step = callback.arg(0).flatMap(Step::ofCode);
                if (step.isPresent() && callback.arg(1).isPresent()) {
                    dialog.onAnswer(turn, state, step.get(), callback.arg(1).get());
                } else {
                    stale(turn);
                }
                break;
            case "skip":
                dialog.onSkipComment(turn, state);
                break;
            case "dm":
                callback.arg(0).flatMap(OrdersFeature::month).ifPresentOrElse(
                        month -> dialog.onMonth(turn, state, month), () -> stale(turn));
                break;
            case "f":
                callback.arg(0).flatMap(Step::ofCode).ifPresentOrElse(
                        field -> dialog.onField(turn, state, field), () -> stale(turn));
                break;
            case "fix":
                dialog.onFieldChooser(turn, state);
                break;
            case "sum":
                dialog.onSummary(turn, state);
                break;
            case "ok":
                dialog.onConfirm(turn, state);
                break;
            case "at":
                Optional<LocalDate> date = callback.arg(0).flatMap(OrdersFeature::date);
                Optional<LocalTime> time = callback.arg(1).flatMap(OrdersFeature::time);
                if (date.isPresent() && time.isPresent()) {
                    dialog.onFreeStart(turn, state, date.get(), time.get());
                } else {
                    stale(turn);
                }
                break;
            case "x":
                dialog.onCancel(turn);
                break;
            default:
                stale(turn);
        }
    }

    private void showCard(Turn turn, OrderId id, String headline) {
        turn.replies().show(cards.card(turn, useCases.viewOrder().order(id, turn.actor()), headline));
    }

    private void history(Turn turn, Callback callback) {
        Optional<Long> clientId = callback.id(0);
        int offset = callback.arg(1).filter(arg -> arg.matches("\\d{1,6}")).map(Integer::parseInt).orElse(0);
        if (clientId.isEmpty()) {
            stale(turn);
            return;
        }
        turn.replies().show(cards.history(turn, new ClientId(clientId.get()), offset));
    }

    /** The order of the button if it can still be changed; else its card as it is now. */
    private Optional<ScheduledGame> openOrder(Turn turn, Callback callback) {
        Optional<Long> id = callback.id(0);
        if (id.isEmpty()) {
            stale(turn);
            return Optional.empty();
        }
        ScheduledGame game = useCases.viewOrder().order(new OrderId(id.get()), turn.actor());
        if (!game.order().status().isOpen()) {
            turn.replies().notice(turn.t("order.closed"));
            turn.replies().show(cards.card(turn, game, null));
            return Optional.empty();
        }
        return Optional.of(game);
    }

    private void changeStatus(Turn turn, Callback callback) {
        Optional<Long> id = callback.id(0);
        Optional<OrderStatus> status = callback.arg(1).flatMap(OrdersFeature::status)
                .filter(requested -> requested != OrderStatus.CANCELLED);
        if (id.isEmpty() || status.isEmpty()) {
            stale(turn);
            return;
        }
        applyStatus(turn, new OrderId(id.get()), status.get());
    }

    /** Cancelling asks first; {@code cancel:<id>:yes} is the answer. */
    private void cancel(Turn turn, Callback callback) {
        Optional<Long> id = callback.id(0);
        if (id.isEmpty()) {
            stale(turn);
            return;
        }
        OrderId orderId = new OrderId(id.get());
        if (callback.arg(1).filter("yes"::equals).isPresent()) {
            applyStatus(turn, orderId, OrderStatus.CANCELLED);
            return;
        }
        ScheduledGame game = useCases.viewOrder().order(orderId, turn.actor());
        if (!game.order().status().canBecome(OrderStatus.CANCELLED)) {
            turn.replies().notice(turn.t("order.closed"));
            turn.replies().show(cards.card(turn, game, null));
            return;
        }
        turn.replies().show(cards.cancelConfirmation(turn, game));
    }

    private void applyStatus(Turn turn, OrderId id, OrderStatus status) {
        ChangeOrderStatus.StatusChange change = useCases.changeOrderStatus().change(id, status, turn.actor());
        Labels labels = new Labels(turn.texts());
        if (change instanceof ChangeOrderStatus.StatusChange.Changed) {
            showCard(turn, id, turn.t("order.statusChanged", labels.status(status)));
        } else if (change instanceof ChangeOrderStatus.StatusChange.TooEarly) {
            showCard(turn, id, turn.t("order.statusTooEarly", labels.status(status)));
        } else {
            ChangeOrderStatus.StatusChange.NotAllowed refused = (ChangeOrderStatus.StatusChange.NotAllowed) change;
            showCard(turn, id, turn.t("order.statusNotAllowed", labels.status(refused.order().status()),
                    labels.status(status)));
        }
    }

    private static boolean allowed(Turn turn, Permission permission) {
        if (turn.can(permission)) {
            return true;
        }
        turn.replies().notice(turn.t("order.denied"));
        return false;
    }

    private static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }

    private static Optional<OrderStatus> status(String code) {
        for (OrderStatus status : OrderStatus.values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text, COMPACT_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
