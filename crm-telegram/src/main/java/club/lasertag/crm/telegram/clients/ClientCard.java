package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.DeleteClient.ClientDeletion;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.orders.OrderLinks;
import club.lasertag.crm.telegram.history.HistoryLinks;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A client's card with what can be done to the client, and deleting a client. */
final class ClientCard {

    /** Blocking orders listed with a button each; more are counted only. */
    private static final int BLOCKING_SHOWN = 8;
    /** The latest bookings on the card; the history button pages through all. */
    private static final int RECENT_SHOWN = 3;

    private final ClientUseCases useCases;

    ClientCard(ClientUseCases useCases) {
        this.useCases = useCases;
    }

    void show(Turn turn, ClientId id) {
        turn.replies().show(screen(turn, useCases.findClients().byId(id, turn.actor()), ""));
    }

    /** The card with a line above it, such as "saved". */
    void show(Turn turn, Client client, String headline) {
        turn.replies().show(screen(turn, client, headline));
    }

    private Screen screen(Turn turn, Client client, String headline) {
        ClientProfile profile = client.profile();
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
            lines.add("");
        }
        lines.add("👤 " + Html.bold(Html.escape(client.fullName())));
        lines.add(turn.t("clients.card.phone", PhoneFormat.readable(profile.phone())));
        profile.secondPhone()
                .ifPresent(second -> lines.add(turn.t("clients.card.secondPhone", PhoneFormat.readable(second))));
        if (!profile.description().isEmpty()) {
            lines.add(turn.t("clients.card.note", Html.escape(profile.description())));
        }
        if (!profile.leadSource().isEmpty()) {
            lines.add(turn.t("clients.card.from", Html.escape(profile.leadSource())));
        }
        upcomingLine(turn, client.id()).ifPresent(lines::add);
        lines.addAll(recentLines(turn, client.id()));
        ClientId id = client.id();
        return Screen.builder(String.join("\n", lines))
                .row(OrderLinks.book(turn.t("clients.button.book"), id),
                        OrderLinks.history(turn.t("clients.button.history"), id))
                .row(HistoryLinks.client(turn.t("clients.button.log"), id))
                .row(Buttons.of(turn, "clients.button.edit", new ClientAction.Edit(id)),
                        Buttons.of(turn, "clients.button.delete", new ClientAction.Delete(id)))
                .build();
    }

    private Optional<String> upcomingLine(Turn turn, ClientId id) {
        int upcoming = useCases.clientOrderHistory().upcoming(id, turn.actor()).size();
        return upcoming == 0 ? Optional.empty() : Optional.of(turn.t("clients.card.upcoming", upcoming));
    }

    /**
     * The delete button: a client the domain would not delete (upcoming bookings) gets that said first, with the
     * bookings, and no confirmation to press; any other gets the confirmation.
     */
    /** The latest bookings, newest first, a cancelled one struck through; nothing for a client without any. */
    private List<String> recentLines(Turn turn, ClientId id) {
        List<ScheduledGame> recent = useCases.clientOrderHistory().history(id, Page.first(RECENT_SHOWN), turn.actor());
        if (recent.isEmpty()) {
            return List.of();
        }
        Labels labels = new Labels(turn.texts());
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(turn.t("clients.card.recent"));
        for (ScheduledGame game : recent) {
            String what = turn.t("clients.card.recentLine", when(turn, game.order()),
                    labels.polygon(game.order().slot().polygon()));
            String status = labels.status(game.order().status());
            lines.add(game.order().occupiesSlots() ? what + " · " + status : "<s>" + what + "</s> · " + status);
        }
        return lines;
    }

    void confirmDelete(Turn turn, ClientId id) {
        ClientDeletion check = useCases.deleteClient().check(id, turn.actor());
        if (check instanceof ClientDeletion.HasUpcomingOrders blocked) {
            turn.replies().show(blockedScreen(turn, blocked));
            return;
        }
        Client client = ((ClientDeletion.Deletable) check).client();
        turn.replies().show(Screen.builder(turn.t("clients.delete.confirm", Html.escape(client.fullName())))
                .row(Buttons.of(turn, "clients.button.deleteYes", new ClientAction.DeleteConfirmed(id)),
                        Buttons.card(turn, "clients.button.deleteNo", id))
                .build());
    }

    void delete(Turn turn, ClientId id) {
        ClientDeletion deletion = useCases.deleteClient().delete(id, turn.actor());
        if (deletion instanceof ClientDeletion.Deleted deleted) {
            turn.replies().show(Screen.of(turn.t("clients.delete.done", Html.escape(deleted.client().fullName()))));
        } else if (deletion instanceof ClientDeletion.HasUpcomingOrders blocked) {
            turn.replies().show(blockedScreen(turn, blocked));
        }
    }

    private Screen blockedScreen(Turn turn, ClientDeletion.HasUpcomingOrders blocked) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("clients.delete.blocked", Html.escape(blocked.client().fullName())));
        List<Button> buttons = new ArrayList<>();
        for (Order order : blocked.upcoming()) {
            String when = when(turn, order);
            lines.add(turn.t("clients.delete.order", when, order.players()));
            if (buttons.size() < BLOCKING_SHOWN) {
                buttons.add(OrderLinks.card("📅 " + when, order.requireId()));
            }
        }
        return Screen.builder(String.join("\n", lines))
                .grid(buttons, 1)
                .row(Buttons.card(turn, "clients.button.back", blocked.client().id()))
                .build();
    }

    /** "15.06.2030 (сб) 15:00" in the club's time zone. */
    private String when(Turn turn, Order order) {
        LocalDateTime start = LocalDateTime.ofInstant(order.slot().start(), useCases.rules().zone());
        return start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy (EE) HH:mm", turn.texts().locale()));
    }
}
