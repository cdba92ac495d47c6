package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.Test;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/** A client's card: what it shows, editing field by field, deleting. */
class ClientCardScenarioTest extends ClientScenarios {

    @Test
    void theCardShowsTheProfileAndUpcomingGamesAndLinksToOrders() {
        Client client = stored(aClient().surname("Иванов").name("Пётр").midname("Сергеевич").phone("+79991234567")
                .secondPhone("+79121112233").description("любит арену").leadSource("Instagram").build());
        upcomingOrderOf(client);

        ChatMessage card = cardOf(client);

        assertIsCardOf(card, "Иванов Пётр Сергеевич");
        assertThat(card.plainText()).contains("☎️ +7 999 123-45-67", "☎️ +7 912 111-22-33 (второй)", "📝 любит арену",
                "Откуда узнали: Instagram", "Предстоящих игр: 1");
        long id = client.id().value();
        assertThat(dataOf(card, "📅 Новая бронь")).isEqualTo("or:new:" + id);
        assertThat(dataOf(card, "🗂 История")).isEqualTo("or:hist:" + id + ":0");
    }

    @Test
    void theCardShowsTheLatestBookingsAndTheHistoryPagesThroughAll() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        for (String day : new String[] {"2030-06-10", "2030-06-11", "2030-06-12", "2030-06-13"}) {
            crm.bookingService.book(club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking().client(client.id())
                    .on(day).at("15:00").build(), BotHarness.staffIdOf(bot.manager));
        }
        Order cancelled = crm.orders.ofClient(client.id(), club.lasertag.crm.domain.common.Page.first(1)).get(0);
        crm.bookingService.change(cancelled.requireId(), club.lasertag.crm.domain.order.OrderStatus.CANCELLED,
                BotHarness.staffIdOf(bot.manager));

        ChatMessage card = cardOf(client);

        assertThat(card.plainText()).contains("Последние брони", "13.06.2030 (чт) 15:00 · Арена · Отменена",
                "12.06.2030 (ср) 15:00 · Арена · Новая", "11.06.2030 (вт) 15:00 · Арена · Новая")
                .doesNotContain("10.06.2030");
        assertThat(card.text()).contains("<s>• 13.06.2030 (чт) 15:00 · Арена</s> · Отменена");
        ChatMessage history = press(card, "🗂 История");
        assertThat(labels(history)).anySatisfy(label -> assertThat(label).contains("10.06"));
    }

    @Test
    void aFieldIsEditedFromAMenuAndTheCardShownAgain() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage menu = press(cardOf(client), "✏️ Изменить");
        assertThat(labels(menu))
                .contains("Фамилия", "Имя", "Отчество", "Телефон", "Второй телефон", "Заметка", "Откуда узнали");

        ChatMessage question = press(menu, "Имя");
        assertThat(question.plainText()).contains("Сейчас: Пётр", "Пример");

        ChatMessage card = say("Павел");

        assertThat(card.plainText()).contains("Сохранено", "👤 Иванов Павел");
        assertThat(storedWithPhone("+79991234567")).map(Client::fullName).contains("Иванов Павел");
    }

    @Test
    void anOptionalFieldIsClearedWithAButton() {
        Client client = stored(aClient().surname("Иванов").name("Пётр").phone("+79991234567").description("VIP").build());
        ChatMessage question = press(press(cardOf(client), "✏️ Изменить"), "Заметка");

        ChatMessage card = press(question, "🧹 Очистить");

        assertThat(card.plainText()).contains("Сохранено").doesNotContain("VIP");
        assertThat(storedWithPhone("+79991234567").orElseThrow().profile().description()).isEmpty();
    }

    @Test
    void theLeadSourceIsEditedWithAButton() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage question = press(press(cardOf(client), "✏️ Изменить"), "Откуда узнали");

        assertThat(press(question, "Друзья").plainText()).contains("Откуда узнали: Друзья");
    }

    @Test
    void aWrongValueIsExplainedAndAskedAgain() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        press(press(cardOf(client), "✏️ Изменить"), "Телефон");

        ChatMessage again = say("не помню");

        assertThat(again.plainText()).contains("«не помню» — не номер телефона", "Сейчас: +7 999 123-45-67");
        assertThat(say("8 999 000-00-00").plainText()).contains("Сохранено", "+7 999 000-00-00");
    }

    @Test
    void anotherClientsPhoneIsRefusedNamingTheOwnerWithALinkToTheirCard() {
        Client ivanov = client("Иванов", "Пётр", "+79991234567");
        client("Петров", "Иван", "+79997654321");
        press(press(cardOf(ivanov), "✏️ Изменить"), "Телефон");

        ChatMessage refusal = say("+7 999 765 43 21");

        assertThat(refusal.plainText()).contains("уже записан за клиентом Петров Иван");
        assertIsCardOf(press(refusal, "👤 Открыть карточку"), "Петров Иван");
        assertThat(crm.clients.byId(ivanov.id()).orElseThrow().phone().e164()).isEqualTo("+79991234567");
    }

    @Test
    void anotherClientsPhoneMayBeTheSecondPhone() {
        Client ivanov = client("Иванов", "Пётр", "+79991234567");
        client("Петров", "Иван", "+79997654321");
        press(press(cardOf(ivanov), "✏️ Изменить"), "Второй телефон");

        ChatMessage card = say("+7 999 765 43 21");

        assertThat(card.plainText()).contains("Сохранено", "+7 999 765-43-21 (второй)");
    }

    @Test
    void cancellingAnEditGoesBackToTheCardUnchanged() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage question = press(press(cardOf(client), "✏️ Изменить"), "Имя");

        assertIsCardOf(press(question, "Отмена"), "Иванов Пётр");
        assertThat(say("Павел").plainText()).as("a search again").contains("никого нет");
    }

    @Test
    void aClientIsDeletedAfterConfirmation() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage confirmation = press(cardOf(client), "🗑 Удалить");
        assertThat(confirmation.plainText()).contains("Удалить клиента Иванов Пётр?");
        assertThat(allClients()).hasSize(1);

        ChatMessage done = press(confirmation, "🗑 Да, удалить");

        assertThat(done.plainText()).contains("Карточка «Иванов Пётр» удалена");
        assertThat(allClients()).isEmpty();
    }

    @Test
    void keepingTheClientGoesBackToTheCard() {
        Client client = client("Иванов", "Пётр", "+79991234567");

        assertIsCardOf(press(press(cardOf(client), "🗑 Удалить"), "Нет, оставить"), "Иванов Пётр");
        assertThat(allClients()).hasSize(1);
    }

    @Test
    void aClientWithAnUpcomingBookingIsNotDeletedAndTheBookingsAreShown() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        Order order = upcomingOrderOf(client);

        ChatMessage refusal = press(cardOf(client), "🗑 Удалить");

        assertThat(refusal.plainText()).as("said before any confirmation").contains("нельзя удалить", "15.06.2030 (сб) 15:00");
        assertThat(labels(refusal)).doesNotContain("🗑 Да, удалить").contains("◀ Назад");
        assertThat(dataOf(refusal, "📅 15.06.2030 (сб) 15:00")).isEqualTo("or:card:" + order.requireId().value());
        assertThat(allClients()).hasSize(1);
    }

    @Test
    void aBookingMadeWhileTheConfirmationWasOpenStillStopsTheDeletion() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage confirmation = press(cardOf(client), "🗑 Удалить");
        assertThat(labels(confirmation)).contains("🗑 Да, удалить");
        upcomingOrderOf(client);

        ChatMessage refusal = press(confirmation, "🗑 Да, удалить");

        assertThat(refusal.plainText()).contains("нельзя удалить", "15.06.2030 (сб) 15:00");
        assertThat(allClients()).hasSize(1);
    }

    @Test
    void aDeletedClientsOldCardSaysItIsGone() {
        Client client = client("Иванов", "Пётр", "+79991234567");
        ChatMessage card = cardOf(client);
        crm.clientService.delete(client.id(), BotHarness.staffIdOf(bot.manager));

        assertThat(press(card, "✏️ Изменить").plainText()).contains("Клиент не найден");
    }
}
