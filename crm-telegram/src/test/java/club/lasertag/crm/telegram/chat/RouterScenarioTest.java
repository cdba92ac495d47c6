package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.telegram.testing.BotHarness;
import com.pengrad.telegrambot.utility.BotUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The router end to end: access, help per role, language, stale buttons, anything a user may send. */
@ExtendWith(BotHarness.PerClass.class)
class RouterScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);

    /** An inline-mode message's button has no {@code message}, only {@code inline_message_id}. */
    @ParameterizedTest
    @ValueSource(longs = {2, 4}) // the manager, a stranger
    void aPressOnAnInlineModeButtonIsOnlyAnswered(long presser) {
        String json = """
                {"update_id": 9001, "callback_query": {"id": "inline-press-1", "chat_instance": "42",
                 "inline_message_id": "AAAAAHmG2gAAAAAA", "data": "c:1:open",
                 "from": {"id": %d, "is_bot": false, "first_name": "Кто-то", "language_code": "ru"}}}
                """.formatted(presser);
        int sentBefore = bot.telegram.calls("sendMessage").size();

        bot.handle(BotUtils.parseUpdate(json));

        assertThat(bot.telegram.calls("sendMessage")).hasSize(sentBefore);
        assertThat(bot.telegram.calls("answerCallbackQuery")).singleElement().satisfies(call -> assertThat(call.params())
                .containsEntry("callback_query_id", "inline-press-1").containsEntry("text", "Эта кнопка здесь не работает."));
    }

    @Test
    void aStrangerIsRefusedAndToldTheirId() {
        ChatMessage answer = bot.sayOne(bot.stranger, "/client");

        assertThat(answer.plainText()).contains("Нет доступа").contains(String.valueOf(bot.stranger.id()));
    }

    @Test
    void helpListsTheCommandsOfTheRole() {
        assertThat(bot.sayOne(bot.admin, "/start").plainText()).contains("/client", "/order", "/calendar", "/staff");
        assertThat(bot.sayOne(bot.manager, "/help").plainText()).contains("/client", "/order").doesNotContain("/staff");
        assertThat(bot.sayOne(bot.instructor, "/help").plainText()).contains("/calendar").doesNotContain("/client", "/order");
    }

    @Test
    void helpOffersTheSearchByTypingOnlyToWhoMaySearch() {
        assertThat(bot.sayOne(bot.manager, "/help").plainText()).contains("просто напишите телефон или фамилию");
        assertThat(bot.sayOne(bot.instructor, "/help").plainText()).doesNotContain("найти клиента", "фамилию");
        assertThat(bot.sayOne(bot.instructor.withLanguage("en"), "/help").plainText()).doesNotContain("find a client", "surname");
    }

    @Test
    void englishSpeakersGetEnglish() {
        EmulatedUser english = bot.admin.withLanguage("en");

        assertThat(bot.sayOne(english, "/help").plainText()).contains("Commands");
    }

    @Test
    void everyoneSeesThePublicMenuInTheirLanguage() {
        assertThat(bot.telegram.commands()).extracting(Map.Entry::getKey).containsExactly("start", "help");
        assertThat(bot.telegram.commands("{\"type\":\"default\"}", "en")).extracting(Map.Entry::getValue)
                .contains("what the bot does");
    }

    @Test
    void staffSeeTheirRolesMenuOnceTheyWrite() {
        bot.say(bot.manager, "/help");
        bot.say(bot.instructor, "/help");
        bot.say(bot.stranger, "/help");

        assertThat(menuOf(bot.manager)).contains("client", "order", "calendar").doesNotContain("staff");
        assertThat(menuOf(bot.instructor)).contains("calendar", "today").doesNotContain("client", "order");
        assertThat(menuOf(bot.stranger)).isEmpty();
    }

    @Test
    void aNewRoleGetsItsMenuAtItsNextMessage() {
        bot.say(bot.instructor, "/help");
        bot.crm.staff.save(new StaffMember(BotHarness.staffIdOf(bot.instructor), "Игорь", Role.MANAGER));

        bot.say(bot.instructor, "/help");

        assertThat(menuOf(bot.instructor)).contains("client", "order");
        assertThat(bot.telegram.calls("setMyCommands")).hasSize(2 + 2); // the public menu twice, the instructor's twice
    }

    @Test
    void someoneRemovedLosesTheRoleMenuAtTheirNextMessage() {
        bot.say(bot.manager, "/help");
        assertThat(menuOf(bot.manager)).contains("client", "order");
        bot.crm.staff.remove(BotHarness.staffIdOf(bot.manager));

        assertThat(bot.sayOne(bot.manager, "/order").plainText()).contains("Нет доступа");

        assertThat(menuOf(bot.manager)).isEmpty();
        bot.say(bot.manager, "/order");
        assertThat(bot.telegram.calls("deleteMyCommands")).as("once, not at every message").hasSize(1);
    }

    private List<String> menuOf(EmulatedUser user) {
        return bot.telegram.commands("{\"type\":\"chat\",\"chat_id\":" + user.id() + "}", "").stream()
                .map(Map.Entry::getKey).toList();
    }

    @Test
    void unknownCommandsAndStickersGetAnAnswerAndTheBotGoesOn() {
        assertThat(bot.sayOne(bot.manager, "/nonsense").plainText()).contains("/nonsense");

        bot.telegram.sendSticker(bot.manager, bot.manager.id(), "🙂");
        bot.awaitIdle();
        assertThat(bot.lastBotMessage(bot.manager).plainText()).contains("только текст и кнопки");
        assertThat(bot.sayOne(bot.manager, "/help").plainText()).contains("/client");
    }

    @Test
    void cancelOutsideADialogSaysThereIsNothingToCancel() {
        assertThat(bot.sayOne(bot.manager, "/cancel").plainText()).contains("Отменять нечего");
    }

    @Test
    void theBotIgnoresGroupsExceptToSayItWorksInPrivate() {
        bot.telegram.sendText(bot.manager, -100, "hello everyone");
        bot.telegram.sendText(bot.manager, -100, "/help");
        bot.awaitIdle();

        assertThat(bot.telegram.chat(-100).botMessages()).singleElement()
                .satisfies(message -> assertThat(message.plainText()).contains("личном чате"));
    }
}
