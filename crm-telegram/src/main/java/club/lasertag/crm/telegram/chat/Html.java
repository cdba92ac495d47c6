package club.lasertag.crm.telegram.chat;

/** HTML for Telegram's HTML parse mode. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code &}, {@code <} and {@code >}; for every user-supplied string, or a client named "Tom <3"
     * makes Telegram refuse the whole message. {@code null} becomes "".
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Like {@link #escape} and also {@code "}, for values inside {@code href="..."}. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    public static String bold(String escapedHtml) {
        return "<b>" + escapedHtml + "</b>";
    }

    /**
     * Cuts HTML to at most {@code max} characters at a line break, closing nothing: the screens that can grow
     * keep tags within a line, so a cut at a line break leaves valid HTML.
     */
    static String cut(String html, int max) {
        String ellipsis = "\n…";
        int end = html.lastIndexOf('\n', max - ellipsis.length());
        if (end <= 0) {
            end = max - ellipsis.length();
        }
        return html.substring(0, end) + ellipsis;
    }
}
