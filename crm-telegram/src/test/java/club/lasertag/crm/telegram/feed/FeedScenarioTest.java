package club.lasertag.crm.telegram.feed;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /feed}: each staff member's secret calendar address, shown once, renewed by a button. */
@ExtendWith(BotHarness.PerClass.class)
class FeedScenarioTest {

    private static final Pattern LINK = Pattern.compile("https://crm\\.example\\.org/feed/([A-Za-z0-9_-]{43})\\.ics(\\?lang=en)?");

    private final BotHarness bot = BotHarness.sharedBy(this);

    @Test
    void theFirstFeedCommandIssuesALinkThatOpensTheMembersFeed() {
        ChatMessage answer = bot.sayOne(bot.manager, "/feed");

        assertThat(answer.plainText()).contains("Ваша подписка на календарь", "iPhone", "Android", "Подписной календарь");
        FeedToken token = tokenIn(answer);
        assertThat(bot.crm.feedService.open(token)).hasValueSatisfying(
                feed -> assertThat(feed.owner()).isEqualTo(BotHarness.staffIdOf(bot.manager)));
        assertThat(labels(answer)).containsExactly("🔄 Новая ссылка");
    }

    @Test
    void laterTheLinkIsNotShownAgainOnlyWhenItWasIssued() {
        FeedToken token = tokenIn(bot.sayOne(bot.instructor, "/feed"));
        bot.crm.clock.advance(Duration.ofHours(2));

        ChatMessage again = bot.sayOne(bot.instructor, "/feed");

        assertThat(again.plainText()).contains("выдана 01.06.2030 13:00", "показать её снова нельзя")
                .doesNotContain(token.value());
        assertThat(bot.crm.feedService.open(token)).isPresent();
    }

    @Test
    void renewingShowsANewLinkAndTheOldOneStopsWorkingAtOnce() {
        FeedToken old = tokenIn(bot.sayOne(bot.manager, "/feed"));
        ChatMessage status = bot.sayOne(bot.manager, "/feed");

        ChatMessage renewed = bot.press(bot.manager, status, "🔄 Новая ссылка");

        assertThat(renewed.messageId()).isEqualTo(status.messageId());
        FeedToken fresh = tokenIn(renewed);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(bot.crm.feedService.open(old)).isEmpty();
        assertThat(bot.crm.feedService.open(fresh)).isPresent();
    }

    @Test
    void englishSpeakersGetAnEnglishFeed() {
        ChatMessage answer = bot.sayOne(bot.admin.withLanguage("en"), "/feed");

        assertThat(answer.plainText()).contains("Your calendar subscription", "?lang=en", "Add Subscribed Calendar");
        assertThat(labels(answer)).containsExactly("🔄 New link");
    }

    @Test
    void strangersGetNoFeed() {
        ChatMessage answer = bot.sayOne(bot.stranger, "/feed");

        assertThat(answer.plainText()).doesNotContain("crm.example.org");
    }

    private static FeedToken tokenIn(ChatMessage message) {
        Matcher link = LINK.matcher(message.plainText());
        assertThat(link.find()).as("a feed link in: %s", message.plainText()).isTrue();
        return new FeedToken(link.group(1));
    }
}
