package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.client.Phone;

/** Phones as people read them. */
public final class PhoneFormat {

    private PhoneFormat() {
    }

    /** {@code +79991234567} as {@code +7 999 123-45-67}; other countries' numbers as stored. */
    public static String readable(Phone phone) {
        String digits = phone.digits();
        if (digits.length() != 11 || digits.charAt(0) != '7') {
            return phone.e164();
        }
        return "+7 " + digits.substring(1, 4) + " " + digits.substring(4, 7) + "-" + digits.substring(7, 9) + "-"
                + digits.substring(9);
    }
}
