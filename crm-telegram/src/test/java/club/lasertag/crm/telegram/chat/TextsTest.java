package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    private final Texts russian = Texts.forLocale(Texts.RUSSIAN);

    @Test
    void aLongValueIsQuotedBackShortAndEscaped() {
        String message = russian.invalid(new InvalidInput("phone", InvalidInput.Problem.NOT_A_PHONE, "<" + "9".repeat(5000)));

        assertThat(message).startsWith("Телефон: «&lt;" + "9".repeat(39) + "…»").hasSizeLessThan(200);
    }

    @Test
    void echoCutsWholeCharactersOnly() {
        assertThat(Texts.echo("🎉".repeat(50))).isEqualTo("🎉".repeat(40) + "…");
        assertThat(Texts.echo("коротко")).isEqualTo("коротко");
    }
}
