package club.lasertag.crm.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Checks text in Telegram's HTML parse mode the way the Bot API does and returns the text as shown.
 * Only Telegram's tag subset is allowed; an unescaped {@code <} or an unknown tag is refused with
 * "can't parse entities". Offsets in the messages are byte offsets, as Telegram reports them.
 */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of(
            "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
            "a", "tg-emoji", "code", "pre", "blockquote");

    private TelegramHtml() {
    }

    /** The visible text, or an {@link ApiError} 400 "can't parse entities: ...". */
    static String toPlainText(String html) {
        StringBuilder plain = new StringBuilder(html.length());
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = readTag(html, i, open);
            } else if (c == '&') {
                i = HtmlScanner.decodeEntity(html, i, plain);
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw cantParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return plain.toString();
    }

    private static int readTag(String html, int start, Deque<String> open) {
        boolean closing = start + 1 < html.length() && html.charAt(start + 1) == '/';
        int nameStart = start + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            throw cantParse("Unexpected end of name token at byte offset " + byteOffset(html, nameStart));
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        int end = HtmlScanner.tagEnd(html, nameEnd);
        if (end < 0) {
            throw cantParse("Unclosed start tag at byte offset " + byteOffset(html, start));
        }
        if (closing) {
            if (open.isEmpty()) {
                throw cantParse("Unexpected end tag at byte offset " + byteOffset(html, start));
            }
            if (!open.peek().equals(name)) {
                throw cantParse("Unmatched end tag at byte offset " + byteOffset(html, start)
                        + ", expected \"</" + open.peek() + ">\", found \"</" + name + ">\"");
            }
            open.pop();
        } else {
            if (!TAGS.contains(name)) {
                throw cantParse("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, start));
            }
            open.push(name);
        }
        return end + 1;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static int byteOffset(String text, int charIndex) {
        return text.substring(0, Math.min(charIndex, text.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiError cantParse(String detail) {
        return ApiError.badRequest("can't parse entities: " + detail);
    }
}
