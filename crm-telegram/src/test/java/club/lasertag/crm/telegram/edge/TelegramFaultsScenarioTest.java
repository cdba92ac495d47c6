package club.lasertag.crm.telegram.edge;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.Fault;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole bot while Telegram fails: every reply still arrives, once. */
@ExtendWith(BotHarness.PerClass.class)
class TelegramFaultsScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);

    @Test
    void aManagersReplyArrivesAfterTwoServerErrors() {
        bot.telegram.failNext("sendMessage", 2, Fault.internalServerError());

        ChatMessage answer = bot.sayOne(bot.manager, "/help");

        assertThat(answer.plainText()).contains("/client", "/order");
        assertThat(bot.telegram.calls("sendMessage")).extracting(ApiCall::errorCode).endsWith(500, 500, 0);
    }

    @Test
    void aReplyArrivesAfterFourRateLimits() {
        bot.telegram.failNext("sendMessage", 4, Fault.tooManyRequests(2));

        ChatMessage answer = bot.sayOne(bot.manager, "/help");

        assertThat(answer.plainText()).contains("/client");
    }
}
