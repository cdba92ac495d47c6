package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Interval;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A refused booking, edit or move: the rule it broke (naming the other order, the polygon or room and when) and
 * the nearest free starts as buttons that try again at that time in one tap.
 */
final class RefusalScreen {

    private static final int STARTS_PER_ROW = 3;

    private final OrderUseCases useCases;

    RefusalScreen(OrderUseCases useCases) {
        this.useCases = useCases;
    }

    Screen screen(Turn turn, BookingFlow flow, BookingOutcome.Refused refused) {
        StringBuilder html = new StringBuilder("❌ ").append(reason(turn, refused.reason()));
        Screen.Builder screen;
        if (refused.freeStarts().isEmpty()) {
            screen = Screen.builder(html.toString());
        } else {
            html.append("\n\n").append(turn.t(flow == BookingFlow.MOVE ? "order.refused.freeOrType" : "order.refused.free"));
            List<Button> starts = refused.freeStarts().stream().map(RefusalScreen::freeStart).toList();
            screen = Screen.builder(html.toString()).grid(starts, STARTS_PER_ROW);
        }
        if (flow != BookingFlow.MOVE) {
            screen.row(OrderCallbacks.buttonOf(turn.t("order.change"), new OrderAction.ChooseField()));
        }
        return screen.row(Questions.cancel(turn)).build();
    }

    /** Why, in words: the other order with its time and client, or the broken limit. */
    String reason(Turn turn, Refusal refusal) {
        Labels labels = new Labels(turn.texts());
        if (refusal instanceof Refusal.PolygonTaken taken) {
            return turn.t("order.refusal.polygon", labels.polygon(taken.polygon()), other(turn, taken.conflicting(), taken.overlap()));
        }
        if (refusal instanceof Refusal.RestRoomTaken taken) {
            return turn.t("order.refusal.room", labels.room(taken.room()), other(turn, taken.conflicting(), taken.overlap()));
        }
        if (refusal instanceof Refusal.OutsideOpeningHours hours) {
            return turn.t("order.refusal.hours", Labels.time(hours.opensAt()),
                    hours.closesAt().equals(LocalTime.MIDNIGHT) ? "24:00" : Labels.time(hours.closesAt()));
        }
        if (refusal instanceof Refusal.TooManyPlayers players) {
            return turn.t("order.refusal.players", labels.polygon(players.polygon()),
                    String.valueOf(players.max()), String.valueOf(players.requested()));
        }
        if (refusal instanceof Refusal.StartsInPast past) {
            return turn.t("order.refusal.past", labels.moment(past.now(), useCases.rules().zone()));
        }
        if (refusal instanceof Refusal.OrderClosed closed) {
            return turn.t("order.refusal.closed", labels.status(closed.status()));
        }
        throw new IllegalArgumentException("unknown refusal " + refusal);
    }

    /** "№12, 15.06.2030 (сб) 15:00–16:00, Иванов Пётр": the order in the way and when it holds the place. */
    private String other(Turn turn, Order conflicting, Interval taken) {
        Labels labels = new Labels(turn.texts());
        String client = turn.t("order.noClient");
        try {
            ScheduledGame game = useCases.viewOrder().order(conflicting.requireId(), turn.actor());
            client = game.client().map(Client::fullName).map(Html::escape).orElse(client);
        } catch (NotFound gone) {
            // Deleted in the meantime: the times still say enough.
        }
        LocalDateTime from = LocalDateTime.ofInstant(taken.start(), useCases.rules().zone());
        LocalDateTime to = LocalDateTime.ofInstant(taken.end(), useCases.rules().zone());
        return turn.t("order.refusal.other", String.valueOf(conflicting.requireId().value()), labels.day(from.toLocalDate()),
                Labels.time(from), Labels.time(to), client);
    }

    private static Button freeStart(LocalDateTime start) {
        return OrderCallbacks.buttonOf(Labels.dayMonth(start.toLocalDate()) + " " + Labels.time(start),
                new OrderAction.FreeStart(start.toLocalDate(), start.toLocalTime()));
    }
}
