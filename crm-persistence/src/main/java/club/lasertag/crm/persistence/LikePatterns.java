package club.lasertag.crm.persistence;

/** Builds {@code LIKE '%fragment%'} patterns in which the fragment's own {@code %} and {@code _} match literally. */
final class LikePatterns {

    static final char ESCAPE = '!';

    private LikePatterns() {
    }

    static String containing(String fragment) {
        return '%' + startingWith(fragment);
    }

    static String startingWith(String fragment) {
        StringBuilder pattern = new StringBuilder(fragment.length() + 4);
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
