package club.lasertag.crm.telegram.gateway;

/**
 * Escaping for Telegram's HTML parse mode. Every user-supplied string (names, notes, phone
 * numbers) goes through {@link #escape} before it is put into a message; otherwise a client named
 * "Tom <3" makes Telegram refuse the whole message with "can't parse entities".
 */
public final class Html {

    private Html() {
    }

    /** Escapes {@code &}, {@code <} and {@code >} for text content. {@code null} becomes "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Like {@link #escape} and also {@code "}, for values inside {@code href="..."}. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
