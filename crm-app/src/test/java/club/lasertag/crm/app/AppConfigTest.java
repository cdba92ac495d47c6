package club.lasertag.crm.app;

import club.lasertag.crm.domain.order.Polygon;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppConfigTest {

    private static AppConfig config(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return AppConfig.from(Settings.from(env));
    }

    @Test
    void withNothingSetItIsTheSandboxOnSqlite() {
        AppConfig config = config();

        assertThat(config.sandbox()).isTrue();
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:crm.db");
        assertThat(config.postgres()).isFalse();
        assertThat(config.telegramApiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(config.rules().zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(config.sandboxPort()).isEqualTo(8080);
        assertThat(config.webhook()).isEmpty();
    }

    @Test
    void healthAndMetricsAreOffUnlessAPortIsSetAndListenOnTheLoopbackByDefault() {
        assertThat(config().health()).isEmpty();
        assertThat(config("CRM_HEALTH_PORT", "9101").health()).contains(new AppConfig.Health("127.0.0.1", 9101));
        assertThat(config("CRM_HEALTH_PORT", "9101", "CRM_HEALTH_HOST", "0.0.0.0").health())
                .contains(new AppConfig.Health("0.0.0.0", 9101));
        assertThatThrownBy(() -> config("CRM_HEALTH_PORT", "http")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CRM_HEALTH_PORT").hasMessageContaining("whole number from 0 to 65535");
        assertThatThrownBy(() -> config("CRM_HEALTH_PORT", "9101", "CRM_HEALTH_HOST", "local host"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CRM_HEALTH_HOST");
    }

    @Test
    void readsEverySetting() {
        AppConfig config = config(
                "TELEGRAM_BOT_TOKEN", "123456:ABC-def_1",
                "TELEGRAM_API_URL", "http://127.0.0.1:8081/",
                "CRM_DB_URL", "jdbc:postgresql://db/crm", "CRM_DB_USER", "crm", "CRM_DB_PASSWORD", "secret",
                "CRM_ADMINS", "111, 222;333",
                "CRM_TIMEZONE", "Asia/Yekaterinburg",
                "CRM_OPENS_AT", "09:30", "CRM_CLOSES_AT", "24:00",
                "CRM_MAX_PLAYERS_FOREST", "12",
                "CRM_WEBHOOK_URL", "https://crm.example.org/hook", "CRM_WEBHOOK_PORT", "9000", "CRM_WEBHOOK_SECRET", "s3cret");

        assertThat(config.telegramToken()).contains("123456:ABC-def_1");
        assertThat(config.telegramApiUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(config.postgres()).isTrue();
        assertThat(config.admins()).containsExactlyInAnyOrder(111L, 222L, 333L);
        assertThat(config.rules().zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(config.rules().opensAt()).isEqualTo(LocalTime.of(9, 30));
        assertThat(config.rules().closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(config.rules().maxPlayers(Polygon.FOREST)).isEqualTo(12);
        assertThat(config.webhook()).hasValueSatisfying(webhook -> {
            assertThat(webhook.publicUrl()).isEqualTo("https://crm.example.org/hook");
            assertThat(webhook.port()).isEqualTo(9000);
            assertThat(webhook.secret()).isEqualTo("s3cret");
        });
    }

    @Test
    void theTokenAndPasswordNeverShowInItsDescription() {
        AppConfig config = config("TELEGRAM_BOT_TOKEN", "123456:VERYSECRET", "CRM_DB_PASSWORD", "hunter2");

        assertThat(config.toString()).doesNotContain("VERYSECRET", "hunter2");
    }

    @Test
    void aPasswordInsideTheDatabaseUrlNeverShows() {
        assertThat(config("CRM_DB_URL", "jdbc:postgresql://h/db?user=u&password=hunter2").toString())
                .contains("jdbc:postgresql://h/db?user=u&password=***").doesNotContain("hunter2");
        assertThat(config("CRM_DB_URL", "jdbc:postgresql://u:hunter2@h/db").toString())
                .contains("jdbc:postgresql://u:***@h/db").doesNotContain("hunter2");
        assertThatThrownBy(() -> config("CRM_DB_URL", "jdbc:mysql://u:hunter2@h/db?password=hunter2"))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void theWebhookListensOnTheLoopbackUnlessToldAndKeepsItsPathAsConfigured() {
        AppConfig.Webhook webhook = config("CRM_WEBHOOK_URL", "https://crm.example.org/telegram/").webhook().orElseThrow();
        assertThat(webhook.host()).isEqualTo("127.0.0.1");
        assertThat(webhook.publicUrl()).isEqualTo("https://crm.example.org/telegram/");

        assertThat(config("CRM_WEBHOOK_URL", "https://crm.example.org/telegram", "CRM_WEBHOOK_HOST", "0.0.0.0")
                .webhook().orElseThrow().host()).isEqualTo("0.0.0.0");
        assertThatThrownBy(() -> config("CRM_WEBHOOK_URL", "https://crm.example.org/t", "CRM_WEBHOOK_HOST", "a b"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CRM_WEBHOOK_HOST");
    }

    @Test
    void aWebhookWithoutSecretGetsARandomOne() {
        assertThat(config("CRM_WEBHOOK_URL", "https://crm.example.org/hook").webhook().orElseThrow().secret())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theEnvironmentWinsOverTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("crm.properties");
        Files.writeString(file, "CRM_ADMINS=1\nCRM_TIMEZONE=Europe/Moscow\n");

        AppConfig config = config("CRM_CONFIG_FILE", file.toString(), "CRM_ADMINS", "2");

        assertThat(config.admins()).containsExactly(2L);
        assertThat(config.rules().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void everyInvalidSettingIsNamedWithWhatIsExpected() {
        assertInvalid("CRM_DB_URL", "must start with jdbc:sqlite: or jdbc:postgresql:", "CRM_DB_URL", "jdbc:mysql://x/y");
        assertInvalid("CRM_DB_URL", "needs a file", "CRM_DB_URL", "jdbc:sqlite::memory:");
        assertInvalid("CRM_ADMINS", "'abc' is not a Telegram user id", "CRM_ADMINS", "1,abc");
        assertInvalid("CRM_TIMEZONE", "not an IANA time zone", "CRM_TIMEZONE", "Mars/Olympus");
        assertInvalid("CRM_OPENS_AT", "not a time of day", "CRM_OPENS_AT", "ten");
        assertInvalid("CRM_OPENS_AT/CRM_CLOSES_AT", "close after it opens", "CRM_OPENS_AT", "20:00", "CRM_CLOSES_AT", "10:00");
        assertInvalid("TELEGRAM_BOT_TOKEN", "does not look like a bot token", "TELEGRAM_BOT_TOKEN", "oops");
        assertInvalid("TELEGRAM_API_URL", "not an http(s) URL", "TELEGRAM_API_URL", "ftp://x");
        assertInvalid("CRM_WEBHOOK_URL", "https:// URLs only", "CRM_WEBHOOK_URL", "http://crm.example.org/hook");
        assertInvalid("CRM_WEBHOOK_PORT", "from 1 to 65535", "CRM_WEBHOOK_URL", "https://x.org/h", "CRM_WEBHOOK_PORT", "70000");
        assertInvalid("CRM_SANDBOX_PORT", "whole number", "CRM_SANDBOX_PORT", "-1");
        assertInvalid("CRM_START_STEP_MINUTES", "must divide a day evenly", "CRM_START_STEP_MINUTES", "7");
        assertInvalid("CRM_MAX_PLAYERS_ARENA", "from 1 to 1000", "CRM_MAX_PLAYERS_ARENA", "0");
        assertInvalid("CRM_PHONE_REGION", "two-letter country code", "CRM_PHONE_REGION", "Russia");
        assertInvalid("CRM_CONFIG_FILE", "cannot read", "CRM_CONFIG_FILE", "/no/such/file.properties");
        assertInvalid("CRM_INSTANCE_NAME", "1-128 characters", "CRM_INSTANCE_NAME", "app 1");
        assertInvalid("CRM_HOUSEKEEPING_PERIOD_SECONDS", "whole number from 1", "CRM_HOUSEKEEPING_PERIOD_SECONDS", "0");
    }

    @Test
    void eachInstanceHasANameForItsJobRunsAndHousekeepingRunsDailyUnlessConfigured() {
        AppConfig.Scheduling defaults = config().scheduling();
        AppConfig.Scheduling set = config("CRM_INSTANCE_NAME", "crm-2", "CRM_HOUSEKEEPING_PERIOD_SECONDS", "60")
                .scheduling();

        assertThat(defaults.instance()).endsWith(":" + ProcessHandle.current().pid());
        assertThat(defaults.housekeepingPeriod()).isEqualTo(java.time.Duration.ofDays(1));
        assertThat(set.instance()).isEqualTo("crm-2");
        assertThat(set.housekeepingPeriod()).isEqualTo(java.time.Duration.ofMinutes(1));
    }

    private static void assertInvalid(String setting, String problem, String... env) {
        assertThatThrownBy(() -> config(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(setting)
                .hasMessageContaining(problem);
    }

    @Test
    void theFeedIsOffUnlessItsPortIsSet() {
        assertThat(config().feed()).isEmpty();
        assertThat(config("CRM_PUBLIC_URL", "https://crm.example.org").feed()).isEmpty();
    }

    @Test
    void theFeedListensOnTheLoopbackByDefaultAndNeedsThePublicUrl() {
        AppConfig.Feed feed = config("CRM_FEED_PORT", "8090", "CRM_PUBLIC_URL", "https://crm.example.org/").feed().orElseThrow();

        assertThat(feed.host()).isEqualTo("127.0.0.1");
        assertThat(feed.port()).isEqualTo(8090);
        assertThat(feed.publicUrl()).isEqualTo("https://crm.example.org");
        assertThatThrownBy(() -> config("CRM_FEED_PORT", "8090"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CRM_PUBLIC_URL").hasMessageContaining("https://crm.example.org");
        assertThatThrownBy(() -> config("CRM_FEED_PORT", "http", "CRM_PUBLIC_URL", "https://crm.example.org"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CRM_FEED_PORT");
        assertThatThrownBy(() -> config("CRM_FEED_PORT", "8090", "CRM_PUBLIC_URL", "crm.example.org"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CRM_PUBLIC_URL");
    }
}
