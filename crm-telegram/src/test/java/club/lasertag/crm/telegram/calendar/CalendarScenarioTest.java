package club.lasertag.crm.telegram.calendar;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.InlineButton;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /calendar}, {@code /today}, {@code /tomorrow} end to end; today is Saturday, 1 June 2030. */
@ExtendWith(BotHarness.PerClass.class)
class CalendarScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");
    private final Client petrov = data.client("Петров", "+79990000002");

    @Test
    void theMonthShowsHowManyOrdersEachDayHas() {
        data.booked(ivanov, "2030-06-15", "15:00");
        data.booked(aBooking().client(petrov.id()).on("2030-06-15").at("12:00").polygon(Polygon.PARK).noRestRoom());
        data.booked(ivanov, "2030-06-20", "11:00");
        cancel(data.booked(petrov, "2030-06-16", "11:00"));

        ChatMessage month = bot.sayOne(bot.manager, "/calendar");

        assertThat(month.plainText()).contains("Июнь 2030", "броней: 3");
        assertThat(texts(month.keyboard().get(0))).containsExactly("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
        assertThat(texts(month.keyboard().get(1))).containsExactly("·", "·", "·", "·", "·", "[1]", "2");
        assertThat(texts(month.keyboard().get(3))).containsExactly("10", "11", "12", "13", "14", "15•2", "16");
        assertThat(labels(month)).contains("20•1", "Сегодня");
        assertThat(month.keyboard()).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(7));
    }

    @Test
    void arrowsGoToOtherMonths() {
        data.booked(ivanov, "2030-07-03", "15:00");
        ChatMessage june = bot.sayOne(bot.manager, "/calendar");

        ChatMessage july = bot.press(bot.manager, june, "Июль 2030 ▶");

        assertThat(july.messageId()).isEqualTo(june.messageId());
        assertThat(july.plainText()).contains("Июль 2030", "броней: 1");
        assertThat(labels(july)).contains("3•1");
        assertThat(texts(july.keyboard().get(1))).startsWith("1", "2", "3•1");
        assertThat(bot.press(bot.manager, july, "◀ Июнь 2030").plainText()).contains("Июнь 2030");
    }

    @Test
    void aDayListsItsOrdersByTimeEachAButtonToItsCard() {
        data.booked(ivanov, "2030-06-15", "15:00");
        data.booked(aBooking().client(petrov.id()).on("2030-06-15").at("12:00").polygon(Polygon.FOREST)
                .rest(RestRoom.ROOM_2, 30).players(20));
        ChatMessage month = bot.sayOne(bot.manager, "/calendar");

        ChatMessage day = bot.press(bot.manager, month, "15•2");

        assertThat(day.plainText()).contains("15.06.2030 (сб)", "броней: 2");
        assertThat(day.plainText().indexOf("12:00–13:00 Лес · Комната 2 до 13:30 · игроков: 20 · Петров Пётр Сергеевич · Новая"))
                .isPositive()
                .isLessThan(day.plainText().indexOf("15:00–16:00 Арена · Комната 1 до 17:00 · игроков: 10 · Иванов"));
        assertThat(labels(day)).startsWith("12:00 Лес · Петров Пётр Сергеевич", "15:00 Арена · Иванов Пётр Сергеевич");
        ChatMessage card = bot.press(bot.manager, day, "15:00 Арена · Иванов Пётр Сергеевич");
        assertThat(card.plainText()).contains("Бронь №1", "15:00–16:00");
        ChatMessage back = bot.press(bot.manager, card, "📅 День");
        assertThat(back.plainText()).contains("15.06.2030 (сб)");
    }

    @Test
    void aCancelledBookingStaysInTheDayStruckThroughWithItsStatus() {
        data.booked(ivanov, "2030-06-15", "15:00");
        cancel(data.booked(aBooking().client(petrov.id()).on("2030-06-15").at("12:00").polygon(Polygon.PARK).noRestRoom()));
        ChatMessage month = bot.sayOne(bot.manager, "/calendar");

        ChatMessage day = bot.press(bot.manager, month, "15•1");

        assertThat(day.plainText()).contains("броней: 1", "12:00–13:00 Парк · Петров Пётр Сергеевич · Отменена",
                "15:00–16:00 Арена");
        assertThat(day.text()).contains("<s>12:00–13:00 Парк · Петров Пётр Сергеевич</s> · Отменена");
        assertThat(labels(day)).startsWith("❌ 12:00 Парк · Петров Пётр Сергеевич", "15:00 Арена · Иванов Пётр Сергеевич");
        ChatMessage places = bot.press(bot.manager, day, "🗂 По площадкам");
        assertThat(places.plainText()).as("a cancelled booking takes no place").contains("Парк\nсвободно");
    }

    @Test
    void aDayCanBeSeenByPolygonAndRoom() {
        data.booked(ivanov, "2030-06-15", "15:00");
        data.booked(aBooking().client(petrov.id()).on("2030-06-15").at("15:00").polygon(Polygon.PARK)
                .rest(RestRoom.ROOM_2, 30));
        ChatMessage day = bot.press(bot.manager, bot.sayOne(bot.manager, "/calendar"), "15•2");

        ChatMessage places = bot.press(bot.manager, day, "🗂 По площадкам");

        assertThat(places.plainText()).contains(
                "Арена\n15:00–16:00 · игроков: 10 · Иванов Пётр Сергеевич",
                "Парк\n15:00–16:00 · игроков: 10 · Петров Пётр Сергеевич",
                "Лес\nсвободно",
                "Комната 1\n16:00–17:00 · Иванов Пётр Сергеевич",
                "Комната 2\n16:00–16:30 · Петров Пётр Сергеевич");
        ChatMessage next = bot.press(bot.manager, places, "16.06 (вс) ▶");
        assertThat(next.plainText()).contains("16.06.2030 (вс) — по площадкам");
        assertThat(bot.press(bot.manager, next, "📋 Списком").plainText()).contains("16.06.2030 (вс) — броней: 0");
    }

    @Test
    void arrowsGoToTheDaysAroundAndBackToTheMonth() {
        ChatMessage month = bot.sayOne(bot.manager, "/calendar");
        ChatMessage day = bot.press(bot.manager, month, "15");

        ChatMessage previous = bot.press(bot.manager, day, "◀ 14.06 (пт)");
        assertThat(previous.plainText()).contains("14.06.2030 (пт)", "Игр нет");
        ChatMessage next = bot.press(bot.manager, bot.press(bot.manager, previous, "15.06 (сб) ▶"), "16.06 (вс) ▶");
        assertThat(next.plainText()).contains("16.06.2030 (вс)");
        assertThat(bot.press(bot.manager, next, "📅 Июнь 2030").plainText()).contains("Июнь 2030", "броней: 0");
    }

    @Test
    void todayAndTomorrowShowTheirDayAtOnce() {
        data.booked(ivanov, "2030-06-01", "18:00");
        data.booked(petrov, "2030-06-02", "11:00");

        ChatMessage today = bot.sayOne(bot.instructor, "/today");
        ChatMessage tomorrow = bot.sayOne(bot.instructor, "/tomorrow");

        assertThat(today.plainText()).contains("01.06.2030 (сб)", "Сегодня", "18:00–19:00", "Иванов");
        assertThat(tomorrow.plainText()).contains("02.06.2030 (вс)", "11:00–12:00", "Петров").doesNotContain("Иванов");
        ChatMessage month = bot.sayOne(bot.instructor, "/calendar");
        assertThat(bot.press(bot.instructor, month, "Сегодня").plainText()).contains("01.06.2030 (сб)", "Иванов");
    }

    @Test
    void instructorsSeeTheCalendarAndCardsWithoutEditButtons() {
        data.booked(ivanov, "2030-06-15", "15:00");
        ChatMessage month = bot.sayOne(bot.instructor, "/calendar");

        ChatMessage card = data.pressStartingWith(bot.instructor, bot.press(bot.instructor, month, "15•1"), "15:00");

        assertThat(card.plainText()).contains("Бронь №1", "Иванов");
        assertThat(labels(card)).containsExactly("📅 День");
    }

    @Test
    void englishSpeakersGetAnEnglishCalendar() {
        ChatMessage month = bot.sayOne(bot.manager.withLanguage("en"), "/calendar");

        assertThat(month.plainText()).contains("June 2030", "bookings: 0");
        assertThat(texts(month.keyboard().get(0))).containsExactly("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
        assertThat(labels(month)).contains("Today", "July 2030 ▶");
    }

    private void cancel(Order order) {
        bot.crm.bookingService.change(order.requireId(), OrderStatus.CANCELLED, BotHarness.staffIdOf(bot.manager));
    }

    private static List<String> texts(List<InlineButton> row) {
        return row.stream().map(InlineButton::text).toList();
    }
}
