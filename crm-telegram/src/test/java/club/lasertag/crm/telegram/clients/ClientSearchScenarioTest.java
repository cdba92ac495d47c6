package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.botapi.ChatMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding clients: by phone in any format, by a part of a name, a page at a time. */
class ClientSearchScenarioTest extends ClientScenarios {

    @ParameterizedTest
    @ValueSource(strings = {"8 999 123-45-67", "+7 (999) 123 45 67", "9991234567", "/client 89991234567"})
    void aFullPhoneInAnyFormatOpensTheCard(String typed) {
        client("Иванов", "Пётр", "+79991234567");
        client("Петров", "Иван", "+79997654321");

        ChatMessage card = say(typed);

        assertIsCardOf(card, "Иванов Пётр");
        assertThat(card.plainText()).contains("☎️ +7 999 123-45-67");
    }

    @Test
    void aPartOfANameInAnyCaseListsTheClientsAsButtons() {
        client("Иванов", "Пётр", "+79991234567");
        client("Иванова", "Мария", "+79991234568");
        client("Сидоров", "Иван", "+79991234569");

        assertThat(clientButtons(say("ИВАНОВ"))).containsExactly(
                "Иванов Пётр · +7 999 123-45-67", "Иванова Мария · +7 999 123-45-68");
        assertThat(clientButtons(say("/client иван"))).hasSize(3);
        assertThat(clientButtons(say("мар ИВАН"))).containsExactly("Иванова Мария · +7 999 123-45-68");
    }

    @Test
    void digitsOfAPhoneListEveryClientWhosePhoneHasThem() {
        client("Иванов", "Пётр", "+79991234567");
        client("Петров", "Иван", "+79161234500");

        assertThat(clientButtons(say("1234"))).hasSize(2);
    }

    @Test
    void aResultOpensItsCardInPlace() {
        Client ivanov = client("Иванов", "Пётр", "+79991234567");
        ChatMessage results = say("Иванов");

        ChatMessage card = press(results, "Иванов Пётр · +7 999 123-45-67");

        assertThat(card.messageId()).isEqualTo(results.messageId());
        assertIsCardOf(card, "Иванов Пётр");
        assertThat(dataOf(card, "✏️ Изменить")).isEqualTo("cl:edit:" + ivanov.id().value());
    }

    @Test
    void twentyClientsArePagedEightAtATime() {
        twentyClients();

        List<String> seen = new ArrayList<>(pageThroughAll(say("смирнов")));

        assertThat(seen).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aQueryTooLongForButtonDataIsKeptInTheDialogStateForPaging() {
        twentyClients();
        String longQuery = "смирнов смирнов смирнов смирнов";

        ChatMessage first = say(longQuery);

        assertThat(dataOf(first, "Дальше ▶")).startsWith("cl:finds:1:");
        assertThat(pageThroughAll(first)).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aPageButtonOfAnOlderLongSearchDoesNotPageThroughANewerOne() {
        twentyClients();
        ChatMessage older = say("смирнов смирнов смирнов смирнов");
        say("смирнова смирнова смирнова смирнова");

        press(older, "Дальше ▶");

        assertThat(now(older).edited()).isFalse();
        assertThat(lastNotice()).contains("устарела");
    }

    @Test
    void nobodyFoundOffersANewClientWithTheTypedPhoneFilledIn() {
        ChatMessage none = say("8 912 000-11-22");

        assertThat(none.plainText()).contains("никого нет");
        ChatMessage question = press(none, "➕ Новый клиент");

        assertThat(question.plainText()).contains("шаг 2 из 7", "Телефон: +7 912 000-11-22", "имя");
    }

    @Test
    void nobodyFoundOffersANewClientWithTheTypedNameFilledIn() {
        ChatMessage question = press(say("Кузнецова Анна"), "➕ Новый клиент");

        assertThat(question.plainText()).contains("шаг 1 из 7", "Фамилия: Кузнецова", "Имя: Анна", "телефон");
    }

    @Test
    void clientAloneAsksWhatToLookFor() {
        ChatMessage prompt = say("/client");

        assertThat(prompt.plainText()).contains("телефон", "Пример");
        assertThat(labels(prompt)).containsExactly("➕ Новый клиент", "Отмена");
        assertThat(press(prompt, "Отмена").plainText()).contains("отменено");
    }

    private void twentyClients() {
        IntStream.rangeClosed(1, 20).forEach(i -> client("Смирнов", "Гость" + i, String.format("+7999100%04d", i)));
    }

    /** Presses "next" until the last page; the client buttons of every page, checking each page's size. */
    private List<String> pageThroughAll(ChatMessage first) {
        List<String> seen = new ArrayList<>();
        ChatMessage page = first;
        while (true) {
            List<String> clients = clientButtons(page);
            assertThat(clients).hasSizeBetween(1, ClientSearch.PER_PAGE);
            assertThat(page.messageId()).isEqualTo(first.messageId());
            seen.addAll(clients);
            if (!labels(page).contains("Дальше ▶")) {
                return seen;
            }
            page = press(page, "Дальше ▶");
            assertThat(labels(page)).contains("◀ Назад");
        }
    }
}
