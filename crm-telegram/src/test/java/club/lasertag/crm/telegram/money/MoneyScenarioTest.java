package club.lasertag.crm.telegram.money;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Optional;

import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money end to end, through the real pengrad client against the emulated Bot API: the admin sets prices, a manager
 * books and sees the computed price, takes a deposit, sees the balance on the card, the day and /today, refunds,
 * and reads the history with who and when; instructors see no money and no history.
 */
@ExtendWith(BotHarness.PerClass.class)
class MoneyScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");

    @Test
    void pricesDepositBalanceRefundAndHistory() {
        setPrices();

        // a manager books a Saturday birthday on the arena: 1 h game, 1 h room 1, 12 players, bandanas
        ChatMessage card = bookByButtons();
        // 7 500 (weekend arena hour) + 1 500 (room hour) + 2 000 (birthday) + 12 x 300 (bandanas) = 14 600
        assertThat(card.plainText()).contains("Бронь №1", rub("💰 14 600 ₽ · оплачено 0 ₽ · к оплате 14 600 ₽"),
                "(не оплачен)");

        ChatMessage account = bot.press(bot.manager, card, "💰 Оплата");
        assertThat(account.plainText()).contains(rub("Итого: 14 600 ₽"),
                rub("игра 7 500 ₽ + комната 1 500 ₽ + доплата за тип 2 000 ₽ + подарки 3 600 ₽"), "не оплачен");

        ChatMessage ask = bot.press(bot.manager, bot.press(bot.manager, account, "💵 Предоплата"), "карта");
        assertThat(ask.plainText()).contains("предоплата (карта) по заказу №1", rub("К оплате сейчас: 14 600 ₽"));
        for (String bad : new String[] {"12,5к", "-100", "abc"}) {
            ChatMessage refused = bot.sayOne(bot.manager, bad);
            assertThat(refused.plainText()).contains("Сумма «" + bad + "» не понята", "без «к», без минуса");
        }
        assertThat(bot.sayOne(bot.manager, "0").plainText()).contains("Сумма должна быть больше нуля");
        assertThat(bot.crm.payments.ofOrder(order())).isEmpty();

        ChatMessage paid = bot.sayOne(bot.manager, "5 000 аванс по телефону");
        assertThat(paid.plainText()).contains(rub("Записано: предоплата 5 000 ₽"), "предоплата",
                rub("Оплачено: 5 000 ₽ · к оплате: 9 600 ₽"), "карта · Мария · аванс по телефону", "01.06.2030 13:00");

        ChatMessage cardAgain = bot.press(bot.manager, paid, "📄 К заказу");
        assertThat(cardAgain.plainText()).contains(rub("оплачено 5 000 ₽ · к оплате 9 600 ₽"), "(предоплата)");
        ChatMessage day = bot.press(bot.manager, cardAgain, "📅 День");
        assertThat(day.plainText()).contains(rub("💰 к оплате 9 600 ₽"));

        bot.crm.clock.set(Instant.parse("2030-06-15T06:00:00Z")); // the morning of the game

        ChatMessage today = bot.sayOne(bot.manager, "/today");
        assertThat(today.plainText()).contains("Иванов", rub("💰 к оплате 9 600 ₽"));
        ChatMessage todaysCard = bot.press(bot.manager, today, labelOfOrder(today));
        ChatMessage refund = bot.press(bot.manager, bot.press(bot.manager, todaysCard, "💰 Оплата"), "↩️ Возврат");
        ChatMessage askRefund = bot.press(bot.manager, refund, "наличные");
        assertThat(askRefund.plainText()).contains(rub("Вернуть можно не больше оплаченного: 5 000 ₽"));
        assertThat(bot.sayOne(bot.manager, "6000").plainText()).contains(rub("Нельзя вернуть 6 000 ₽: по заказу оплачено 5 000 ₽"));
        ChatMessage refunded = bot.sayOne(bot.manager, "5000 клиент заболел");
        assertThat(refunded.plainText()).contains(rub("Записано: возврат 5 000 ₽"), "возвращён",
                rub("Оплачено: 0 ₽ · к оплате: 14 600 ₽"));

        ChatMessage history = bot.press(bot.manager, refunded, "📜 История изменений");
        assertThat(history.plainText()).contains("История заказа №1",
                "15.06.2030 09:00 · Мария · возврат", "сумма: — → 5000.00", "способ: — → cash",
                "01.06.2030 13:00 · Мария · предоплата", "бронь создана");
        assertThat(history.plainText()).contains("игроков: — → 12", rub("цена: — → 14600.00"));
        assertThat(labels(history)).contains("📄 К заказу").doesNotContain("▶"); // three entries: one page
    }

    @Test
    void aManagerOverridesThePriceWithAReasonAndTheClientCardHasItsHistory() {
        setPrices();
        ChatMessage card = bookByButtons();
        ChatMessage ask = bot.press(bot.manager, bot.press(bot.manager, card, "💰 Оплата"), "✏️ Изменить цену");
        assertThat(bot.sayOne(bot.manager, "12000").plainText()).contains("Причина: нужно заполнить");

        ChatMessage changed = bot.sayOne(bot.manager, "12 000 постоянный клиент");

        assertThat(changed.plainText()).contains(rub("Цена заказа теперь 12 000 ₽"), rub("Итого: 12 000 ₽"),
                rub("по прайсу 14 600 ₽"), "постоянный клиент — Мария");
        assertThat(bot.press(bot.manager, changed, "📜 История изменений").plainText())
                .contains("цена изменена вручную", "цена: 14600.00 → 12000.00", "причина цены: — → постоянный клиент");
        assertThat(ask).isNotNull();

        ChatMessage found = bot.sayOne(bot.manager, "Иванов");
        ChatMessage clientCard = bot.press(bot.manager, found, OrderFixtures.labelStartingWith(found, "Иванов"));
        ChatMessage clientHistory = bot.press(bot.manager, clientCard, "📜 История изменений");
        assertThat(clientHistory.plainText()).contains("История клиента №" + ivanov.id().value(), "Мария · клиент добавлен",
                "фамилия: — → Иванов");
    }

    @Test
    void onlyTheAdminEditsPricesAndInstructorsSeeNoMoneyNorHistory() {
        setPrices();
        bookByButtons();

        assertThat(bot.sayOne(bot.manager, "/prices").plainText()).contains("прайс-лист меняет только администратор");
        bot.crm.clock.set(Instant.parse("2030-06-15T06:00:00Z"));
        ChatMessage today = bot.sayOne(bot.instructor, "/today");
        assertThat(today.plainText()).contains("Иванов").doesNotContain("к оплате", "₽");
        ChatMessage card = bot.press(bot.instructor, today, labelOfOrder(today));
        assertThat(card.plainText()).contains("Бронь №1").doesNotContain("₽", "оплач");
        assertThat(labels(card)).doesNotContain("💰 Оплата", "📜 История изменений");
    }

    /** The admin fills the price list with /prices, and a typo is refused with a clear message. */
    private void setPrices() {
        ChatMessage prices = bot.sayOne(bot.admin, "/prices");
        assertThat(prices.plainText()).contains("Прайс-лист", "Арена, час (будни): не задано (0)");
        setPrice(prices, "Арена, час (выходные)", "7 500");
        setPrice(bot.lastBotMessage(bot.admin), "Комната отдыха, час", "1500");
        setPrice(bot.lastBotMessage(bot.admin), "День рождения, доплата", "2000 ₽");
        bot.press(bot.admin, bot.lastBotMessage(bot.admin), "Бандана, за игрока");
        assertThat(bot.sayOne(bot.admin, "12.5k").plainText()).contains("Сумма «12.5k» не понята");
        ChatMessage saved = bot.sayOne(bot.admin, "300");
        assertThat(saved.plainText()).contains(rub("Бандана, за игрока: 300 ₽"), rub("Арена, час (выходные): 7 500 ₽"));
        assertThat(bot.crm.priceLists.current().price(PriceItem.GIFT_BANDANA)).isEqualTo(Optional.of(Money.of(300)));
    }

    private void setPrice(ChatMessage prices, String item, String typed) {
        ChatMessage ask = bot.press(bot.admin, prices, item);
        assertThat(ask.plainText()).contains(item + ": сейчас");
        assertThat(bot.sayOne(bot.admin, typed).plainText()).contains("✅ " + item);
    }

    /** The booking dialog by buttons, as OrdersScenarioTest does it: Saturday 15 June, 15:00. */
    private ChatMessage bookByButtons() {
        bot.sayOne(bot.manager, "/order");
        ChatMessage found = bot.sayOne(bot.manager, "8 999 000-00-01");
        ChatMessage current = bot.press(bot.manager, found, labels(found).stream().filter(label -> label.contains("Иванов"))
                .findFirst().orElseThrow());
        for (String label : new String[] {"15", "Арена", "60 мин", "15:00", "Комната 1", "60 мин"}) {
            current = bot.press(bot.manager, current, label);
        }
        current = bot.sayOne(bot.manager, "12");
        for (String label : new String[] {"День рождения", "Бандана", "Пропустить"}) {
            current = bot.press(bot.manager, current, label);
        }
        return bot.press(bot.manager, current, "✅ Забронировать");
    }

    private club.lasertag.crm.domain.order.OrderId order() {
        return new club.lasertag.crm.domain.order.OrderId(1);
    }

    private static String labelOfOrder(ChatMessage day) {
        return OrderFixtures.labelStartingWith(day, "15:00");
    }

    /** The text with no-break spaces where money is shown with them (between digit groups, before the sign). */
    private static String rub(String text) {
        return text.replaceAll("(\\d) (?=\\d{3}(\\D|$))", "$1\u00A0").replace(" ₽", "\u00A0₽");
    }

    static {
        assertThat(TestCrm.NOW).isEqualTo(Instant.parse("2030-06-01T10:00:00Z"));
    }
}
