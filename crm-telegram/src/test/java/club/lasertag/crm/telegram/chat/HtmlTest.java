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

    @Test
    void aCutPrefersTheLastLineBreakThatFits() {
        String html = "first line\n" + "second line\n" + "x".repeat(100);

        assertThat(Html.cut(html, 40)).isEqualTo("first line\nsecond line\n…");
        assertThat(Html.cut("x".repeat(100), 10)).isEqualTo("x".repeat(8) + "\n…");
    }

    @Test
    void aCutNeverSplitsAnEntityATagOrASurrogatePair() {
        String html = "<b>Найдено по</b> «" + Html.escape("a&<>\"😀".repeat(200)) + "» <a href=\"tg://user?id=1&amp;x=2\">"
                + Html.escape("x&y") + "</a>\n<i>" + Html.escape("&".repeat(50)) + "</i>";

        for (int max = 3; max <= html.length(); max++) {
            String cut = Html.cut(html, max);

            assertThat(cut.length()).as("cut at %d", max).isLessThanOrEqualTo(max);
            assertThat(cut).as("cut at %d", max).endsWith("\n…");
            String kept = cut.substring(0, cut.length() - 2).replaceFirst("(</[a-z-]+>)+$", "");
            assertThat(html).as("cut at %d", max).startsWith(kept);
            assertWellFormed(cut);
        }
    }

    @Test
    void aCutClosesTheTagsOpenAtIt() {
        assertThat(Html.cut("<b>" + "x".repeat(100) + "</b>", 50)).isEqualTo("<b>" + "x".repeat(41) + "</b>\n…");
        assertThat(Html.cut("<b>b <i>i " + "&amp;".repeat(100) + "</i></b>", 40))
                .isEqualTo("<b>b <i>i " + "&amp;".repeat(4) + "</i></b>\n…");
        assertThat(Html.cut("<a href=\"https://x/?a=1&amp;b=2\">" + "y".repeat(100) + "</a>", 40))
                .isEqualTo("<a href=\"https://x/?a=1&amp;b=2\">" + "y" + "</a>\n…");
    }

    /** Every '&' starts an entity, every '<' is a whole tag, and the tags are balanced. */
    private static void assertWellFormed(String html) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        java.util.regex.Matcher entity = java.util.regex.Pattern.compile("&(amp|lt|gt|quot|#\\d+);").matcher(html);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '&') {
                assertThat(entity.region(i, html.length()).lookingAt()).as("an entity at %d in %s", i, html).isTrue();
            } else if (c == '<') {
                int end = html.indexOf('>', i);
                assertThat(end).as("a whole tag at %d in %s", i, html).isPositive();
                String tag = html.substring(i + 1, end);
                assertThat(tag).doesNotContain("<");
                if (tag.startsWith("/")) {
                    assertThat(open.poll()).as("closing %s in %s", tag, html).isEqualTo(tag.substring(1));
                } else {
                    open.push(tag.split(" ")[0]);
                }
                i = end;
            } else if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("a lone low surrogate at %d", i).isFalse();
            }
        }
        assertThat(open).as("tags left open in %s", html).isEmpty();
    }
}
