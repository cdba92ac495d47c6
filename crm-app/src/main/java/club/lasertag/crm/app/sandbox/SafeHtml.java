package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.HtmlScanner;
import club.lasertag.crm.telegram.chat.Html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a message into HTML the page may put into {@code innerHTML}. Telegram HTML (already
 * validated by the emulator) is rebuilt tag by tag from an allow-list, with every attribute dropped
 * except a link's http(s)/tg/mailto {@code href}; all text is re-escaped. Anything else is shown
 * as escaped plain text, so a user's {@code <script>} stays text.
 */
final class SafeHtml {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9_-]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern SAFE_URL = Pattern.compile("^(https?:|tg:|mailto:)", Pattern.CASE_INSENSITIVE);

    private SafeHtml() {
    }

    /** Escapes {@code & < > " '} so that the text shows literally, in text and in attribute values. */
    static String escape(String text) {
        return Html.escapeAttribute(text).replace("'", "&#39;");
    }

    /**
     * The message text as safe HTML: Telegram HTML rendered when {@code parseMode} is HTML,
     * otherwise {@code plainText} escaped.
     */
    static String render(String text, String plainText, String parseMode) {
        if (text == null) {
            return "";
        }
        if (parseMode == null || !parseMode.equalsIgnoreCase("HTML")) {
            return escape(plainText == null ? text : plainText);
        }
        try {
            return fromTelegramHtml(text);
        } catch (RuntimeException e) {
            // The emulator accepted it, so this should not happen; still never show raw markup.
            return escape(plainText == null ? text : plainText);
        }
    }

    static String fromTelegramHtml(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, out, open);
            } else if (c == '&') {
                i = entity(html, i, out);
            } else {
                out.append(escape(String.valueOf(c)));
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed <" + open.peek() + ">");
        }
        return out.toString();
    }

    private static int tag(String html, int start, StringBuilder out, Deque<String> open) {
        boolean closing = start + 1 < html.length() && html.charAt(start + 1) == '/';
        int nameStart = start + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
            nameEnd++;
        }
        int end = HtmlScanner.tagEnd(html, nameEnd);
        if (nameEnd == nameStart || end < 0) {
            throw new IllegalArgumentException("not a tag at " + start);
        }
        if (closing) {
            if (open.isEmpty()) {
                throw new IllegalArgumentException("unexpected end tag at " + start);
            }
            out.append("</").append(open.pop()).append('>');
            return end + 1;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = attributes(html.substring(nameEnd, end));
        String[] rendered = openTag(name, attributes);
        out.append(rendered[1]);
        open.push(rendered[0]);
        return end + 1;
    }

    /** {output tag name, output start tag}. */
    private static String[] openTag(String name, Map<String, String> attributes) {
        return switch (name) {
            case "b", "strong" -> simple("b");
            case "i", "em" -> simple("i");
            case "u", "ins" -> simple("u");
            case "s", "strike", "del" -> simple("s");
            case "code" -> simple("code");
            case "pre" -> simple("pre");
            case "blockquote" -> attributes.containsKey("expandable")
                    ? new String[] {"blockquote", "<blockquote class=\"expandable\">"}
                    : simple("blockquote");
            case "tg-spoiler" -> spoiler();
            case "span" -> "tg-spoiler".equals(attributes.get("class")) ? spoiler() : simple("span");
            case "a" -> link(attributes.get("href"));
            case "tg-emoji" -> simple("span");
            default -> throw new IllegalArgumentException("unsupported tag <" + name + ">");
        };
    }

    private static String[] simple(String tag) {
        return new String[] {tag, "<" + tag + ">"};
    }

    private static String[] spoiler() {
        return new String[] {"span", "<span class=\"tg-spoiler\">"};
    }

    private static String[] link(String href) {
        if (href == null || !SAFE_URL.matcher(href.strip()).find()) {
            return new String[] {"span", "<span class=\"link\">"};
        }
        return new String[] {"a", "<a href=\"" + escape(href.strip()) + "\" target=\"_blank\" rel=\"noopener noreferrer\">"};
    }

    private static Map<String, String> attributes(String inside) {
        Map<String, String> attributes = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(inside);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3)
                    : matcher.group(4) != null ? matcher.group(4) : "";
            attributes.put(matcher.group(1).toLowerCase(Locale.ROOT), decodeEntities(value));
        }
        return attributes;
    }

    private static String decodeEntities(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '&') {
                i = HtmlScanner.decodeEntity(value, i, out);
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int entity(String html, int start, StringBuilder out) {
        StringBuilder decoded = new StringBuilder();
        int next = HtmlScanner.decodeEntity(html, start, decoded);
        out.append(escape(decoded.toString()));
        return next;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
