package club.lasertag.crm.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTextContent() {
        assertThat(Html.escape("Tom <3 & \"Jerry\" > all")).isEqualTo("Tom &lt;3 &amp; \"Jerry\" &gt; all");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Иванов")).isEqualTo("Иванов");
    }

    @Test
    void escapesAttributeValues() {
        assertThat(Html.escapeAttribute("https://x/?a=1&b=\"2\"")).isEqualTo("https://x/?a=1&amp;b=&quot;2&quot;");
    }

    @Test
    void telegramShowsEscapedUserTextVerbatim() {
        String hostile = "<b>Tom</b> <3 & co </i>";
        try (BotApiEmulator emulator = BotApiEmulator.start()) {
            TelegramBot bot = new TelegramBot.Builder(emulator.token()).apiUrl(emulator.apiUrl()).build();
            EmulatedUser user = EmulatedUser.of(5, "Tom");
            emulator.sendText(user, 5, hostile);

            SendResponse response = bot.execute(new SendMessage(5L, "<b>Клиент:</b> " + Html.escape(hostile))
                    .parseMode(ParseMode.HTML));

            assertThat(response.isOk()).isTrue();
            assertThat(response.message().text()).isEqualTo("Клиент: " + hostile);
            bot.shutdown();
        }
    }
}
