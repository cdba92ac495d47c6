package club.lasertag.crm.telegram.exports;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.ExportData;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.chat.Upload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /export}: the clients, or the orders of a period (this month, last month, this year), as a CSV file for a
 * spreadsheet ({@link SpreadsheetCsv}), sent as a document. For the admin and managers; the use case streams the rows
 * from the database, and only the finished file is held in memory (it travels in the outbox). Prices and payments
 * are not in it yet: they come with the money feature (issue 12).
 */
public final class ExportsFeature implements Feature<ExportAction> {

    static final String CSV = "text/csv";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ExportData exports;
    private final ClubRules rules;
    private final Clock clock;

    public ExportsFeature(ExportData exports, ClubRules rules, Clock clock) {
        this.exports = exports;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("export", Permission.EXPORT_DATA, 70));
    }

    @Override
    public Optional<CallbackCodec<ExportAction>> callbacks() {
        return Optional.of(ExportCallbacks.CODEC);
    }

    @Override
    public String deniedKey() {
        return "export.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        Labels labels = new Labels(turn.texts());
        LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
        YearMonth month = YearMonth.from(today);
        turn.replies().send(Screen.builder(turn.t("export.menu"))
                .row(button(turn.t("export.clients"), new ExportAction.Clients()))
                .row(button(turn.t("export.orders.month", labels.month(month)), new ExportAction.Orders(ExportPeriod.of(month))))
                .row(button(turn.t("export.orders.month", labels.month(month.minusMonths(1))),
                        new ExportAction.Orders(ExportPeriod.of(month.minusMonths(1)))))
                .row(button(turn.t("export.orders.year", String.valueOf(today.getYear())),
                        new ExportAction.Orders(ExportPeriod.yearOf(today))))
                .build());
    }

    @Override
    public void onButton(Turn turn, ExportAction action) {
        if (action instanceof ExportAction.Orders orders) {
            send(turn, orders(turn, orders.period()), "orders-" + orders.period().first() + "_" + orders.period().last() + ".csv",
                    turn.t("export.orders.done", DATE.format(orders.period().first()), DATE.format(orders.period().last())));
        } else {
            send(turn, clients(turn), "clients-" + LocalDate.ofInstant(clock.instant(), rules.zone()) + ".csv",
                    turn.t("export.clients.done"));
        }
        turn.replies().notice(null);
    }

    private void send(Turn turn, SpreadsheetCsv.Written csv, String fileName, String caption) {
        if (csv.bytes().length > Reply.Document.MAX_BYTES) {
            turn.replies().send(Screen.of(turn.t("export.tooBig")));
            return;
        }
        turn.replies().document(new Upload(fileName, CSV, csv.bytes()),
                Screen.of(caption + "\n" + turn.t("export.rows", String.valueOf(csv.rows()))));
    }

    private SpreadsheetCsv.Written clients(Turn turn) {
        List<String> header = header(turn, "id", "surname", "name", "midname", "phone", "secondPhone", "description", "from");
        return SpreadsheetCsv.write(header, sink -> exports.clients(turn.actor(), client -> sink.accept(List.of(
                String.valueOf(client.id().value()), client.profile().surname(), client.profile().name(),
                client.profile().midname(), SpreadsheetCsv.phone(client.phone()),
                client.profile().secondPhone().map(SpreadsheetCsv::phone).orElse(""),
                client.profile().description(), client.profile().leadSource()))));
    }

    private SpreadsheetCsv.Written orders(Turn turn, ExportPeriod period) {
        Labels labels = new Labels(turn.texts());
        List<String> header = header(turn, "id", "date", "start", "gameMinutes", "polygon", "restRoom", "restMinutes",
                "players", "gameType", "gift", "status", "clientId", "client", "phone", "comment");
        return SpreadsheetCsv.write(header, sink -> exports.orders(period, turn.actor(), row -> {
            Order order = row.order();
            sink.accept(List.of(
                    String.valueOf(order.requireId().value()), DATE.format(row.start()), TIME.format(row.start()),
                    String.valueOf(order.slot().gameTime().toMinutes()), labels.polygon(order.slot().polygon()),
                    labels.room(order.slot().restRoom()), String.valueOf(order.slot().restTime().toMinutes()),
                    String.valueOf(order.players()), labels.gameType(order.gameType()), labels.gift(order.gift()),
                    labels.status(order.status()),
                    row.client().map(client -> String.valueOf(client.id().value())).orElse(""),
                    row.client().map(Client::fullName).orElse(""),
                    row.client().map(Client::phone).map(SpreadsheetCsv::phone).orElse(""),
                    order.comment()));
        }));
    }

    private static List<String> header(Turn turn, String... columns) {
        return Stream.of(columns).map(column -> turn.t("export.column." + column)).toList();
    }

    private static club.lasertag.crm.telegram.chat.Button button(String label, ExportAction action) {
        return ExportCallbacks.CODEC.button(label, action);
    }
}
