package club.lasertag.crm.domain.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form, such as {@code +79991234567}. Made by {@link PhoneNumbers} from what people type.
 */
public record Phone(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public Phone {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number: " + e164);
        }
    }

    /** The digits without the plus, for fragment search. */
    public String digits() {
        return e164.substring(1);
    }

    @Override
    public String toString() {
        return e164;
    }
}
