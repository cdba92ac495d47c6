package club.lasertag.crm.telegram.chat;

import java.util.Locale;

/** Who sent an update, as the bot needs it. */
public record Sender(long id, String firstName, String username, Locale locale) {
}
