package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The clients' and staff's words exist in both languages, for every field; phones read as people write them. */
class ClientTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"clients", "staff"})
    void russianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertThat(keysOf(bundle + "_en")).isEqualTo(keysOf(bundle)).isNotEmpty();
    }

    @Test
    void everyFieldHasALabelAndAQuestionInBothLanguages() {
        for (Texts texts : new Texts[] {Texts.forLocale(Texts.RUSSIAN), Texts.forLocale(Locale.ENGLISH)}) {
            for (ClientField field : ClientField.values()) {
                for (String key : new String[] {"field." + field.code(), "clients.ask." + field.code()}) {
                    assertThat(texts.has(key)).as("%s in %s", key, texts.locale()).isTrue();
                }
            }
            assertThat(texts.get("clients.leadSources").split("\\|")).hasSize(5);
        }
    }

    @Test
    void russianPhonesAreSpacedOutAndOthersShownAsStored() {
        assertThat(PhoneFormat.readable(new Phone("+79991234567"))).isEqualTo("+7 999 123-45-67");
        assertThat(PhoneFormat.readable(new Phone("+4930123456"))).isEqualTo("+49 30 123456");
        assertThat(PhoneFormat.readable(new Phone("+14155552671"))).isEqualTo("+1 415-555-2671");
    }

    private static Set<Object> keysOf(String name) throws IOException {
        try (InputStream in = ClientTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.keySet();
        }
    }
}
