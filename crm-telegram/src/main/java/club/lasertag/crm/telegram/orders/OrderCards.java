package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.telegram.calendar.CalendarLinks;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.clients.ClientLinks;
import club.lasertag.crm.telegram.history.HistoryLinks;
import club.lasertag.crm.telegram.money.MoneyLinks;
import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.MoneyFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An order's card, the confirmation before cancelling one, and a client's orders page by page. */
final class OrderCards {

    static final int HISTORY_PAGE = 8;

    private final OrderUseCases useCases;

    OrderCards(OrderUseCases useCases) {
        this.useCases = useCases;
    }

    /**
     * The card with what can be done to the order; the role sees the buttons it may press: managers change open
     * orders, everyone who sees the calendar may open the day. {@code headline} (HTML) goes on top, such as "saved".
     */
    Screen card(Turn turn, ScheduledGame game, String headline) {
        Order order = game.order();
        OrderId id = order.requireId();
        Screen.Builder screen = Screen.builder((headline == null ? "" : headline + "\n\n") + describe(turn, game));
        if (order.status().isOpen()) {
            screen.row(OrderCallbacks.buttonOf(turn.t("order.action.edit"), new OrderAction.Edit(id)),
                    OrderCallbacks.buttonOf(turn.t("order.action.move"), new OrderAction.Move(id)));
            List<Button> statuses = new ArrayList<>();
            for (OrderStatus next : order.nextStatuses(turn.clock().instant())) {
                if (next != OrderStatus.CANCELLED) {
                    statuses.add(OrderCallbacks.buttonOf(turn.t("order.to." + next.code()), new OrderAction.SetStatus(id, next)));
                }
            }
            screen.row(statuses);
            screen.row(OrderCallbacks.buttonOf(turn.t("order.action.cancel"), new OrderAction.Cancel(id, false)));
        }
        screen.row(MoneyLinks.account(turn.t("order.action.money"), id), HistoryLinks.order(turn.t("order.action.log"), id));
        List<Button> links = new ArrayList<>();
        if (game.client().isPresent()) {
            ClientId clientId = game.client().get().id();
            links.add(ClientLinks.card(turn.t("order.action.client"), clientId));
            links.add(OrderLinks.history(turn.t("order.action.history"), clientId));
        }
        links.add(CalendarLinks.day(turn.t("order.action.day"), game.start().toLocalDate()));
        return screen.row(links).build();
    }

    /** "Cancel booking №12?" with yes and no. */
    Screen cancelConfirmation(Turn turn, ScheduledGame game) {
        OrderId id = game.order().requireId();
        return Screen.builder(turn.t("order.cancel.confirm", String.valueOf(id.value())) + "\n\n" + describe(turn, game))
                .row(OrderCallbacks.buttonOf(turn.t("order.cancel.yes"), new OrderAction.Cancel(id, true)),
                        OrderCallbacks.buttonOf(turn.t("order.cancel.no"), new OrderAction.Card(id)))
                .build();
    }

    /** A client's orders, the latest first, {@link #HISTORY_PAGE} to a page, each a button to its card. */
    Screen history(Turn turn, ClientId clientId, int offset) {
        Client client = useCases.findClients().byId(clientId, turn.actor());
        List<ScheduledGame> games = useCases.clientOrderHistory().history(clientId, new Page(offset, HISTORY_PAGE + 1), turn.actor());
        Labels labels = new Labels(turn.texts());
        List<ScheduledGame> shown = games.subList(0, Math.min(HISTORY_PAGE, games.size()));
        String head = turn.t("order.history", Html.escape(client.fullName()));
        String body = shown.isEmpty()
                ? turn.t("order.history.empty")
                : turn.t("order.history.range", String.valueOf(offset + 1), String.valueOf(offset + shown.size()));
        Screen.Builder screen = Screen.builder(head + "\n" + body);
        for (ScheduledGame game : shown) {
            screen.row(OrderCallbacks.buttonOf(labels.day(game.start().toLocalDate()) + " " + Labels.time(game.start()) + " · "
                    + labels.polygon(game.order().slot().polygon()) + " · " + labels.status(game.order().status()),
                    new OrderAction.Card(game.order().requireId())));
        }
        List<Button> paging = new ArrayList<>();
        if (offset > 0) {
            paging.add(OrderCallbacks.buttonOf("◀", new OrderAction.History(clientId, Math.max(0, offset - HISTORY_PAGE))));
        }
        if (games.size() > HISTORY_PAGE) {
            paging.add(OrderCallbacks.buttonOf("▶", new OrderAction.History(clientId, offset + HISTORY_PAGE)));
        }
        screen.row(paging);
        List<Button> links = new ArrayList<>();
        links.add(OrderCallbacks.buttonOf(turn.t("order.action.new"), new OrderAction.Book(clientId)));
        links.add(ClientLinks.card(turn.t("order.action.client"), clientId));
        return screen.row(links).build();
    }

    private String describe(Turn turn, ScheduledGame game) {
        Labels labels = new Labels(turn.texts());
        Order order = game.order();
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("order.card.title", String.valueOf(order.requireId().value()), labels.status(order.status())));
        lines.add("📅 " + labels.day(game.start().toLocalDate()) + ", " + Labels.time(game.start()) + "–" + Labels.time(game.gameEnd()));
        lines.add(turn.t("order.line.polygon", labels.polygon(order.slot().polygon())));
        lines.add(turn.t("order.line.game", labels.minutes(order.slot().gameTime())));
        lines.add(turn.t("order.line.room", order.slot().restRoom().isTaken()
                ? labels.room(order.slot().restRoom()) + ", " + Labels.time(game.gameEnd()) + "–" + Labels.time(game.end())
                : labels.room(order.slot().restRoom())));
        lines.add(turn.t("order.line.players", String.valueOf(order.players())));
        lines.add(turn.t("order.line.type", labels.gameType(order.gameType())));
        lines.add(turn.t("order.line.gift", labels.gift(order.gift())));
        if (!order.comment().isEmpty()) {
            lines.add(turn.t("order.line.comment", Html.escape(order.comment())));
        }
        lines.add("👤 " + game.client().map(Questions::clientLine).orElse(turn.t("order.noClient")));
        if (turn.role().can(Permission.MANAGE_PAYMENTS)) {
            lines.add(money(turn, useCases.orderMoney().account(order.requireId(), turn.actor()).balance()));
        }
        lines.add(audit(turn, order.audit(), labels));
        return String.join("\n", lines);
    }

    /** "💰 14 000 ₽ · оплачено 5 000 ₽ · к оплате 9 000 ₽ (предоплата)": for those who handle money only. */
    private static String money(Turn turn, OrderBalance balance) {
        return turn.t("order.line.money", MoneyFormat.format(balance.total(), turn.texts().locale()),
                MoneyFormat.format(balance.paid(), turn.texts().locale()),
                MoneyFormat.format(balance.due(), turn.texts().locale()),
                turn.t("order.payment." + balance.status().code()));
    }

    private String audit(Turn turn, Audit audit, Labels labels) {
        String created = turn.t("order.card.created", name(turn, audit.createdBy()),
                labels.moment(audit.createdAt(), useCases.rules().zone()));
        if (audit.updatedAt().equals(audit.createdAt()) && audit.updatedBy().equals(audit.createdBy())) {
            return created;
        }
        return created + "\n" + turn.t("order.card.updated", name(turn, audit.updatedBy()),
                labels.moment(audit.updatedAt(), useCases.rules().zone()));
    }

    /** A staff member's name, else their id; "—" for orders recorded before the CRM knew who. */
    private String name(Turn turn, Optional<StaffId> who) {
        return who.map(id -> useCases.manageStaff().nameOf(id, turn.actor()).map(Html::escape).orElse("id " + id.value()))
                .orElse("—");
    }
}
