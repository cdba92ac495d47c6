package club.lasertag.crm.telegram.chat;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of both languages, rendered through {@link Texts#get} (the path every reply takes) with sample
 * arguments: none empty, none with a doubled apostrophe or a placeholder left, none with a lone apostrophe in its
 * pattern (MessageFormat would swallow it), and both languages have the same keys.
 */
class AllTextsTest {

    private static final Texts RUSSIAN = Texts.forLocale(Texts.RUSSIAN);
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.keys()).isNotEmpty().containsExactlyInAnyOrderElementsOf(RUSSIAN.keys());
    }

    @Test
    void everyTextRendersCleanly() {
        List<String> problems = new ArrayList<>();
        for (Texts texts : List.of(RUSSIAN, ENGLISH)) {
            for (String key : texts.keys()) {
                String pattern = texts.pattern(key);
                String where = texts.locale() + " " + key + ": ";
                if (LONE_APOSTROPHE.matcher(pattern).find()) {
                    problems.add(where + "a lone ' (write '' for an apostrophe): " + pattern);
                }
                String rendered = texts.get(key, sampleArguments(pattern));
                if (rendered.isBlank()) {
                    problems.add(where + "empty");
                }
                if (rendered.contains("''")) {
                    problems.add(where + "doubled apostrophe: " + rendered);
                }
                if (PLACEHOLDER.matcher(rendered).find()) {
                    problems.add(where + "placeholder left: " + rendered);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anApostropheWithoutArgumentsIsShownOnce() {
        // The bug this guards against: texts without arguments were shown as stored, "today''s games".
        String withApostrophe = ENGLISH.keys().stream().filter(key -> ENGLISH.pattern(key).contains("''"))
                .filter(key -> new MessageFormat(ENGLISH.pattern(key)).getFormatsByArgumentIndex().length == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no English text without arguments has an apostrophe"));

        assertThat(ENGLISH.get(withApostrophe)).contains("'").doesNotContain("''");
    }

    /** As many arguments as the pattern uses, each a word that shows where it went. */
    private static Object[] sampleArguments(String pattern) {
        int count = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        Object[] arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = "arg" + i;
        }
        return arguments;
    }
}
