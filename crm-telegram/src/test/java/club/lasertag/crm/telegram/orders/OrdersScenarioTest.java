package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /order} end to end: booking by buttons and by typing, refusals, the order card and what it can do. */
@ExtendWith(BotHarness.PerClass.class)
class OrdersScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");

    @Test
    void aManagerBooksAGameWithButtonsOnly() {
        ChatMessage card = bookByButtons("15", "15:00");

        assertThat(card.plainText()).contains("Забронировано", "Бронь №1", "Новая", "15.06.2030 (сб), 15:00–16:00",
                "Площадка: Арена", "Отдых: Комната 1, 16:00–17:00", "Игроков: 12", "День рождения", "Бандана",
                "Иванов Пётр Сергеевич", "+7 999 000-00-01", "Мария");
        assertThat(labels(card)).contains("✏️ Изменить", "🕒 Перенести", "✔️ Подтвердить", "❌ Отменить", "📅 День");
        Order order = onlyOrderOf(ivanov);
        assertThat(order.slot().start()).isEqualTo(Instant.parse("2030-06-15T12:00:00Z"));
        assertThat(order.slot().gameTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(order.slot().polygon()).isEqualTo(Polygon.ARENA);
        assertThat(order.slot().restRoom()).isEqualTo(RestRoom.ROOM_1);
        assertThat(order.slot().restTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(order.players()).isEqualTo(12);
        assertThat(order.gameType()).isEqualTo(GameType.BIRTHDAY);
        assertThat(order.gift()).isEqualTo(Gift.BANDANA);
        assertThat(order.comment()).isEmpty();
    }

    @Test
    void theDatePickerShowsTheMonthFromMondayAndHidesThePast() {
        ChatMessage picker = startBooking();

        assertThat(picker.plainText()).contains("Июнь 2030", "Иванов");
        assertThat(picker.keyboard().get(0)).extracting(button -> button.text())
                .containsExactly("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
        // 1 June 2030 is a Saturday, and today.
        assertThat(picker.keyboard().get(1)).extracting(button -> button.text())
                .containsExactly("·", "·", "·", "·", "·", "[1]", "2");
        ChatMessage july = bot.press(bot.manager, picker, "Июль 2030 ▶");
        assertThat(july.plainText()).contains("Июль 2030");
        assertThat(labels(july)).contains("1", "31", "◀");
    }

    @Test
    void datesAndTimesCanBeTyped() {
        startBooking();
        ChatMessage polygon = bot.sayOne(bot.manager, "15.06");
        assertThat(polygon.plainText()).contains("15.06.2030 (сб)", "Площадка?");
        bot.press(bot.manager, polygon, "Парк");
        bot.sayOne(bot.manager, "90");
        ChatMessage room = bot.sayOne(bot.manager, "15.00");
        assertThat(room.plainText()).contains("15:00", "Комната отдыха");
        ChatMessage players = bot.press(bot.manager, room, "Без комнаты");
        assertThat(players.plainText()).contains("Сколько игроков?", "Парк: не больше 40");
        ChatMessage type = bot.sayOne(bot.manager, "25");
        ChatMessage gift = bot.press(bot.manager, type, "Квест");
        ChatMessage comment = bot.press(bot.manager, gift, "Без подарков");
        ChatMessage summary = bot.sayOne(bot.manager, "Торт <3 & свечи");
        assertThat(summary.plainText()).contains("15.06.2030 (сб), 15:00–16:30", "Парк", "90 мин", "Без комнаты",
                "Игроков: 25", "Квест", "Без подарков", "Торт <3 & свечи");

        bot.press(bot.manager, summary, "✅ Забронировать");

        Order order = onlyOrderOf(ivanov);
        assertThat(order.slot().start()).isEqualTo(Instant.parse("2030-06-15T12:00:00Z"));
        assertThat(order.slot().gameTime()).isEqualTo(Duration.ofMinutes(90));
        assertThat(order.slot().restRoom()).isEqualTo(RestRoom.NONE);
        assertThat(order.comment()).isEqualTo("Торт <3 & свечи");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15:00", "15.00", "1500", "15"})
    void aStartCanBeTypedInAnyUsualFormat(String typed) {
        answerByButtons(startBooking(), "15", "Арена", "60 мин");

        ChatMessage room = bot.sayOne(bot.manager, typed);

        assertThat(room.plainText()).contains("15:00", "Комната отдыха");
    }

    @Test
    void aConflictNamesTheOtherOrderAndAFreeStartBooksInOneTap() {
        Client petrov = data.client("Петров", "+79990000002");
        data.booked(petrov, "2030-06-15", "15:00");
        answerByButtons(startBooking(), "15", "Арена", "60 мин");
        ChatMessage room = bot.sayOne(bot.manager, "15:30");
        answerByButtons(room, "Комната 1", "60 мин");
        ChatMessage summary = answerByButtons(bot.sayOne(bot.manager, "10"), "Игра", "Патроны", "Пропустить");

        ChatMessage refusal = bot.press(bot.manager, summary, "✅ Забронировать");

        assertThat(refusal.plainText()).contains("площадка «Арена» занята", "бронь №1", "15.06.2030 (сб) 15:00–16:00",
                "Петров Пётр Сергеевич", "Свободное время рядом");
        assertThat(labels(refusal)).contains("15.06 16:00", "15.06 14:00", "✏️ Изменить", "Отмена");

        ChatMessage card = bot.press(bot.manager, refusal, "15.06 16:00");

        assertThat(card.plainText()).contains("Забронировано", "Бронь №2", "16:00–17:00");
        assertThat(onlyOrderOf(ivanov).slot().start()).isEqualTo(Instant.parse("2030-06-15T13:00:00Z"));
    }

    @Test
    void aTakenRestRoomIsNamedWithTheGroupInIt() {
        data.booked(data.client("Петров", "+79990000002"), "2030-06-15", "15:00");

        ChatMessage refusal = bot.press(bot.manager, summaryTyping("Парк", "15:00", "Комната 1"), "✅ Забронировать");

        assertThat(refusal.plainText()).contains("Комната 1 занята", "бронь №1", "16:00–17:00", "Петров Пётр Сергеевич");
        assertThat(bot.press(bot.manager, refusal, "15.06 16:00").plainText()).contains("Забронировано");
    }

    @Test
    void aGameEndingAfterClosingIsRefusedWithTheOpeningHours() {
        ChatMessage refusal = bot.press(bot.manager, summaryTyping("Лес", "23:30", "Без комнаты"), "✅ Забронировать");

        assertThat(refusal.plainText()).contains("клуб работает с 10:00 до 24:00");
        assertThat(labels(refusal)).contains("15.06 23:00");
        assertThat(ordersOf(ivanov)).isEmpty();
    }

    @Test
    void aDayWithoutFreeTimeOffersAnotherDateAndGoesStraightToTheStart() {
        data.booked(data.client("Петров", "+79990000002"), "2030-06-15", "12:00");
        answerByButtons(startBooking(), "15", "Арена");

        ChatMessage full = bot.sayOne(bot.manager, "720");

        assertThat(full.plainText()).contains("свободного времени нет");
        ChatMessage picker = bot.press(bot.manager, full, "📅 Другая дата");
        ChatMessage starts = bot.press(bot.manager, picker, "16");
        assertThat(starts.plainText()).contains("Начало?", "16.06.2030 (вс)", "720 мин");
        assertThat(labels(starts)).contains("10:00", "12:00").doesNotContain("12:30");
    }

    @Test
    void wrongInputGetsTheDomainsMessageAndTheSameQuestion() {
        ChatMessage found = bot.sayOne(bot.manager, "/order +79990000001");
        bot.press(bot.manager, found, clientButton(ivanov));
        ChatMessage answer = bot.sayOne(bot.manager, "31.02");
        assertThat(answer.plainText()).contains("такой даты нет", "31.02", "Дата игры?");
        assertThat(labels(answer)).contains("15", "Отмена");

        ChatMessage players = answerByButtons(answer, "15", "Арена", "60 мин", "15:00", "Без комнаты");
        assertThat(players.plainText()).contains("Сколько игроков?");
        assertThat(bot.sayOne(bot.manager, "0").plainText()).contains("Игроки: 0 — вне допустимого", "Сколько игроков?");
        assertThat(bot.sayOne(bot.manager, "10000").plainText()).contains("вне допустимого: от 1 до 500", "Сколько игроков?");
        assertThat(bot.sayOne(bot.manager, "abc").plainText()).contains("«abc» — не число", "Сколько игроков?");
        ChatMessage type = bot.sayOne(bot.manager, "12");
        assertThat(type.plainText()).contains("Тип игры?");
    }

    @Test
    void tooManyPlayersForThePolygonIsRefusedWithTheLimit() {
        answerByButtons(startBooking(), "15", "Арена", "60 мин", "15:00", "Без комнаты");
        ChatMessage summary = answerByButtons(bot.sayOne(bot.manager, "35"), "Игра", "Снуд", "Пропустить");

        ChatMessage refusal = bot.press(bot.manager, summary, "✅ Забронировать");

        assertThat(refusal.plainText()).contains("«Арена» не больше 30 игроков", "указано 35");
        assertThat(ordersOf(ivanov)).isEmpty();
    }

    @Test
    void cancellingMidDialogSavesNothing() {
        ChatMessage polygon = bot.press(bot.manager, startBooking(), "15");

        assertThat(bot.sayOne(bot.manager, "/cancel").plainText()).contains("отменено");
        String pressed = data.pressForAnswer(bot.manager, polygon, "Арена");

        assertThat(bot.telegram.callbackQuery(pressed).orElseThrow().answerText()).contains("устарела");
        assertThat(ordersOf(ivanov)).isEmpty();
        ChatMessage cancelled = bot.press(bot.manager, startBooking(), "Отмена");
        assertThat(cancelled.plainText()).contains("отменено");
    }

    @Test
    void aRestartMidDialogLosesNothing() {
        ChatMessage players = answerByButtons(startBooking(), "15", "Лес", "120 мин", "12:00", "Комната 2", "30 мин");
        assertThat(players.plainText()).contains("Сколько игроков?");

        bot.stopBot();
        bot.startBot();

        ChatMessage type = bot.sayOne(bot.manager, "8");
        assertThat(type.plainText()).contains("Тип игры?", "Лес");
        ChatMessage summary = answerByButtons(type, "Игра", "Жетон", "Пропустить");
        bot.press(bot.manager, summary, "✅ Забронировать");
        Order order = onlyOrderOf(ivanov);
        assertThat(order.slot().polygon()).isEqualTo(Polygon.FOREST);
        assertThat(order.slot().restRoom()).isEqualTo(RestRoom.ROOM_2);
        assertThat(order.slot().restTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(order.players()).isEqualTo(8);
    }

    @Test
    void aFieldChangedFromTheSummaryComesBackToTheSummary() {
        answerByButtons(startBooking(), "15", "Арена", "60 мин", "15:00", "Без комнаты");
        ChatMessage summary = answerByButtons(bot.sayOne(bot.manager, "10"), "Игра", "Снуд", "Пропустить");

        ChatMessage fields = bot.press(bot.manager, summary, "✏️ Изменить");
        ChatMessage polygon = bot.press(bot.manager, fields, "Площадка");
        ChatMessage changed = bot.press(bot.manager, polygon, "Парк");

        assertThat(changed.plainText()).contains("Проверьте бронь", "Площадка: Парк", "Игроков: 10");
        bot.press(bot.manager, changed, "✅ Забронировать");
        assertThat(onlyOrderOf(ivanov).slot().polygon()).isEqualTo(Polygon.PARK);
    }

    @Test
    void anOrderIsMovedToAnotherDayAndStart() {
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));
        bot.crm.clock.advance(Duration.ofMinutes(5));

        ChatMessage picker = bot.press(bot.manager, card, "🕒 Перенести");
        ChatMessage starts = bot.press(bot.manager, picker, "16");
        assertThat(starts.plainText()).contains("16.06.2030 (вс)");
        ChatMessage moved = bot.press(bot.manager, starts, "18:00");

        assertThat(moved.plainText()).contains("Бронь перенесена", "16.06.2030 (вс), 18:00–19:00", "Изменил(а): Мария, 01.06.2030 13:05");
        assertThat(onlyOrderOf(ivanov).slot().start()).isEqualTo(Instant.parse("2030-06-16T15:00:00Z"));
    }

    @Test
    void aMoveIntoATakenSlotIsRefusedAndOffersFreeStarts() {
        Client petrov = data.client("Петров", "+79990000002");
        data.booked(petrov, "2030-06-16", "15:00");
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));

        answerByButtons(bot.press(bot.manager, card, "🕒 Перенести"), "16");
        ChatMessage refusal = bot.sayOne(bot.manager, "15:30");

        assertThat(refusal.plainText()).contains("занята", "Петров");
        ChatMessage moved = bot.press(bot.manager, refusal, "16.06 16:00");
        assertThat(moved.plainText()).contains("Бронь перенесена", "16:00–17:00");
    }

    @Test
    void anyFieldOfASavedOrderCanBeEdited() {
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));

        ChatMessage fields = bot.press(bot.manager, card, "✏️ Изменить");
        bot.press(bot.manager, fields, "Игроки");
        ChatMessage summary = bot.sayOne(bot.manager, "20");
        assertThat(summary.plainText()).contains("Бронь после изменений", "Игроков: 20");
        ChatMessage saved = bot.press(bot.manager, summary, "✅ Сохранить");

        assertThat(saved.plainText()).contains("Изменения сохранены", "Игроков: 20");
        assertThat(onlyOrderOf(ivanov).players()).isEqualTo(20);
    }

    @Test
    void statusChangesFollowTheOrdersLife() {
        Order order = data.booked(ivanov, "2030-06-15", "15:00");
        ChatMessage card = cardOf(order);

        ChatMessage confirmed = bot.press(bot.manager, card, "✔️ Подтвердить");

        assertThat(confirmed.plainText()).contains("Статус: Подтверждена", "Бронь №1 · Подтверждена");
        assertThat(labels(confirmed)).doesNotContain("✔️ Подтвердить", "🏁 Состоялась", "🚫 Не пришли");
        bot.crm.clock.set(order.slot().start()); // how the game went is known once it has started
        ChatMessage started = data.pressStartingWith(bot.manager, bot.sayOne(bot.manager, "/today"), "15:00");
        assertThat(labels(started)).contains("🏁 Состоялась", "🚫 Не пришли");
        ChatMessage completed = bot.press(bot.manager, started, "🏁 Состоялась");
        assertThat(labels(completed)).doesNotContain("✏️ Изменить", "❌ Отменить").contains("📅 День");
        assertThat(onlyOrderOf(ivanov).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void cancellingAsksFirstAndFreesTheSlot() {
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));

        ChatMessage question = bot.press(bot.manager, card, "❌ Отменить");
        assertThat(question.plainText()).contains("Отменить бронь №1?");
        ChatMessage kept = bot.press(bot.manager, question, "Нет");
        assertThat(kept.plainText()).contains("Новая");
        ChatMessage cancelled = bot.press(bot.manager, bot.press(bot.manager, kept, "❌ Отменить"), "Да, отменить");

        assertThat(cancelled.plainText()).contains("Статус: Отменена");
        assertThat(labels(cancelled)).doesNotContain("✏️ Изменить");
        ChatMessage rebooked = bookByButtons("15", "15:00");
        assertThat(rebooked.plainText()).contains("Забронировано", "Бронь №2");
    }

    @Test
    void theHistoryOfAClientIsPaged() {
        for (int day = 10; day <= 19; day++) {
            data.booked(ivanov, "2030-06-" + day, "12:00");
        }
        ChatMessage card = cardOf(ordersOf(ivanov).get(0));

        ChatMessage first = bot.press(bot.manager, card, "📋 Брони");

        assertThat(first.plainText()).contains("Брони: Иванов Пётр Сергеевич", "С 1 по 8");
        assertThat(labels(first)).contains("19.06.2030 (ср) 12:00 · Арена · Новая", "▶").doesNotContain("◀");
        ChatMessage second = bot.press(bot.manager, first, "▶");
        assertThat(second.plainText()).contains("С 9 по 10");
        assertThat(labels(second)).contains("11.06.2030 (вт) 12:00 · Арена · Новая", "◀").doesNotContain("▶");
        ChatMessage oldest = bot.press(bot.manager, second, "10.06.2030 (пн) 12:00 · Арена · Новая");
        assertThat(oldest.plainText()).contains("10.06.2030 (пн), 12:00–13:00");
    }

    @Test
    void instructorsSeeCardsWithoutEditButtonsAndCannotBook() {
        Order order = data.booked(ivanov, "2030-06-02", "15:00");
        ChatMessage day = bot.sayOne(bot.instructor, "/tomorrow");

        ChatMessage card = data.pressStartingWith(bot.instructor, day, "15:00");

        assertThat(card.plainText()).contains("Бронь №" + order.requireId().value(), "15:00–16:00");
        assertThat(labels(card)).containsExactly("📅 День");
        assertThat(bot.sayOne(bot.instructor, "/order").plainText()).contains("Брони ведут менеджеры");
    }

    @Test
    void aManagersButtonPressedByAnInstructorIsRefused() {
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));
        String cancel = card.callbackDataOf("❌ Отменить").orElseThrow();

        String pressed = bot.telegram.pressButton(bot.instructor, card.chatId(), card.messageId(), cancel);
        bot.awaitIdle();

        assertThat(bot.telegram.callbackQuery(pressed).orElseThrow().answerText()).contains("Брони ведут менеджеры");
        assertThat(bot.lastBotMessage(bot.manager).plainText()).doesNotContain("Отменить бронь");
    }

    @Test
    void anEditButtonPressedBySomeoneNoLongerAManagerIsRefused() {
        ChatMessage card = cardOf(data.booked(ivanov, "2030-06-15", "15:00"));
        bot.crm.staff.save(new StaffMember(BotHarness.staffIdOf(bot.manager), "Мария", Role.INSTRUCTOR));

        String pressed = data.pressForAnswer(bot.manager, card, "❌ Отменить");

        assertThat(bot.telegram.callbackQuery(pressed).orElseThrow().answerText()).contains("Брони ведут менеджеры");
        assertThat(onlyOrderOf(ivanov).status()).isEqualTo(OrderStatus.NEW);
        assertThat(bot.lastBotMessage(bot.manager).plainText()).doesNotContain("Отменить бронь");
    }

    @Test
    void englishSpeakersBookInEnglish() {
        var english = bot.manager.withLanguage("en");
        ChatMessage found = bot.sayOne(english, "/order +79990000001");
        ChatMessage picker = bot.press(english, found, clientButton(ivanov));

        assertThat(picker.plainText()).contains("June 2030", "Date of the game?");
        assertThat(bot.press(english, picker, "15").plainText()).contains("Field?");
    }

    @Test
    void anUnknownPhoneLeadsToAddingThatClientWithThePhoneFilledIn() {
        bot.sayOne(bot.manager, "/order");
        ChatMessage none = bot.sayOne(bot.manager, "8 916 000-11-22");
        assertThat(none.plainText()).contains("никого нет");

        ChatMessage adding = bot.press(bot.manager, none, "➕ Новый клиент");

        assertThat(adding.plainText()).contains("шаг 2 из 7", "+7 916 000-11-22");
    }

    @Test
    void aLongQueryIsEchoedShortAndEscaped() {
        bot.sayOne(bot.manager, "/order");
        String query = "a&".repeat(1400); // 2,800 characters, 8,400 escaped

        ChatMessage none = bot.sayOne(bot.manager, query);

        assertThat(none.text()).startsWith("По запросу «" + "a&amp;".repeat(20) + "…»").doesNotContainPattern("&(?!amp;)");
        assertThat(none.plainText()).startsWith("По запросу «" + "a&".repeat(20) + "…»").hasSizeLessThan(300);
        assertThat(labels(none)).contains("➕ Новый клиент");
    }

        // ---- helpers ----

    /** {@code /order}, the client found by phone and picked: returns the date picker. */
    private ChatMessage startBooking() {
        ChatMessage question = bot.sayOne(bot.manager, "/order");
        assertThat(question.plainText()).contains("Кто клиент?");
        assertThat(labels(question)).containsExactly("➕ Новый клиент", "Отмена");
        ChatMessage found = bot.sayOne(bot.manager, "8 999 000-00-01");
        assertThat(labels(found)).contains("➕ Новый клиент");
        ChatMessage picker = bot.press(bot.manager, found, clientButton(ivanov));
        assertThat(picker.plainText()).contains("Дата игры?");
        return picker;
    }

    /**
     * A whole booking for Иванов by buttons only: the day of June from the picker, the arena for an hour, the
     * start, room 1 for an hour, 12 players typed, a birthday with bandanas, no comment. Returns the order card.
     */
    private ChatMessage bookByButtons(String dayOfJune, String start) {
        ChatMessage players = answerByButtons(startBooking(), dayOfJune, "Арена", "60 мин", start, "Комната 1", "60 мин");
        assertThat(players.plainText()).contains("Сколько игроков?");
        ChatMessage summary = answerByButtons(bot.sayOne(bot.manager, "12"), "День рождения", "Бандана", "Пропустить");
        assertThat(summary.plainText()).contains("Проверьте бронь");
        return bot.press(bot.manager, summary, "✅ Забронировать");
    }

    /** A booking on 15 June for an hour, the start typed, ten players, up to its summary. */
    private ChatMessage summaryTyping(String polygon, String start, String room) {
        answerByButtons(startBooking(), "15", polygon, "60 мин");
        ChatMessage next = bot.press(bot.manager, bot.sayOne(bot.manager, start), room);
        if (next.plainText().contains("Сколько в комнате?")) {
            bot.press(bot.manager, next, "60 мин");
        }
        return answerByButtons(bot.sayOne(bot.manager, "10"), "Игра", "Бандана", "Пропустить");
    }

    /** Presses the buttons one after the other, each on the message the previous press left. */
    private ChatMessage answerByButtons(ChatMessage message, String... labels) {
        ChatMessage current = message;
        for (String label : labels) {
            current = bot.press(bot.manager, current, label);
        }
        return current;
    }

    /** The order's card, opened as a manager does: the calendar, the day, the game. */
    private ChatMessage cardOf(Order order) {
        ChatMessage month = bot.sayOne(bot.manager, "/calendar");
        int day = order.slot().start().atZone(bot.crm.rules.zone()).getDayOfMonth();
        ChatMessage schedule = data.pressStartingWith(bot.manager, month, day + "•");
        String start = Labels.time(order.slot().start().atZone(bot.crm.rules.zone()).toLocalTime());
        return data.pressStartingWith(bot.manager, schedule, start);
    }

    private static String clientButton(Client client) {
        return client.fullName() + " · " + PhoneFormat.readable(client.phone());
    }

    private List<Order> ordersOf(Client client) {
        return bot.crm.orders.ofClient(client.id(), Page.first(100));
    }

    private Order onlyOrderOf(Client client) {
        assertThat(ordersOf(client)).hasSize(1);
        return ordersOf(client).get(0);
    }
}
