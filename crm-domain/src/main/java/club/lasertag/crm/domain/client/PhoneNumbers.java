package club.lasertag.crm.domain.client;

import club.lasertag.crm.domain.common.InvalidInput;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads phone numbers the way people type them ({@code 8 999 123-45-67}, {@code +7 (999) 123 45 67},
 * {@code 9991234567}) into {@link Phone}s, using libphonenumber with a default region for numbers
 * without a country code.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** What a phone looks like when typed: digits, spaces, brackets, dashes, dots, a leading plus. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s()\\-.]+");

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region of numbers typed without a country code, such as "RU" */
    public PhoneNumbers(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("unknown phone region: " + defaultRegion);
        }
        this.defaultRegion = defaultRegion;
    }

    public static PhoneNumbers russian() {
        return new PhoneNumbers("RU");
    }

    /** The phone in {@code raw}, or an {@link InvalidInput} naming {@code field} if it is not a valid number. */
    public Phone parse(String field, String raw) {
        return tryParse(raw).orElseThrow(() -> new InvalidInput(field, InvalidInput.Problem.NOT_A_PHONE, raw == null ? "" : raw.strip()));
    }

    /** The phone in {@code raw} if it is a valid number. */
    public Optional<Phone> tryParse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(withTrunkPrefixFixed(raw.strip()), defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new Phone(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A stored phone as people read it, in the international format of its own country (libphonenumber's
     * INTERNATIONAL): {@code +7 999 123-45-67}, {@code +1 415-555-2671}, {@code +44 20 7946 0958}. A number
     * libphonenumber cannot read (not expected of a {@link Phone}) is shown as stored.
     */
    public static String readable(Phone phone) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(phone.e164(), "ZZ");
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return phone.e164();
        }
    }

    /**
     * Whether typed text is meant as a phone or a piece of one (digits, spaces, brackets, dashes, dots, a leading
     * plus), as opposed to a name: the one test every search and form uses.
     */
    public static boolean looksLikePhone(String typed) {
        return typed != null && PHONE_LIKE.matcher(typed.strip()).matches();
    }

    /** The digits of a phone fragment as typed ({@code 123-45}); empty if there are none. */
    public static String digitsOf(String raw) {
        return raw == null ? "" : raw.replaceAll("\\D", "");
    }

    /**
     * The digits to look for in stored E.164 numbers when someone types the start of a number: in Russia and
     * Kazakhstan a mobile number is typed "8 9..." but stored "+7 9...", so a leading "89" becomes "79".
     */
    public String searchDigits(String raw) {
        String digits = digitsOf(raw);
        boolean trunkPrefixed = UTIL.getCountryCodeForRegion(defaultRegion) == 7 && digits.startsWith("89");
        return trunkPrefixed ? "7" + digits.substring(1) : digits;
    }

    /** Russians often write "+8 999..." meaning the trunk prefix 8; libphonenumber would read it as country 8. */
    private static String withTrunkPrefixFixed(String raw) {
        String digits = digitsOf(raw);
        return raw.startsWith("+8") && digits.length() == 11 ? raw.substring(1) : raw;
    }
}
