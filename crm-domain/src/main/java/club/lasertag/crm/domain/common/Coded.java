package club.lasertag.crm.domain.common;

import java.util.Arrays;
import java.util.Locale;

/** An enumeration stored and typed as a short lower-case code, such as {@code arena}. */
public interface Coded {

    String code();

    /** The constant with this code (any case), or an {@link InvalidInput} listing the known codes. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, InvalidInput.Problem.UNKNOWN_VALUE, wanted,
                        Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
    }

    /** The code of an enum constant: its name in lower case. */
    static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
