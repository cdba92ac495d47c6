package club.lasertag.crm.telegram.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random text as hostile or clumsy users type (or their clients send) it: C0 and C1 controls with NUL, lone
 * surrogates, bidi and zero-width marks, emoji sequences, markup, LIKE wildcards, numbers and dates that are
 * almost right, walls of 4,096 to 10,000 characters, only whitespace; and, to get dialogs past their first
 * question, answers that fit (phones, names, dates, times, counts).
 */
final class FuzzedText {

    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000B",
            "\f", "\r", "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009B", "\u009F");
    private static final List<String> SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800",
            "a\uD83D", "\uDE00b");
    private static final List<String> BIDI = List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
            "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C");
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD",
            "\u034F", "\u180E", "\uFFFC");
    private static final List<String> EMOJI = List.of("😀", "👨‍👩‍👧", "🇷🇺", "🏳️‍🌈", "🎉", "👍🏿", "❤️", "🔫");
    private static final List<String> MARKUP = List.of("<", ">", "&", "&amp;", "&lt;", "&#0;", "&#xD800;", "<b>",
            "</i>", "<a href=\"x\">", "\"", "'", "<tg-spoiler>", "<pre><code class=\"x\">", "]]>", "&nbsp;");
    private static final List<String> SEPARATORS = List.of(":", "::", "|", "%", "_", "\\", "/", "@", "#", "*",
            "`", "~", "$", "{", "}", "[", "]", "(", ")", "+", "-", "=", ".", ",", ";", "!", "?");
    private static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2007", "\u3000",
            "\u2028", "\u2029", "\u1680", "\u205F");
    private static final List<String> ODD = List.of("\uFFFF", "\uFFFE", "\uFFFD", "\uE000", "\uDBFF\uDFFF",
            "e\u0301\u0301\u0301\u0301", "ﷺ", "𝕏", "Ⅻ", "١٢٣", "߀", "ß", "İ", "ǅ", "\u0130\u0131");
    private static final List<String> NUMBERS = List.of("0", "-1", "1", "99999999999999999999", "2147483648",
            "-2147483649", "9223372036854775808", "1e9", "NaN", "0x1F", "٣", "１２", "31.02", "29.02.2031", "25:61",
            "24:00", "00:00", "23:59", "1.1.1", "2030-13-01", "12.12.12", "07.06", "+7", "8 (912) 000-00-0");
    private static final List<String> WORDS = List.of("Иванов", "Анна", "Мария", "день рождения", "квест",
            "арена", "лес", "парк", "бандана", "завтра", "сегодня", "отмена", "да", "нет", "DROP TABLE crm_clients",
            "'; --", "%%", "__", "null", "undefined", "Ёжик", "O'Brien", "SELECT 1", "${jndi:ldap://x}", "%s%n");
    private static final List<String> PLAUSIBLE = List.of("+7 912 000-00-01", "+79991234567", "89121234567",
            "Иванов", "Пётр", "Сергеевич", "Петрова", "12", "10", "1", "2", "0", "18:00", "19:30", "12:00", "25.06",
            "01.07", "02.06.2030", "завтра", "60", "90", "120", "Иванов Пётр", "из Instagram", "сайт", "admin",
            "manager", "instructor", "123456", "7", "5000");

    private final Random random;

    FuzzedText(Random random) {
        this.random = random;
    }

    /** Anything: mostly short junk, sometimes a wall of text, only whitespace, empty or a fitting answer. */
    String any() {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return wall();
        }
        if (roll < 10) {
            return whitespace();
        }
        if (roll < 11) {
            return "";
        }
        if (roll < 30) {
            return plausible();
        }
        return junk(1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 12));
    }

    /** A sensible answer to one of the dialogs' questions, maybe with an invisible character or two. */
    String plausible() {
        String answer = pick(PLAUSIBLE);
        return random.nextInt(5) == 0 ? pick(random.nextBoolean() ? BIDI : INVISIBLE) + answer + pick(CONTROLS) : answer;
    }

    /** {@code tokens} random pieces from every pool. */
    String junk(int tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(token());
        }
        return text.toString();
    }

    /** 4,096 to 10,000 characters (UTF-16 units, as Telegram counts), from one pool or all. */
    String wall() {
        int length = 4096 + random.nextInt(10_000 - 4096 + 1);
        StringBuilder text = new StringBuilder(length + 16);
        boolean mixed = random.nextBoolean();
        String single = token();
        while (text.length() < length) {
            text.append(mixed ? token() : single);
        }
        return text.toString();
    }

    String whitespace() {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            text.append(pick(random.nextBoolean() ? SPACES : INVISIBLE));
        }
        return text.toString();
    }

    /** A random string of random UTF-16 units, surrogates and controls included. */
    String units(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return text.toString();
    }

    private String token() {
        return switch (random.nextInt(14)) {
            case 0 -> pick(CONTROLS);
            case 1 -> pick(SURROGATES);
            case 2 -> pick(BIDI);
            case 3 -> pick(INVISIBLE);
            case 4 -> pick(EMOJI);
            case 5 -> pick(MARKUP);
            case 6 -> pick(SEPARATORS);
            case 7 -> pick(SPACES);
            case 8 -> pick(ODD);
            case 9 -> pick(NUMBERS);
            case 10 -> pick(WORDS);
            case 11 -> units(1 + random.nextInt(4));
            case 12 -> Character.toString(0x20 + random.nextInt(0x5F));
            default -> Character.toString(0x410 + random.nextInt(0x40));
        };
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
