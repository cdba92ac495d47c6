package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.botapi.ChatMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The add-client dialog, step by step, and everything that can happen on the way. */
class AddClientScenarioTest extends ClientScenarios {

    @Test
    void aClientIsAddedStepByStepWithSkippedFieldsAndALeadSourceButton() {
        ChatMessage question = press(say("/client"), "➕ Новый клиент");
        assertThat(question.plainText()).contains("шаг 1 из 7", "телефон", "Пример");
        assertThat(labels(question)).containsExactly("Отмена");

        question = say("12345");
        assertThat(question.plainText()).contains("«12345» — не номер телефона", "шаг 1 из 7");

        question = say("8 (999) 555-66-77");
        assertThat(question.plainText()).contains("шаг 2 из 7", "Телефон: +7 999 555-66-77");
        question = say("Пётр");
        question = say("Сидоров");
        assertThat(labels(question)).containsExactly("Пропустить", "Отмена");
        question = press(question, "Пропустить");
        assertThat(question.plainText()).contains("шаг 5 из 7", "второй телефон");
        question = press(question, "Пропустить");
        question = say("любит арену");
        assertThat(labels(question)).contains("Instagram", "ВКонтакте", "Друзья", "Повторно", "Сайт", "Пропустить");

        ChatMessage card = press(question, "Instagram");

        assertThat(card.plainText()).contains("Клиент добавлен", "Сидоров Пётр", "📝 любит арену", "Instagram");
        Client added = storedWithPhone("+79995556677").orElseThrow();
        assertThat(added.profile().midname()).isEmpty();
        assertThat(added.profile().secondPhone()).isEmpty();
        assertThat(added.profile().leadSource()).isEqualTo("Instagram");
        assertThat(bot.sayOne(user, "просто текст").plainText()).contains("просто текст");
    }

    @Test
    void everyAnswerCanBeTypedIncludingASecondPhoneAndAnOwnLeadSource() {
        startAdding();
        say("+7 912 000-00-01");
        say("Анна");
        say("Кузнецова");
        say("Игоревна");
        say("8 912 000-00-02");
        say("день рождения сына");
        ChatMessage card = say("листовка в ТЦ");

        assertIsCardOf(card, "Кузнецова Анна Игоревна");
        assertThat(card.plainText()).contains("+7 912 000-00-02 (второй)", "Откуда узнали: листовка в ТЦ");
    }

    @Test
    void twoSiblingsGetTheirParentsPhoneAsSecondPhone() {
        client("Петрова", "Ольга", "+79120000009");
        addWithSecondPhone("+7 912 000-00-01", "Гоша", "8 912 000-00-09");

        ChatMessage card = addWithSecondPhone("+7 912 000-00-02", "Аня", "8 912 000-00-09");

        assertIsCardOf(card, "Петрова Аня");
        assertThat(card.plainText()).contains("Клиент добавлен", "+7 912 000-00-09 (второй)");
        ChatMessage found = say("8 912 000-00-09");
        assertThat(labels(found)).as("the parent first, then the children")
                .containsSubsequence("Петрова Ольга · +7 912 000-00-09", "Петрова Аня · +7 912 000-00-02",
                        "Петрова Гоша · +7 912 000-00-01");
    }

    private ChatMessage addWithSecondPhone(String phone, String name, String secondPhone) {
        startAdding();
        say(phone);
        say(name);
        say("Петрова");
        press(bot.lastBotMessage(user), "Пропустить");
        ChatMessage question = say(secondPhone);
        assertThat(question.plainText()).as("no clash with a shared second phone").contains("шаг 6 из 7");
        press(question, "Пропустить");
        return press(bot.lastBotMessage(user), "Пропустить");
    }

    @Test
    void aNoteMayRunOverSeveralLinesAsTheDomainAllows() {
        startAdding();
        say("+7 912 000-00-01");
        say("Анна");
        say("Кузнецова");
        say("Игоревна");
        say("8 912 000-00-02");
        say("день рождения сына\nторт свой");
        say("листовка в ТЦ");

        assertThat(storedWithPhone("+79120000001").orElseThrow().profile().description())
                .isEqualTo("день рождения сына\nторт свой");
    }

    @Test
    void aPhoneOnFileIsCaughtAtOnceAndItsCardOffered() {
        client("Иванов", "Пётр", "+79991234567");
        startAdding();

        ChatMessage offer = say("8 999 123 45 67");

        assertThat(offer.plainText()).contains("уже записан за клиентом Иванов Пётр", "шаг 1 из 7");
        ChatMessage card = press(offer, "👤 Открыть карточку");
        assertIsCardOf(card, "Иванов Пётр");
        assertThat(say("Петров").plainText()).as("the dialog is over: text is a search again").contains("никого нет");
    }

    @Test
    void aTakenPhoneCanBeCorrectedWithoutLosingTheDialog() {
        client("Иванов", "Пётр", "+79991234567");
        startAdding();
        say("89991234567");

        ChatMessage next = say("89991234500");

        assertThat(next.plainText()).contains("шаг 2 из 7", "Телефон: +7 999 123-45-00");
    }

    @Test
    void cancelInTheMiddleSavesNothing() {
        startAdding();
        say("+7 912 000-00-01");
        say("Анна");

        assertThat(say("/cancel").plainText()).contains("отменено");

        assertThat(allClients()).isEmpty();
        assertThat(say("Анна").plainText()).as("no dialog any more").contains("никого нет");
    }

    @Test
    void theCancelButtonSavesNothingEither() {
        ChatMessage question = startAdding();

        assertThat(press(question, "Отмена").plainText()).contains("клиент не добавлен");
        assertThat(allClients()).isEmpty();
    }

    @Test
    void aRestartInTheMiddleOfTheDialogLosesNothing() {
        startAdding();
        say("+7 912 000-00-01");
        say("Анна");

        // A new bot process on the same database (dialog states, handled updates), as after a redeploy.
        bot.stopBot();
        bot.startBot();

        ChatMessage question = say("Кузнецова");
        assertThat(question.plainText())
                .contains("шаг 4 из 7", "Телефон: +7 912 000-00-01", "Имя: Анна", "Фамилия: Кузнецова");
        finishWithSkips(question);
        assertThat(storedWithPhone("+79120000001")).map(Client::fullName).contains("Кузнецова Анна");
    }

    @Test
    void aTooLongAnswerIsRefusedWithTheLimitAndAskedAgain() {
        startAdding();
        say("+7 912 000-00-01");

        ChatMessage again = say("Я".repeat(5000));

        assertThat(again.plainText()).contains("слишком длинно — не больше 20 символов", "шаг 2 из 7");
        assertThat(say("Анна").plainText()).contains("шаг 3 из 7");
    }

    @Test
    void anotherClientsMainPhoneMayBeASecondPhone() {
        client("Иванов", "Пётр", "+79991234567");
        startAdding();
        say("+7 912 000-00-01");
        ChatMessage surnameQuestion = say("Анна");
        press(press(surnameQuestion, "Пропустить"), "Пропустить");

        ChatMessage next = say("8 999 123-45-67");

        assertThat(next.plainText()).contains("шаг 6 из 7", "Второй телефон: +7 999 123-45-67")
                .doesNotContain("уже записан");
    }

    @Test
    void anOldSkipButtonDoesNothing() {
        startAdding();
        say("+7 912 000-00-01");
        say("Анна");
        ChatMessage midnameQuestion = say("Кузнецова");
        say("Игоревна");

        press(midnameQuestion, "Пропустить");

        assertThat(lastNotice()).contains("устарела");
        assertThat(bot.lastBotMessage(user).plainText()).contains("шаг 5 из 7");
    }

    private ChatMessage startAdding() {
        return press(say("/client"), "➕ Новый клиент");
    }

    /** Skips every optional question left; the card of the added client. */
    private ChatMessage finishWithSkips(ChatMessage question) {
        ChatMessage current = question;
        while (labels(current).contains("Пропустить")) {
            current = press(current, "Пропустить");
        }
        return current;
    }
}
