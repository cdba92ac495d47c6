package club.lasertag.crm.telegram.chat;

import java.util.Locale;

/** Who sent an update, as the bot needs it; names as Telegram gives them ("" when not set). */
public record Sender(long id, String firstName, String lastName, String username, Locale locale) {

    /** Someone whose last name is not known. */
    public Sender(long id, String firstName, String username, Locale locale) {
        this(id, firstName, "", username, locale);
    }

    /** First and last name, as Telegram shows the person; "" when neither is set. */
    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
