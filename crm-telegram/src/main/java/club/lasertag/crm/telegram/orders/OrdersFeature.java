package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.ChangeOrderStatus;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Flow;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.List;
import java.util.Optional;

/**
 * {@code /order}: booking a game step by step; order cards with what a manager can do to an order (edit, move,
 * confirm, complete, mark a no-show, cancel); a client's order history. Buttons: {@link OrderAction}, encoded by
 * {@link OrderCallbacks}, each declaring its permission (instructors open cards only); other features link here
 * through {@link OrderLinks}.
 */
public final class OrdersFeature implements Feature<OrderAction> {

    private final OrderUseCases useCases;
    private final OrderCards cards;
    private final BookingDialog dialog;

    public OrdersFeature(OrderUseCases useCases) {
        this.useCases = useCases;
        this.cards = new OrderCards(useCases);
        this.dialog = new BookingDialog(useCases, cards);
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("order", Permission.MANAGE_ORDERS, 20));
    }

    @Override
    public Optional<CallbackCodec<OrderAction>> callbacks() {
        return Optional.of(OrderCallbacks.CODEC);
    }

    @Override
    public List<BookingFlow> flows() {
        return List.of(BookingFlow.values());
    }

    @Override
    public String deniedKey() {
        return "order.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        dialog.start(turn, command.args() == null ? "" : command.args().strip());
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        Flow.of(BookingFlow.class, state).ifPresent(flow -> dialog.onText(turn, flow, state, text));
    }

    @Override
    public void onButton(Turn turn, OrderAction action) {
        if (action instanceof OrderAction.InDialog inDialog) {
            inDialog(turn, inDialog);
        } else if (action instanceof OrderAction.Nothing) {
            turn.replies().notice(null);
        } else if (action instanceof OrderAction.Card card) {
            showCard(turn, card.order(), null);
        } else if (action instanceof OrderAction.History history) {
            turn.replies().show(cards.history(turn, history.client(), history.offset()));
        } else if (action instanceof OrderAction.Book book) {
            dialog.startFor(turn, book.client());
        } else if (action instanceof OrderAction.Edit edit) {
            openOrder(turn, edit.order()).ifPresent(game -> dialog.startEdit(turn, game));
        } else if (action instanceof OrderAction.Move move) {
            openOrder(turn, move.order()).ifPresent(game -> dialog.startMove(turn, game));
        } else if (action instanceof OrderAction.SetStatus change) {
            applyStatus(turn, change.order(), change.status());
        } else if (action instanceof OrderAction.Cancel cancel) {
            cancel(turn, cancel);
        }
    }

    /** Buttons of a running booking dialog; stale once the dialog has ended. */
    private void inDialog(Turn turn, OrderAction.InDialog action) {
        Optional<DialogState> current = turn.dialog();
        Optional<BookingFlow> flow = current.flatMap(state -> Flow.of(BookingFlow.class, state));
        if (flow.isEmpty()) {
            stale(turn);
            return;
        }
        DialogState state = current.get();
        if (action instanceof OrderAction.Answer answer) {
            dialog.onAnswer(turn, flow.get(), state, answer.step(), answer.value());
        } else if (action instanceof OrderAction.SkipComment) {
            dialog.onSkipComment(turn, flow.get(), state);
        } else if (action instanceof OrderAction.DateMonth month) {
            dialog.onMonth(turn, flow.get(), state, month.month());
        } else if (action instanceof OrderAction.Field field) {
            dialog.onField(turn, flow.get(), state, field.step());
        } else if (action instanceof OrderAction.ChooseField) {
            dialog.onFieldChooser(turn, flow.get(), state);
        } else if (action instanceof OrderAction.ToSummary) {
            dialog.onSummary(turn, flow.get(), state);
        } else if (action instanceof OrderAction.Confirm) {
            dialog.onConfirm(turn, flow.get(), state);
        } else if (action instanceof OrderAction.FreeStart start) {
            dialog.onFreeStart(turn, flow.get(), state, start.date(), start.start());
        } else {
            dialog.onCancel(turn);
        }
    }

    private void showCard(Turn turn, OrderId id, String headline) {
        turn.replies().show(cards.card(turn, useCases.viewOrder().order(id, turn.actor()), headline));
    }

    /** The order of the button if it can still be changed; else its card as it is now. */
    private Optional<ScheduledGame> openOrder(Turn turn, OrderId id) {
        ScheduledGame game = useCases.viewOrder().order(id, turn.actor());
        if (!game.order().status().isOpen()) {
            turn.replies().notice(turn.t("order.closed"));
            turn.replies().show(cards.card(turn, game, null));
            return Optional.empty();
        }
        return Optional.of(game);
    }

    /** Cancelling asks first; a confirmed cancel is the answer. */
    private void cancel(Turn turn, OrderAction.Cancel cancel) {
        OrderId orderId = cancel.order();
        if (cancel.confirmed()) {
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

    private static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }
}
