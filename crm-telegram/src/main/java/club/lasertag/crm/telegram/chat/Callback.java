package club.lasertag.crm.telegram.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Callback data in the compact form {@code prefix:action:arg...} (for example {@code cl:card:123}), within
 * Telegram's 64 bytes. Parsing never throws: malformed or forged data is simply not understood.
 */
public record Callback(String prefix, String action, List<String> args) {

    private static final char SEPARATOR = ':';

    public static String data(String prefix, String action, Object... args) {
        StringBuilder data = new StringBuilder(prefix).append(SEPARATOR).append(action);
        for (Object arg : args) {
            data.append(SEPARATOR).append(arg);
        }
        return data.toString();
    }

    public static Button button(String label, String prefix, String action, Object... args) {
        return new Button(label, data(prefix, action, args));
    }

    public static Optional<Callback> parse(String data) {
        if (data == null || data.isEmpty() || data.length() > Button.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(String.valueOf(SEPARATOR), -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new Callback(parts[0], parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length))));
    }

    /** The argument at {@code index} as a positive long, if it is one. */
    public Optional<Long> id(int index) {
        return arg(index).filter(arg -> arg.matches("\\d{1,18}")).map(Long::parseLong).filter(id -> id > 0);
    }

    public Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }
}
