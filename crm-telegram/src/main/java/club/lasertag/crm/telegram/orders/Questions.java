package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.MonthGrid;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.telegram.clients.ClientLinks;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The screens of the booking dialog: one per question, the client search results, the summary. */
final class Questions {

    private static final List<Integer> GAME_MINUTES = List.of(60, 90, 120);
    private static final List<Integer> REST_MINUTES = List.of(30, 60, 90);
    private static final List<Integer> PLAYERS = List.of(5, 10, 15, 20);
    private static final int STARTS_PER_ROW = 4;

    private final OrderUseCases useCases;

    Questions(OrderUseCases useCases) {
        this.useCases = useCases;
    }

    LocalDate today() {
        return LocalDate.ofInstant(useCases.clock().instant(), useCases.rules().zone());
    }

    /** The question of {@code step}, with what was answered so far on top. */
    Screen ask(Turn turn, BookingFlow flow, Step step, Draft draft) {
        if (step == Step.DATE) {
            return datePicker(turn, flow, draft, YearMonth.from(draft.date().filter(date -> !date.isBefore(today()))
                    .orElse(today())));
        }
        if (step == Step.SUMMARY) {
            return summary(turn, flow, draft);
        }
        if (step == Step.CLIENT) {
            return footer(turn, flow, draft, Screen.builder(turn.t("order.ask.client", ""))
                    .row(ClientLinks.newClient(turn.t("order.client.new"), ""))).build();
        }
        Labels labels = new Labels(turn.texts());
        if (step == Step.START) {
            return footer(turn, flow, draft, startScreen(turn, draft, labels)).build();
        }
        String question = context(turn, draft) + turn.t("order.ask." + step.code(), extra(turn, step, draft, labels));
        Screen.Builder screen = Screen.builder(question);
        switch (step) {
            case POLYGON:
                screen.row(choices(step, List.of(Polygon.values()), Polygon::code, labels::polygon));
                break;
            case GAME:
                screen.row(minuteButtons(step, GAME_MINUTES, labels));
                break;
            case ROOM:
                screen.row(choices(step, List.of(RestRoom.ROOM_1, RestRoom.ROOM_2), room -> String.valueOf(room.number()),
                        labels::room));
                screen.row(answer(labels.room(RestRoom.NONE), step, "0"));
                break;
            case REST:
                screen.row(minuteButtons(step, REST_MINUTES, labels));
                break;
            case PLAYERS:
                screen.row(PLAYERS.stream().map(n -> answer(String.valueOf(n), step, String.valueOf(n))).toList());
                break;
            case TYPE:
                screen.row(choices(step, List.of(GameType.values()), GameType::code, labels::gameType));
                break;
            case GIFT:
                screen.grid(choices(step, List.of(Gift.values()), Gift::code, labels::gift), 3);
                break;
            case COMMENT:
                screen.row(OrderCallbacks.buttonOf(turn.t("order.skip"), new OrderAction.SkipComment()));
                break;
            default:
                break;
        }
        return footer(turn, flow, draft, screen).build();
    }

    /** The month of {@code month} to pick a day from; days before today cannot be picked. */
    Screen datePicker(Turn turn, BookingFlow flow, Draft draft, YearMonth month) {
        Labels labels = new Labels(turn.texts());
        LocalDate today = today();
        YearMonth shown = month.isBefore(YearMonth.from(today)) ? YearMonth.from(today) : month;
        String inert = OrderCallbacks.CODEC.encode(new OrderAction.Nothing());
        Screen.Builder screen = Screen.builder(context(turn, draft)
                + turn.t("order.ask.date", Html.escape(labels.month(shown))));
        for (List<Button> row : MonthGrid.rows(shown, labels, inert, day -> day.isBefore(today)
                ? new Button(MonthGrid.BLANK, inert)
                : answer(day.equals(today) ? "[" + day.getDayOfMonth() + "]" : String.valueOf(day.getDayOfMonth()),
                        Step.DATE, day.toString()))) {
            screen.row(row);
        }
        Button previous = shown.isAfter(YearMonth.from(today))
                ? OrderCallbacks.buttonOf("◀", new OrderAction.DateMonth(shown.minusMonths(1)))
                : new Button(MonthGrid.BLANK, inert);
        screen.row(previous, OrderCallbacks.buttonOf(labels.month(shown.plusMonths(1)) + " ▶",
                new OrderAction.DateMonth(shown.plusMonths(1))));
        return footer(turn, flow, draft, screen).build();
    }

    /** Clients found for the typed query, one button each, and a way to add a new one. */
    Screen clientResults(Turn turn, BookingFlow flow, Draft draft, String query, List<Client> found) {
        String head = found.isEmpty()
                ? turn.t("order.client.none", Html.escape(Texts.echo(query)))
                : turn.t("order.client.found", Html.escape(Texts.echo(query)));
        Screen.Builder screen = Screen.builder(head);
        for (Client client : found) {
            screen.row(answer(client.fullName() + " · " + PhoneFormat.readable(client.phone()), Step.CLIENT,
                    String.valueOf(client.id().value())));
        }
        screen.row(ClientLinks.newClient(turn.t("order.client.new"), found.isEmpty() ? query : ""));
        return footer(turn, flow, draft, screen).build();
    }

    /** Everything answered, with the buttons to book, change a field or cancel. */
    Screen summary(Turn turn, BookingFlow flow, Draft draft) {
        Screen.Builder screen = Screen.builder(turn.t(flow == BookingFlow.EDIT ? "order.summary.edit" : "order.summary")
                + "\n\n" + details(turn, draft));
        screen.row(OrderCallbacks.buttonOf(turn.t(flow == BookingFlow.EDIT ? "order.save" : "order.book"), new OrderAction.Confirm()),
                OrderCallbacks.buttonOf(turn.t("order.change"), new OrderAction.ChooseField()));
        screen.row(cancel(turn));
        return screen.build();
    }

    /** Which field to change, then back to the summary. */
    Screen fieldChooser(Turn turn, BookingFlow flow, Draft draft) {
        List<Button> fields = new ArrayList<>();
        for (Step step : Step.values()) {
            if (step != Step.SUMMARY && step != Step.REST) {
                fields.add(OrderCallbacks.buttonOf(turn.t("order.field." + step.code()), new OrderAction.Field(step)));
            }
        }
        return Screen.builder(turn.t("order.fix") + "\n\n" + details(turn, draft))
                .grid(fields, 3)
                .row(OrderCallbacks.buttonOf(turn.t("order.toSummary"), new OrderAction.ToSummary()), cancel(turn))
                .build();
    }

    /** The draft as a list of fields, for the summary. */
    String details(Turn turn, Draft draft) {
        Labels labels = new Labels(turn.texts());
        List<String> lines = new ArrayList<>();
        String none = "—";
        lines.add("👤 " + draft.clientId().map(id -> clientLine(useCases.findClients().byId(id, turn.actor()))).orElse(none));
        String when = draft.date().map(labels::day).orElse(none);
        if (draft.start().isPresent()) {
            LocalTime start = draft.start().get();
            when += ", " + Labels.time(start) + draft.gameTime().map(game -> "–" + Labels.time(start.plus(game))).orElse("");
        }
        lines.add("📅 " + when);
        lines.add(turn.t("order.line.polygon", draft.polygon().map(labels::polygon).orElse(none)));
        lines.add(turn.t("order.line.game", draft.gameTime().map(labels::minutes).orElse(none)));
        lines.add(turn.t("order.line.room", draft.room().map(room -> room.isTaken()
                ? labels.room(room) + draft.restTime().map(rest -> ", " + restTimes(draft, rest, labels)).orElse("")
                : labels.room(room)).orElse(none)));
        lines.add(turn.t("order.line.players", draft.players().map(String::valueOf).orElse(none)));
        lines.add(turn.t("order.line.type", draft.gameType().map(labels::gameType).orElse(none)));
        lines.add(turn.t("order.line.gift", draft.gift().map(labels::gift).orElse(none)));
        lines.add(turn.t("order.line.comment", draft.comment().filter(text -> !text.isEmpty()).map(Html::escape).orElse(none)));
        return String.join("\n", lines);
    }

    /** "16:00–17:00" once the start and game time are known, else "60 мин". */
    private static String restTimes(Draft draft, Duration rest, Labels labels) {
        if (draft.start().isEmpty() || draft.gameTime().isEmpty()) {
            return labels.minutes(rest);
        }
        LocalTime from = draft.start().get().plus(draft.gameTime().get());
        return Labels.time(from) + "–" + Labels.time(from.plus(rest));
    }

    static String clientLine(Client client) {
        return Html.escape(client.fullName()) + ", ☎️ " + PhoneFormat.readable(client.phone());
    }

    private Screen.Builder startScreen(Turn turn, Draft draft, Labels labels) {
        LocalDate day = draft.date().orElse(today());
        List<LocalTime> free = draft.orderId()
                .map(moved -> useCases.findFreeStarts().freeStarts(day, draft.setup(), moved, turn.actor()))
                .orElseGet(() -> useCases.findFreeStarts().freeStarts(day, draft.setup(), turn.actor()));
        if (free.isEmpty()) {
            return Screen.builder(context(turn, draft) + turn.t("order.ask.start.none", labels.day(day)))
                    .row(OrderCallbacks.buttonOf(turn.t("order.otherDate"), new OrderAction.Field(Step.DATE)));
        }
        List<Button> buttons = free.stream()
                .map(start -> answer(Labels.time(start), Step.START, Labels.time(start).replace(":", "")))
                .toList();
        return Screen.builder(context(turn, draft) + turn.t("order.ask.start", labels.day(day)))
                .grid(buttons, STARTS_PER_ROW);
    }

    /** What a question needs to say besides itself: the polygon's player limit. */
    private Object extra(Turn turn, Step step, Draft draft, Labels labels) {
        if (step == Step.PLAYERS) {
            return draft.polygon().map(polygon -> turn.t("order.ask.players.max", labels.polygon(polygon),
                    String.valueOf(useCases.rules().maxPlayers(polygon)))).orElse("");
        }
        return "";
    }

    /** One line of what is chosen so far, so a manager on the phone keeps track. */
    private String context(Turn turn, Draft draft) {
        Labels labels = new Labels(turn.texts());
        List<String> parts = new ArrayList<>();
        draft.clientId().ifPresent(id -> parts.add("👤 " + Html.escape(useCases.findClients().byId(id, turn.actor()).fullName())));
        draft.date().ifPresent(date -> parts.add("📅 " + labels.day(date)));
        draft.start().ifPresent(start -> parts.add(Labels.time(start)));
        draft.polygon().ifPresent(polygon -> parts.add(labels.polygon(polygon)));
        draft.gameTime().ifPresent(game -> parts.add(labels.minutes(game)));
        return parts.isEmpty() ? "" : "<i>" + String.join(" · ", parts) + "</i>\n\n";
    }

    private Screen.Builder footer(Turn turn, BookingFlow flow, Draft draft, Screen.Builder screen) {
        if (flow == BookingFlow.EDIT || draft.has(Draft.BACK)) {
            return screen.row(OrderCallbacks.buttonOf(turn.t("order.toSummary"), new OrderAction.ToSummary()), cancel(turn));
        }
        return screen.row(cancel(turn));
    }

    static Button cancel(Turn turn) {
        return OrderCallbacks.buttonOf(turn.t("order.cancelDialog"), new OrderAction.CancelDialog());
    }

    private static <T> List<Button> choices(Step step, List<T> options, Function<T, String> code,
            Function<T, String> label) {
        return options.stream().map(option -> answer(label.apply(option), step, code.apply(option))).toList();
    }

    private static List<Button> minuteButtons(Step step, List<Integer> minutes, Labels labels) {
        return minutes.stream()
                .map(n -> answer(labels.minutes(Duration.ofMinutes(n)), step, String.valueOf(n)))
                .toList();
    }

    static Button answer(String label, Step step, String value) {
        return OrderCallbacks.buttonOf(label, new OrderAction.Answer(step, value));
    }
}
