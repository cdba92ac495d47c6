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
    void echoDropsControlsLoneSurrogatesAndInvisibleFormatting() {
        assertThat(Texts.echo("Ив\u0000ан\u202Eов\uD800\u200B\u0085!")).isEqualTo("Иванов!");
        assertThat(Texts.echo("\u2066<b>\u2069 & \uFEFF")).isEqualTo("<b> &");
        assertThat(Texts.echo("👨‍👩‍👧 семья")).as("the joiner of an emoji sequence stays").isEqualTo("👨‍👩‍👧 семья");
    }

    @Test
    void echoIsOneLineWithSingleSpaces() {
        assertThat(Texts.echo("  Иванов\n\tПётр\r\n\u2028\u00A0 Сергеевич ")).isEqualTo("Иванов Пётр Сергеевич");
        assertThat(Texts.echo("\u0000\u202E \n")).isEmpty();
    }

    @Test
    void echoCutsWholeCharactersOnly() {
        assertThat(Texts.echo("🎉".repeat(50))).isEqualTo("🎉".repeat(40) + "…");
        assertThat(Texts.echo("коротко")).isEqualTo("коротко");
    }
}
