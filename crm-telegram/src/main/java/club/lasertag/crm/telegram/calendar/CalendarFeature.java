package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.DaySchedule;
import club.lasertag.crm.domain.port.in.MonthOverview;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.orders.Labels;
import club.lasertag.crm.telegram.orders.MonthGrid;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /calendar}, {@code /today}, {@code /tomorrow}: the month with the number of orders per day, and a day's
 * orders by start, each a button to its card. For everyone who may see the calendar, instructors too; changing
 * orders is the orders feature's, behind its own permission check.
 *
 * <p>Callback data: {@code ca:month:<yyyy-MM>}, {@code ca:day:<yyyy-MM-dd>}, {@code ca:places:<yyyy-MM-dd>} (the
 * day by polygon and room); {@code ca:nop} does nothing.
 */
public final class CalendarFeature implements Feature {

    static final String PREFIX = "ca";

    private final UseCases useCases;

    public CalendarFeature(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public Set<String> commands() {
        return Set.of("calendar", "today", "tomorrow");
    }

    @Override
    public Set<String> callbackPrefixes() {
        return Set.of(PREFIX);
    }

    @Override
    public Set<String> flows() {
        return Set.of();
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        if (!turn.can(Permission.VIEW_SCHEDULE)) {
            turn.replies().send(Screen.of(turn.t("calendar.denied")));
            return;
        }
        switch (command.name()) {
            case "today":
                turn.replies().send(day(turn, today()));
                break;
            case "tomorrow":
                turn.replies().send(day(turn, today().plusDays(1)));
                break;
            default:
                turn.replies().send(month(turn, YearMonth.from(today())));
        }
    }

    @Override
    public void onButton(Turn turn, Callback callback) {
        if (!turn.can(Permission.VIEW_SCHEDULE)) {
            turn.replies().notice(turn.t("calendar.denied"));
            return;
        }
        switch (callback.action()) {
            case "month":
                callback.arg(0).flatMap(CalendarFeature::parseMonth).ifPresentOrElse(
                        month -> turn.replies().show(month(turn, month)), () -> stale(turn));
                break;
            case "day":
                callback.arg(0).flatMap(CalendarFeature::parseDay).ifPresentOrElse(
                        day -> turn.replies().show(day(turn, day)), () -> stale(turn));
                break;
            case "places":
                callback.arg(0).flatMap(CalendarFeature::parseDay).ifPresentOrElse(
                        day -> turn.replies().show(places(turn, day)), () -> stale(turn));
                break;
            case "nop":
                turn.replies().notice(null);
                break;
            default:
                stale(turn);
        }
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        turn.endDialog();
    }

    /** The month as a grid: each day a button, with its number of orders after a dot; today in brackets. */
    Screen month(Turn turn, YearMonth month) {
        Labels labels = new Labels(turn.texts());
        MonthOverview.MonthSummary summary = useCases.monthOverview().month(month, turn.actor());
        LocalDate today = today();
        int total = summary.ordersPerDay().values().stream().mapToInt(Integer::intValue).sum();
        Screen.Builder screen = Screen.builder(turn.t("calendar.month", Html.escape(labels.month(month)), String.valueOf(total)));
        String inert = Callback.data(PREFIX, "nop");
        for (List<Button> row : MonthGrid.rows(month, labels, inert,
                day -> Callback.button(dayLabel(day, today, summary.ordersOn(day)), PREFIX, "day", day))) {
            screen.row(row);
        }
        screen.row(Callback.button("◀ " + labels.month(month.minusMonths(1)), PREFIX, "month", month.minusMonths(1)),
                Callback.button(labels.month(month.plusMonths(1)) + " ▶", PREFIX, "month", month.plusMonths(1)));
        screen.row(Callback.button(turn.t("calendar.today"), PREFIX, "day", today));
        return screen.build();
    }

    /** A day's orders by start, each a button to its card; the days around it and the month. */
    Screen day(Turn turn, LocalDate day) {
        Labels labels = new Labels(turn.texts());
        DaySchedule.DayPlan plan = useCases.daySchedule().day(day, turn.actor());
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("calendar.day", labels.day(day), String.valueOf(plan.games().size())));
        if (day.equals(today())) {
            lines.add(turn.t("calendar.isToday"));
        }
        if (plan.games().isEmpty()) {
            lines.add(turn.t("calendar.day.empty"));
        }
        List<Button> games = new ArrayList<>();
        for (ScheduledGame game : plan.games()) {
            lines.add(line(turn, labels, game));
            games.add(Callback.button(buttonLabel(labels, game), "or", "card", game.order().requireId().value()));
        }
        Screen.Builder screen = Screen.builder(String.join("\n", lines)).grid(games, 1);
        return dayNavigation(turn, labels, screen, day, "day", Callback.button(turn.t("calendar.byPlace"), PREFIX, "places", day))
                .build();
    }

    /** The day by polygon and by rest room: what an instructor preparing the fields needs. */
    Screen places(Turn turn, LocalDate day) {
        Labels labels = new Labels(turn.texts());
        DaySchedule.DayPlan plan = useCases.daySchedule().day(day, turn.actor());
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("calendar.places", labels.day(day)));
        plan.byPolygon().forEach((polygon, games) -> section(lines, labels.polygon(polygon), games,
                game -> Labels.time(game.start()) + "–" + Labels.time(game.gameEnd())
                        + " · " + turn.t("calendar.players", String.valueOf(game.order().players())), turn));
        plan.byRestRoom().forEach((room, games) -> section(lines, labels.room(room), games,
                game -> Labels.time(game.gameEnd()) + "–" + Labels.time(game.end()), turn));
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        return dayNavigation(turn, labels, screen, day, "places", Callback.button(turn.t("calendar.asList"), PREFIX, "day", day))
                .build();
    }

    private static void section(List<String> lines, String title, List<ScheduledGame> games,
            Function<ScheduledGame, String> when, Turn turn) {
        lines.add("");
        lines.add("<b>" + Html.escape(title) + "</b>");
        if (games.isEmpty()) {
            lines.add(turn.t("calendar.free"));
        }
        for (ScheduledGame game : games) {
            lines.add(when.apply(game) + " · " + clientName(turn, game));
        }
    }

    /** The days around (in the same view), the other view, and the month. */
    private static Screen.Builder dayNavigation(Turn turn, Labels labels, Screen.Builder screen, LocalDate day,
            String view, Button otherView) {
        screen.row(Callback.button("◀ " + labels.shortDay(day.minusDays(1)), PREFIX, view, day.minusDays(1)),
                Callback.button(labels.shortDay(day.plusDays(1)) + " ▶", PREFIX, view, day.plusDays(1)));
        return screen.row(otherView, Callback.button(turn.t("calendar.toMonth", labels.month(YearMonth.from(day))),
                PREFIX, "month", YearMonth.from(day)));
    }

    private static String clientName(Turn turn, ScheduledGame game) {
        return game.client().map(Client::fullName).map(Html::escape).orElse(turn.t("calendar.noClient"));
    }

    /** "15:00–16:00 Арена · Комната 1 до 17:00 · 10 игр. · Иванов Пётр · Новая". */
    private String line(Turn turn, Labels labels, ScheduledGame game) {
        Order order = game.order();
        String room = order.slot().restRoom().isTaken()
                ? turn.t("calendar.line.room", labels.room(order.slot().restRoom()), Labels.time(game.end()))
                : labels.room(order.slot().restRoom());
        return turn.t("calendar.line", Labels.time(game.start()), Labels.time(game.gameEnd()),
                labels.polygon(order.slot().polygon()), room, String.valueOf(order.players()),
                clientName(turn, game), labels.status(order.status()));
    }

    private static String buttonLabel(Labels labels, ScheduledGame game) {
        String client = game.client().map(Client::fullName).orElse("—");
        return Labels.time(game.start()) + " " + labels.polygon(game.order().slot().polygon()) + " · " + client;
    }

    /** Compact enough for seven to a row on a phone: {@code 15}, {@code 15•3}, today {@code [15]}. */
    static String dayLabel(LocalDate day, LocalDate today, int orders) {
        String number = day.equals(today) ? "[" + day.getDayOfMonth() + "]" : String.valueOf(day.getDayOfMonth());
        return orders > 0 ? number + "•" + orders : number;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(useCases.clock().instant(), useCases.rules().zone());
    }

    private static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }

    private static Optional<YearMonth> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
