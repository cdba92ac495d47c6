package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.chat.input.TypedInput;
import club.lasertag.crm.domain.port.in.DayPicture;
import club.lasertag.crm.domain.port.in.DaySchedule;
import club.lasertag.crm.domain.port.in.MonthOverview;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.domain.port.in.ViewOrderMoney;
import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.telegram.chat.MoneyFormat;
import java.util.Map;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.chat.Upload;
import club.lasertag.crm.telegram.orders.OrderLinks;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.MonthGrid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /calendar}, {@code /today}, {@code /tomorrow}, {@code /day [date]} (the day as a picture): the month with the number of orders per day, and a day's
 * orders by start, each a button to its card. For everyone who may see the calendar, instructors too; changing
 * orders is the orders feature's, behind its own permission check.
 *
 * <p>Buttons: {@link CalendarAction}, encoded by {@link CalendarCallbacks}.
 */
public final class CalendarFeature implements Feature<CalendarAction> {

    private final MonthOverview monthOverview;
    private final DaySchedule daySchedule;
    private final DayPicture dayPicture;
    private final ClubRules rules;
    private final Clock clock;
    private final ViewOrderMoney orderMoney;

    public CalendarFeature(MonthOverview monthOverview, DaySchedule daySchedule, DayPicture dayPicture, ClubRules rules,
                           Clock clock, ViewOrderMoney orderMoney) {
        this.orderMoney = orderMoney;
        this.monthOverview = monthOverview;
        this.daySchedule = daySchedule;
        this.dayPicture = dayPicture;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("calendar", Permission.VIEW_SCHEDULE, 30),
                Command.of("today", Permission.VIEW_SCHEDULE, 40),
                Command.of("tomorrow", Permission.VIEW_SCHEDULE, 50),
                Command.of("day", Permission.VIEW_SCHEDULE, 55));
    }

    @Override
    public Optional<CallbackCodec<CalendarAction>> callbacks() {
        return Optional.of(CalendarCallbacks.CODEC);
    }

    @Override
    public String deniedKey() {
        return "calendar.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        switch (command.name()) {
            case "today":
                turn.replies().send(day(turn, today()));
                break;
            case "tomorrow":
                turn.replies().send(day(turn, today().plusDays(1)));
                break;
            case "day":
                picture(turn, command.args().isBlank() ? today()
                        : TypedInput.date("date", command.args(), today()));
                break;
            default:
                turn.replies().send(month(turn, YearMonth.from(today())));
        }
    }

    @Override
    public void onButton(Turn turn, CalendarAction action) {
        if (action instanceof CalendarAction.Month month) {
            turn.replies().show(month(turn, month.month()));
        } else if (action instanceof CalendarAction.Day day) {
            turn.replies().show(day(turn, day.day()));
        } else if (action instanceof CalendarAction.Places places) {
            turn.replies().show(places(turn, places.day()));
        } else if (action instanceof CalendarAction.Picture picture) {
            turn.replies().notice(null);
            picture(turn, picture.day());
        } else {
            turn.replies().notice(null);
        }
    }

    /**
     * The day as a picture (a new message: the pressed day view stays), its caption the day and a button back to
     * the day's list; the picture carries no phones, so instructors get it as managers do.
     */
    void picture(Turn turn, LocalDate day) {
        Labels labels = new Labels(turn.texts());
        byte[] png = dayPicture.png(day, turn.texts().locale(), turn.actor());
        turn.replies().photo(Upload.png("day-" + day + ".png", png), Screen.builder(turn.t("calendar.picture", labels.day(day)))
                .row(button("◀ " + labels.shortDay(day.minusDays(1)), new CalendarAction.Picture(day.minusDays(1))),
                        button(labels.shortDay(day.plusDays(1)) + " ▶", new CalendarAction.Picture(day.plusDays(1))))
                .row(button(turn.t("calendar.asList"), new CalendarAction.Day(day)))
                .build());
    }

    /** The month as a grid: each day a button, with its number of orders after a dot; today in brackets. */
    Screen month(Turn turn, YearMonth month) {
        Labels labels = new Labels(turn.texts());
        MonthOverview.MonthSummary summary = monthOverview.month(month, turn.actor());
        LocalDate today = today();
        int total = summary.ordersPerDay().values().stream().mapToInt(Integer::intValue).sum();
        Screen.Builder screen = Screen.builder(turn.t("calendar.month", Html.escape(labels.month(month)), String.valueOf(total)));
        String inert = CalendarCallbacks.CODEC.encode(new CalendarAction.Nothing());
        for (List<Button> row : MonthGrid.rows(month, labels, inert,
                day -> button(dayLabel(day, today, summary.ordersOn(day)), new CalendarAction.Day(day)))) {
            screen.row(row);
        }
        screen.row(button("◀ " + labels.month(month.minusMonths(1)), new CalendarAction.Month(month.minusMonths(1))),
                button(labels.month(month.plusMonths(1)) + " ▶", new CalendarAction.Month(month.plusMonths(1))));
        screen.row(button(turn.t("calendar.today"), new CalendarAction.Day(today)));
        return screen.build();
    }

    /** A day's orders by start, each a button to its card; the days around it and the month. */
    Screen day(Turn turn, LocalDate day) {
        Labels labels = new Labels(turn.texts());
        DaySchedule.DayPlan plan = daySchedule.day(day, turn.actor());
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("calendar.day", labels.day(day), String.valueOf(plan.games().size())));
        if (day.equals(today())) {
            lines.add(turn.t("calendar.isToday"));
        }
        if (plan.games().isEmpty()) {
            lines.add(turn.t("calendar.day.empty"));
        }
        List<Button> games = new ArrayList<>();
        Map<OrderId, OrderBalance> balances = turn.role().can(Permission.MANAGE_PAYMENTS)
                ? orderMoney.balances(plan.games().stream().map(game -> game.order().requireId()).toList(), turn.actor())
                : Map.of();
        for (ScheduledGame game : plan.everything()) {
            boolean cancelled = !game.order().occupiesSlots();
            OrderBalance balance = balances.get(game.order().requireId());
            lines.add(cancelled ? cancelledLine(turn, labels, game)
                    : line(turn, labels, game) + (balance == null ? "" : due(turn, balance)));
            games.add(OrderLinks.card((cancelled ? "❌ " : "") + buttonLabel(labels, game), game.order().requireId()));
        }
        Screen.Builder screen = Screen.builder(String.join("\n", lines)).grid(games, 1);
        return dayNavigation(turn, labels, screen, day, CalendarAction.Day::new,
                button(turn.t("calendar.byPlace"), new CalendarAction.Places(day)))
                .row(button(turn.t("calendar.asPicture"), new CalendarAction.Picture(day)))
                .build();
    }

    /** The day by polygon and by rest room: what an instructor preparing the fields needs. */
    Screen places(Turn turn, LocalDate day) {
        Labels labels = new Labels(turn.texts());
        DaySchedule.DayPlan plan = daySchedule.day(day, turn.actor());
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("calendar.places", labels.day(day)));
        plan.byPolygon().forEach((polygon, games) -> section(lines, labels.polygon(polygon), games,
                game -> Labels.time(game.start()) + "–" + Labels.time(game.gameEnd())
                        + " · " + turn.t("calendar.players", String.valueOf(game.order().players())), turn));
        plan.byRestRoom().forEach((room, games) -> section(lines, labels.room(room), games,
                game -> Labels.time(game.gameEnd()) + "–" + Labels.time(game.end()), turn));
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        return dayNavigation(turn, labels, screen, day, CalendarAction.Places::new,
                button(turn.t("calendar.asList"), new CalendarAction.Day(day)))
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
            Function<LocalDate, CalendarAction> view, Button otherView) {
        screen.row(button("◀ " + labels.shortDay(day.minusDays(1)), view.apply(day.minusDays(1))),
                button(labels.shortDay(day.plusDays(1)) + " ▶", view.apply(day.plusDays(1))));
        return screen.row(otherView, button(turn.t("calendar.toMonth", labels.month(YearMonth.from(day))),
                new CalendarAction.Month(YearMonth.from(day))));
    }

    private static Button button(String label, CalendarAction action) {
        return CalendarCallbacks.CODEC.button(label, action);
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

    /** "<s>11:00–12:00 Арена · Иванов Пётр</s> · Отменена": shown, struck through, taking no place. */
    private static String cancelledLine(Turn turn, Labels labels, ScheduledGame game) {
        return turn.t("calendar.line.cancelled", Labels.time(game.start()), Labels.time(game.gameEnd()),
                labels.polygon(game.order().slot().polygon()), clientName(turn, game), labels.status(game.order().status()));
    }

    /** " · к оплате 9 000 ₽", or " · оплачено" once nothing is due: for those who handle money only. */
    private static String due(Turn turn, OrderBalance balance) {
        return balance.due().isZero() && !balance.total().isZero()
                ? turn.t("calendar.line.paid")
                : turn.t("calendar.line.due", MoneyFormat.format(balance.due(), turn.texts().locale()));
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
        return LocalDate.ofInstant(clock.instant(), rules.zone());
    }
}
