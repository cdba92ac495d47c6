package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The words and formats orders are shown with, in the user's language: polygon, room, game type, gift and status
 * names; dates as {@code 25.12.2030 (ср)}, times as {@code 15:00}. Shared by the orders and calendar features.
 */
public final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");

    private final Texts texts;

    public Labels(Texts texts) {
        this.texts = texts;
    }

    public String polygon(Polygon polygon) {
        return texts.get("order.polygon." + polygon.code());
    }

    public String room(RestRoom room) {
        return texts.get("order.room." + room.number());
    }

    public String gameType(GameType type) {
        return texts.get("order.type." + type.code());
    }

    public String gift(Gift gift) {
        return texts.get("order.gift." + gift.code());
    }

    public String status(OrderStatus status) {
        return texts.get("order.status." + status.code());
    }

    public String minutes(Duration duration) {
        return texts.get("order.minutes", duration.toMinutes());
    }

    /** {@code 25.12.2030 (ср)}. */
    public String day(LocalDate day) {
        return DATE.format(day) + " (" + weekdayInDate(day.getDayOfWeek()) + ")";
    }

    /** {@code 25.12 (ср)}. */
    public String shortDay(LocalDate day) {
        return SHORT_DATE.format(day) + " (" + weekdayInDate(day.getDayOfWeek()) + ")";
    }

    /** {@code 25.12}. */
    public static String dayMonth(LocalDate day) {
        return SHORT_DATE.format(day);
    }

    /** {@code 25.12.2030 15:00} in the club's zone. */
    public String moment(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return DATE.format(local) + " " + time(local.toLocalTime());
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /** {@code Пн} .. {@code Вс}. */
    public String weekday(DayOfWeek day) {
        return texts.get("order.weekdays").split(",")[day.getValue() - 1].strip();
    }

    /** {@code ср} in Russian, {@code Wed} in English: as a weekday reads after a date. */
    private String weekdayInDate(DayOfWeek day) {
        return texts.get("order.weekdays.inDate").split(",")[day.getValue() - 1].strip();
    }

    /** {@code Июнь 2030}. */
    public String month(YearMonth month) {
        return texts.get("order.months").split(",")[month.getMonthValue() - 1].strip() + " " + month.getYear();
    }
}
