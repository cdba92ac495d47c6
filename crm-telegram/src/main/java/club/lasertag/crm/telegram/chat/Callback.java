package club.lasertag.crm.telegram.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Callback data split into its parts, {@code prefix:action:arg...} (for example {@code cl:card:123}), for
 * {@link CallbackCodec}s to read. Reading never throws: malformed or forged data is simply not understood.
 */
public record Callback(String prefix, String action, List<String> args) {

    static final char SEPARATOR = ':';
    private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmm");

    /** {@code parts} joined by the separator. */
    public static String data(Object... parts) {
        StringBuilder data = new StringBuilder();
        for (Object part : parts) {
            if (!data.isEmpty()) {
                data.append(SEPARATOR);
            }
            data.append(part);
        }
        return data.toString();
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

    public Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }

    /** The argument at {@code index} as a positive long, if it is one. */
    public Optional<Long> id(int index) {
        return arg(index).filter(arg -> arg.matches("\\d{1,18}")).map(Long::parseLong).filter(id -> id > 0);
    }

    /** The argument at {@code index} as a number of at most {@code digits} digits. */
    public Optional<Integer> number(int index, int digits) {
        return arg(index).filter(arg -> arg.matches("\\d{1," + digits + "}")).map(Integer::valueOf);
    }

    /** The arguments from {@code index} on, joined again: free text that may contain the separator itself. */
    public Optional<String> rest(int index) {
        return index < args.size()
                ? Optional.of(String.join(String.valueOf(SEPARATOR), args.subList(index, args.size())))
                : Optional.empty();
    }

    public Optional<LocalDate> date(int index) {
        return arg(index).flatMap(text -> parsed(() -> LocalDate.parse(text)));
    }

    public Optional<YearMonth> month(int index) {
        return arg(index).flatMap(text -> parsed(() -> YearMonth.parse(text)));
    }

    /** A time written {@code HHmm}, as {@link #compact(LocalTime)} writes it. */
    public Optional<LocalTime> time(int index) {
        return arg(index).flatMap(text -> parsed(() -> LocalTime.parse(text, COMPACT_TIME)));
    }

    public static String compact(LocalTime time) {
        return COMPACT_TIME.format(time);
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> Optional<T> parsed(Parser<T> parser) {
        try {
            return Optional.of(parser.parse());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
