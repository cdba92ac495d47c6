package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.edge.gateway.Sleeper;
import club.lasertag.crm.telegram.testing.BotHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One chat's stalled Telegram call delays only that chat: the gateway really waits out a 429 here. */
class ChatIsolationScenarioTest {

    private final BotHarness bot = new BotHarness(Sleeper.REAL);

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aRateLimitedReplyInOneChatDoesNotDelayAnotherChat() throws Exception {
        bot.telegram.failNext("sendMessage", 1, Fault.tooManyRequests(3));
        bot.telegram.sendText(bot.manager, bot.manager.id(), "/help");
        awaitRateLimited();

        long asked = System.nanoTime();
        bot.telegram.sendText(bot.admin, bot.admin.id(), "/help");
        List<ChatMessage> adminAnswer = bot.telegram.awaitBotMessages(bot.admin.id(), 1, Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
        assertThat(adminAnswer).singleElement().satisfies(answer -> assertThat(answer.plainText()).contains("/staff"));
        assertThat(bot.telegram.chat(bot.manager.id()).botMessages()).as("the manager's chat still waits").isEmpty();

        List<ChatMessage> managerAnswer = bot.telegram.awaitBotMessages(bot.manager.id(), 1, Duration.ofSeconds(5));
        assertThat(managerAnswer).singleElement().satisfies(answer -> assertThat(answer.plainText()).contains("/client"));
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThan(Duration.ofMillis(1500));
    }

    private void awaitRateLimited() throws InterruptedException {
        long deadline = System.nanoTime() + BotHarness.WAIT.toNanos();
        while (bot.telegram.calls("sendMessage").stream().noneMatch(call -> call.errorCode() == 429)) {
            assertThat(System.nanoTime()).as("the manager's reply hit the 429").isLessThan(deadline);
            Thread.sleep(5);
        }
        assertThat(bot.telegram.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(429);
    }
}
