package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.money.Money;

import java.util.Locale;

/**
 * Money as people read it, in the club currency (roubles): Russian {@code 12 500 ₽} and {@code 12 500,50 ₽} (no-break
 * spaces between groups and before the sign), English {@code ₽12,500} and {@code ₽12,500.50}. Kopecks are shown
 * only when there are some.
 */
public final class MoneyFormat {

    private static final char NBSP = '\u00A0';
    private static final String SIGN = "₽";

    private MoneyFormat() {
    }

    public static String format(Money amount, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        long major = amount.minorUnits() / 100;
        long minor = amount.minorUnits() % 100;
        String grouped = group(major, english ? ',' : NBSP);
        String fraction = minor == 0 ? "" : (english ? "." : ",") + String.format(Locale.ROOT, "%02d", minor);
        return english ? SIGN + grouped + fraction : grouped + fraction + NBSP + SIGN;
    }

    private static String group(long value, char separator) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
