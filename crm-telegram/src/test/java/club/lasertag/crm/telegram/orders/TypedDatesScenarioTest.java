package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date step of {@code /order} reads days in words (today in the harness is Saturday 1 June 2030): relative words,
 * weekdays, month names, a time after the day; anything else gets examples and the same question.
 */
@ExtendWith(BotHarness.PerClass.class)
class TypedDatesScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "завтра,        02.06.2030 (вс)",
            "послезавтра,   03.06.2030 (пн)",
            "в субботу,     01.06.2030 (сб)",
            "пт,            07.06.2030 (пт)",
            "30 ноября,     30.11.2030 (сб)",
            "5 июля,        05.07.2030 (пт)",
    })
    void aDayTypedInWordsIsTheDateOfTheGame(String typed, String shown) {
        startBooking(bot.manager);

        ChatMessage polygon = bot.sayOne(bot.manager, typed);

        assertThat(polygon.plainText()).contains("📅 " + shown, "Площадка?");
    }

    @Test
    void aTimeTypedWithTheDayIsKeptAsTheStart() {
        startBooking(bot.manager);

        ChatMessage polygon = bot.sayOne(bot.manager, "завтра 15:00");

        assertThat(polygon.plainText()).contains("📅 02.06.2030 (вс) · 15:00", "Площадка?");
    }

    @Test
    void somethingElseGetsExamplesAndTheSameQuestion() {
        startBooking(bot.manager);

        ChatMessage again = bot.sayOne(bot.manager, "вчера");

        assertThat(again.plainText()).contains("«вчера» — не дата", "завтра", "пт", "30 ноября", "завтра 15:00",
                "Дата игры?");
    }

    @Test
    void englishSpeakersTypeEnglishDays() {
        EmulatedUser english = bot.manager.withLanguage("en");
        startBooking(english);

        assertThat(bot.sayOne(english, "fri 14:30").plainText()).contains("07.06.2030", "14:30", "Field?");
    }

    private void startBooking(EmulatedUser user) {
        bot.sayOne(user, "/order");
        ChatMessage found = bot.sayOne(user, "8 999 000-00-01");
        ChatMessage picker = bot.press(user, found, ivanov.fullName() + " · " + PhoneFormat.readable(ivanov.phone()));
        assertThat(picker.plainText()).containsAnyOf("Дата игры?", "Date of the game?");
    }
}
