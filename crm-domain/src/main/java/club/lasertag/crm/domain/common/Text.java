package club.lasertag.crm.domain.common;

import java.util.Locale;

/** Validation and normalisation of free text typed by people. */
public final class Text {

    private Text() {
    }

    /**
     * One line of text, such as a name: trimmed, {@code null} becomes empty. Refuses line breaks and other control
     * characters (NUL and the like), lone surrogates, bidi overrides and text over {@code maxLength} characters.
     */
    public static String optional(String field, String value, int maxLength) {
        return checked(field, value, maxLength, false);
    }

    /** Text that may run over several lines, such as a note; otherwise as {@link #optional}. */
    public static String note(String field, String value, int maxLength) {
        return checked(field, value, maxLength, true);
    }

    private static String checked(String field, String value, int maxLength, boolean lineBreaksAllowed) {
        String text = value == null ? "" : value.strip();
        if (text.codePoints().anyMatch(codePoint -> isForbiddenControl(codePoint, lineBreaksAllowed))) {
            throw new InvalidInput(field, InvalidInput.Problem.CONTROL_CHARACTERS);
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidInput(field, InvalidInput.Problem.TOO_LONG, maxLength, length);
        }
        return text;
    }

    /** As {@link #optional} and not blank. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text.isEmpty()) {
            throw new InvalidInput(field, InvalidInput.Problem.REQUIRED);
        }
        return text;
    }

    /** The form used to search names: lower case, 'ё' as 'е', single spaces. Works for Cyrillic and Latin alike. */
    public static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip().replaceAll("\\s+", " ");
    }

    private static boolean isForbiddenControl(int codePoint, boolean lineBreaksAllowed) {
        // New lines are fine in notes; everything else below a space (NUL above all) is not.
        return Character.getType(codePoint) == Character.CONTROL && !(lineBreaksAllowed && codePoint == '\n')
                || Character.getType(codePoint) == Character.SURROGATE
                || isBidiControl(codePoint);
    }

    /**
     * A half of a surrogate pair alone is no character at all (PostgreSQL cannot store it); the explicit bidi
     * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make a name read backwards on every card
     * and list it is shown in. Right-to-left names need neither.
     */
    private static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }
}
