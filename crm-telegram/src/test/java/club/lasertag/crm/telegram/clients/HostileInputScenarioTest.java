package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.botapi.ChatMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever people type comes back as valid messages: the emulator refuses invalid HTML, text over 4096
 * characters and callback data over 64 bytes, so a passing scenario proves the bot escaped and cut.
 */
class HostileInputScenarioTest extends ClientScenarios {

    @ParameterizedTest
    @ValueSource(strings = {"<b>", "Tom & Jerry", "<script>alert(1)</script>", "🎉🎉🎉", "a:b:c", "&amp; &lt;"})
    void markupAndEmojiInASearchAreShownAsTyped(String query) {
        ChatMessage none = say(query);

        assertThat(none.plainText()).contains("«" + query + "»");
        assertThat(press(none, "➕ Новый клиент").plainText()).contains("шаг 1 из 7");
    }

    @Test
    void aPastedNovelIsSearchedAndEchoedShort() {
        ChatMessage none = say("Ж".repeat(5000));

        assertThat(none.plainText()).contains("«" + "Ж".repeat(40) + "…»").hasSizeLessThan(300);
        assertThat(press(none, "➕ Новый клиент").plainText()).as("no pre-fill from it").contains("шаг 1 из 7");
    }

    @Test
    void thousandsOfWordsBetweenNulsAreSearchedWithoutOverflowingTheDatabase() {
        StringBuilder distinct = new StringBuilder();
        for (char first = 'а'; first <= 'я'; first++) {
            for (char second = 'а'; second <= 'я'; second++) {
                distinct.append(first).append(second).append('\u0000');
            }
        }

        for (String query : List.of("ива\u0000".repeat(3000), distinct.toString())) {
            assertThat(say(query).plainText()).contains("никого нет").doesNotContain("что-то пошло не так");
        }
    }

    @Test
    void aPastedNovelAsAPhoneIsRefusedShortAndAskedAgain() {
        press(say("/client"), "➕ Новый клиент");

        ChatMessage again = say("<&>" + "9".repeat(5000));

        assertThat(again.plainText()).contains("не номер телефона", "…", "шаг 1 из 7", "Пример").hasSizeLessThan(400);
    }

    @Test
    void markupInAClientsNamesAndNoteIsShownAsTyped() {
        stored(aClient().surname("<b>Tom</b>").name("& 🎉").midname("")
                .description("<i>VIP</i> & <a href=x>").leadSource("<>").build());

        ChatMessage results = say("tom");
        assertThat(clientButtons(results)).singleElement().asString().startsWith("<b>Tom</b> & 🎉 · ");
        ChatMessage card = press(results, clientButtons(results).get(0));

        assertThat(card.plainText()).contains("<b>Tom</b> & 🎉", "<i>VIP</i> & <a href=x>", "Откуда узнали: <>");
        assertThat(press(card, "🗑 Удалить").plainText()).contains("<b>Tom</b> & 🎉");
    }

    @Test
    void markupTypedInTheDialogIsStoredAndShownAsTyped() {
        press(say("/client"), "➕ Новый клиент");
        say("+7 912 000-00-01");
        say("<Анна>");
        ChatMessage question = say("O'Brien & Sons");

        assertThat(question.plainText()).contains("Имя: <Анна>", "Фамилия: O'Brien & Sons");
        question = say("😀".repeat(20));
        question = press(question, "Пропустить");
        ChatMessage card = press(say("<b>" + "x".repeat(93)), "Сайт");

        assertThat(card.plainText()).contains("O'Brien & Sons <Анна> " + "😀".repeat(20), "<b>" + "x".repeat(93));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202B", "\u2066", "\u200B", "\uFEFF", "\u0000", "\u0007", "\u0085", "\u009B"})
    void controlAndBidiCharactersAreNotEchoed(String control) {
        String typed = "Ив" + control + "анов";

        ChatMessage none = say(typed);

        assertThat(none.text()).contains("«Иванов»").doesNotContain(control);
        ChatMessage order = bot.sayOne(user, "/order " + typed);
        assertThat(order.text()).contains("Иванов").doesNotContain(control);
    }

    @Test
    void aTelegramNameWithARightToLeftOverrideIsGreetedWithoutIt() {
        user = new club.lasertag.crm.botapi.EmulatedUser(bot.manager.id(), "Ма\u202Eрия", null, null, "ru");

        ChatMessage help = say("/help");

        assertThat(help.text()).contains("Здравствуйте, Мария!").doesNotContain("\u202E");
    }

    @Test
    void phonesOfEveryCountryAreShownFormatted() {
        client("Smith", "John", "+14155552671");
        client("Brown", "Ann", "+442079460958");

        ChatMessage found = say("Smith");
        assertThat(found.plainText() + labels(found)).contains("+1 415-555-2671");
        ChatMessage card = say("+14155552671");
        assertThat(card.plainText()).contains("☎️ +1 415-555-2671").doesNotContain("+14155552671");
        assertThat(say("+442079460958").plainText()).contains("☎️ +44 20 7946 0958");
    }

    @Test
    void englishSpeakersGetTheCardInEnglish() {
        client("Ivanov", "Peter", "+79991234567");
        user = bot.manager.withLanguage("en");

        ChatMessage card = say("+79991234567");

        assertThat(labels(card)).contains("✏️ Edit", "🗑 Delete", "📅 New booking", "🗂 History");
        assertThat(press(card, "✏️ Edit").plainText()).contains("What to change for Ivanov Peter?");
    }
}
