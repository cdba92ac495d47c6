package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.EmulatedUser;
import java.util.List;
import java.util.Objects;

/**
 * Someone the sandbox page lets you write as. Each person has a private chat with the bot whose id
 * is the person's Telegram user id.
 *
 * @param id Telegram user id (positive), also the private chat's id
 * @param name shown on the person switcher and sent to the bot as the user's first name
 * @param languageCode the user's Telegram {@code language_code}, e.g. {@code "ru"}
 * @param description one line under the chat header: who this is and what they may do
 */
public record SandboxPerson(long id, String name, String languageCode, String description) {

    public SandboxPerson {
        if (id <= 0) {
            throw new IllegalArgumentException("a person's Telegram id must be positive: " + id);
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        languageCode = languageCode == null || languageCode.isBlank() ? "ru" : languageCode;
        description = description == null ? "" : description;
    }

    /** The usual cast: the club's admin (1), a manager (2) and a stranger the bot does not know (4). */
    public static List<SandboxPerson> defaults() {
        return List.of(
                new SandboxPerson(1, "Администратор", "ru", "Владелец клуба: всё, что умеет менеджер, и управление доступом."),
                new SandboxPerson(2, "Менеджер", "ru", "Менеджер клуба: клиенты, заказы, календарь."),
                new SandboxPerson(4, "Незнакомец", "ru", "Посторонний человек: бот не должен пускать его в CRM."));
    }

    /** This person as the emulator's Telegram user. */
    public EmulatedUser asUser() {
        return EmulatedUser.of(id, name).withLanguage(languageCode);
    }
}
