package club.lasertag.crm.botapi;

/**
 * The two steps of reading Telegram HTML that must agree between the emulator's validation and
 * anything that re-renders the text it accepted (the sandbox page).
 */
public final class HtmlScanner {

    private HtmlScanner() {
    }

    /** The index of the tag's closing '>' from {@code from}, skipping quoted attribute values; -1 if none. */
    public static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                return -1;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Appends the entity at {@code start} (the '&') decoded to {@code decoded} and returns the index
     * after it. Like Telegram, an unknown or unterminated entity is a literal '&'.
     */
    public static int decodeEntity(String text, int start, StringBuilder decoded) {
        int semicolon = text.indexOf(';', start);
        if (semicolon < 0 || semicolon - start > 10) {
            decoded.append('&');
            return start + 1;
        }
        String value = decode(text.substring(start + 1, semicolon));
        if (value == null) {
            decoded.append('&');
            return start + 1;
        }
        decoded.append(value);
        return semicolon + 1;
    }

    private static String decode(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
