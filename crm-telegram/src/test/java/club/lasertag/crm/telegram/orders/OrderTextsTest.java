package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.telegram.chat.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages say everything the orders and calendar features show. */
class OrderTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"orders", "calendar"})
    void russianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertThat(load(bundle + "_en").keySet()).isEqualTo(load(bundle).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyValueOfTheModelHasAName(String language) {
        Labels labels = new Labels(Texts.forLocale(Locale.forLanguageTag(language)));
        for (Polygon polygon : Polygon.values()) {
            assertThat(labels.polygon(polygon)).isNotBlank();
        }
        for (RestRoom room : RestRoom.values()) {
            assertThat(labels.room(room)).isNotBlank();
        }
        for (GameType type : GameType.values()) {
            assertThat(labels.gameType(type)).isNotBlank();
        }
        for (Gift gift : Gift.values()) {
            assertThat(labels.gift(gift)).isNotBlank();
        }
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(labels.status(status)).isNotBlank();
        }
        for (int month = 1; month <= 12; month++) {
            assertThat(labels.month(java.time.YearMonth.of(2030, month))).endsWith(" 2030").hasSizeGreaterThan(7);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OrderTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
