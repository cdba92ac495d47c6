package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.client.PhoneNumbers;

/** Phones as people read them. */
public final class PhoneFormat {

    private PhoneFormat() {
    }

    /**
     * A phone in its country's international format: {@code +7 999 123-45-67}, {@code +1 415-555-2671}; the
     * domain's {@link PhoneNumbers#readable} (libphonenumber).
     */
    public static String readable(Phone phone) {
        return PhoneNumbers.readable(phone);
    }
}
