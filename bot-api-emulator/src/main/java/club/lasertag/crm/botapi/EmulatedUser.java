package club.lasertag.crm.botapi;

import java.util.Objects;

/**
 * A Telegram user on the emulator's side of the chat. The chat type follows Telegram's ids: a
 * positive chat id is the user's private chat (normally equal to the user id), a negative one is
 * a group.
 */
public record EmulatedUser(long id, String firstName, String lastName, String username, String languageCode) {

    public EmulatedUser {
        if (id <= 0) {
            throw new IllegalArgumentException("user id must be positive: " + id);
        }
        Objects.requireNonNull(firstName, "firstName");
    }

    /** A Russian-speaking user without last name or username, the typical club manager. */
    public static EmulatedUser of(long id, String firstName) {
        return new EmulatedUser(id, firstName, null, null, "ru");
    }

    public EmulatedUser withLanguage(String languageCode) {
        return new EmulatedUser(id, firstName, lastName, username, languageCode);
    }

    public EmulatedUser withUsername(String username) {
        return new EmulatedUser(id, firstName, lastName, username, languageCode);
    }
}
