package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.common.InvalidInput;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's words in the user's language: Russian by default, English for users whose Telegram language is
 * English. From the resource bundles under {@code i18n/} (UTF-8): one for what all features share and one per
 * feature, so each feature's words live beside each other.
 */
public final class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final List<String> BUNDLES = List.of(
            "i18n.messages", "i18n.clients", "i18n.orders", "i18n.calendar", "i18n.staff", "i18n.feed", "i18n.exports",
            "i18n.money", "i18n.briefings");
    private static final int ECHO_MAX = 40;
    private static final Map<Locale, Texts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    /** English for an English-speaking user, Russian for everyone else. */
    public static Texts forLocale(Locale locale) {
        Locale supported = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
        return CACHE.computeIfAbsent(supported, Texts::new);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text under {@code key}, with {@code args} put in by {@link MessageFormat}. Every text goes through
     * MessageFormat, with arguments or without, so every text follows its quoting rule ({@code ''} is an
     * apostrophe) and none shows a doubled one.
     */
    public String get(String key, Object... args) {
        String pattern = bundles.stream()
                .filter(bundle -> bundle.containsKey(key))
                .map(bundle -> bundle.getString(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no text for key '" + key + "' in " + locale));
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Every key of every bundle, in this language. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles.forEach(bundle -> keys.addAll(bundle.keySet()));
        return keys;
    }

    /** The pattern under {@code key} as the bundle holds it, before formatting. */
    String pattern(String key) {
        return bundles.stream().filter(bundle -> bundle.containsKey(key)).map(bundle -> bundle.getString(key))
                .findFirst().orElseThrow();
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    /** What is wrong with a typed value and what to do, HTML-escaped; the value quoted {@link #echo short}. */
    public String invalid(InvalidInput problem) {
        String field = has("field." + problem.field()) ? get("field." + problem.field()) : problem.field();
        Object[] args = new Object[problem.details().size() + 1];
        args[0] = field;
        for (int i = 0; i < problem.details().size(); i++) {
            Object detail = problem.details().get(i);
            args[i + 1] = detail instanceof String text ? Html.escape(echo(text)) : detail;
        }
        return get("invalid." + problem.problem().name(), args);
    }

    /**
     * Typed text as quoted back in a message (still to be HTML-escaped): on one line, without control characters,
     * lone surrogates or invisible formatting (bidi overrides that would turn the rest of the message around,
     * zero-width characters; a zero-width joiner inside an emoji sequence stays), and at most {@value #ECHO_MAX}
     * characters, so a pasted novel still leaves room for the question that follows.
     */
    public static String echo(String typed) {
        String shown = printable(typed);
        if (shown.codePointCount(0, shown.length()) <= ECHO_MAX) {
            return shown;
        }
        return shown.substring(0, shown.offsetByCodePoints(0, ECHO_MAX)) + "…";
    }

    private static String printable(String typed) {
        StringBuilder shown = new StringBuilder(Math.min(typed.length(), 4 * ECHO_MAX));
        boolean space = false;
        for (int i = 0; i < typed.length() && shown.length() < 4 * ECHO_MAX; ) {
            int codePoint = typed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                space = !shown.isEmpty();
            } else if (isShown(codePoint)) {
                if (space) {
                    shown.append(' ');
                    space = false;
                }
                shown.appendCodePoint(codePoint);
            }
        }
        return shown.toString();
    }

    private static boolean isShown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED -> false;
            case Character.FORMAT -> codePoint == 0x200D;
            default -> true;
        };
    }
}
