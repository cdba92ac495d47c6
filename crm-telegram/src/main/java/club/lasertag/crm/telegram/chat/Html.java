package club.lasertag.crm.telegram.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

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
     * Cuts HTML to at most {@code max} characters and ends it with an ellipsis: at the last line break that fits,
     * else at the last point that fits between characters, entities and tags, never inside an entity ({@code &amp;}
     * cut to {@code &am}), a tag or a surrogate pair, which Telegram would refuse. Tags still open at the cut are
     * closed, innermost first.
     */
    static String cut(String html, int max) {
        String ellipsis = "\n…";
        Deque<String> open = new ArrayDeque<>();
        int closingLength = 0;
        int lastFit = 0;
        String lastFitClosing = "";
        int lastLineBreak = -1;
        String lastLineBreakClosing = "";
        int i = 0;
        while (i <= html.length()) {
            // i is between two tokens: a possible cut
            if (i + closingLength + ellipsis.length() <= max) {
                String closing = closingTags(open);
                lastFit = i;
                lastFitClosing = closing;
                if (i > 0 && i < html.length() && html.charAt(i) == '\n') {
                    lastLineBreak = i;
                    lastLineBreakClosing = closing;
                }
            } else if (i > max) {
                break;
            }
            if (i == html.length()) {
                break;
            }
            int next = tokenEnd(html, i);
            if (html.charAt(i) == '<' && next > i + 1 && html.charAt(next - 1) == '>') {
                String name = tagName(html, i, next);
                if (html.startsWith("</", i)) {
                    if (!open.isEmpty()) {
                        closingLength -= open.pop().length() + 3;
                    }
                } else if (!name.isEmpty()) {
                    open.push(name);
                    closingLength += name.length() + 3;
                }
            }
            i = next;
        }
        if (lastLineBreak > 0) {
            return html.substring(0, lastLineBreak) + lastLineBreakClosing + ellipsis;
        }
        return html.substring(0, lastFit) + lastFitClosing + ellipsis;
    }

    /** The index after the token at {@code start}: a tag, an entity, or one character (a surrogate pair whole). */
    private static int tokenEnd(String html, int start) {
        char c = html.charAt(start);
        if (c == '<') {
            int end = html.indexOf('>', start);
            return end < 0 ? html.length() : end + 1;
        }
        if (c == '&') {
            int end = start + 1;
            if (end < html.length() && html.charAt(end) == '#') {
                end++;
            }
            while (end < html.length() && end - start <= 10 && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            // an unterminated '&' (never written by Html.escape) is one character
            return end < html.length() && html.charAt(end) == ';' ? end + 1 : start + 1;
        }
        return Character.isHighSurrogate(c) && start + 1 < html.length()
                && Character.isLowSurrogate(html.charAt(start + 1)) ? start + 2 : start + 1;
    }

    /** The lower-case name of the tag {@code html[start, end)}: {@code <a href="x">} and {@code </a>} give "a". */
    private static String tagName(String html, int start, int end) {
        int from = html.startsWith("</", start) ? start + 2 : start + 1;
        int to = from;
        while (to < end - 1 && (Character.isLetterOrDigit(html.charAt(to)) || html.charAt(to) == '-')) {
            to++;
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static String closingTags(Deque<String> open) {
        StringBuilder closing = new StringBuilder();
        for (String name : open) { // innermost first
            closing.append("</").append(name).append('>');
        }
        return closing.toString();
    }
}
