package club.lasertag.crm.persistence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Search fragments as both databases take them, whatever was typed. No stored text has control characters (C0,
 * C1: the domain refuses them) or lone surrogates (not text at all), and they break the SQL: PostgreSQL refuses a
 * NUL in a text parameter ("invalid byte sequence"), SQLite's FTS5 ends its query at one ("unterminated string").
 * So a name word is split where it has them, as at a space, and a phone fragment drops them.
 */
final class SearchFragments {

    /** C0 and C1 control characters, and surrogates not in a pair (a pair is one code point, outside the range). */
    private static final Pattern UNSTORABLE = Pattern.compile("[\\p{Cc}\\x{D800}-\\x{DFFF}]+");

    private SearchFragments() {
    }

    /** The words split at every run of unstorable characters, without empty words. */
    static List<String> words(List<String> words) {
        return words.stream().flatMap(UNSTORABLE::splitAsStream).filter(word -> !word.isEmpty()).toList();
    }

    /** The fragment without its unstorable characters. */
    static String phoneFragment(String digits) {
        return UNSTORABLE.matcher(digits).replaceAll("");
    }
}
