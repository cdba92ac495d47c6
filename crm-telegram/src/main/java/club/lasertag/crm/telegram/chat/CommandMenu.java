package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

/** Telegram's command menu, per chat: each person sees the commands their role may use. */
public interface CommandMenu {

    /** Makes the chat's menu the one of {@code role}, if it is not already. */
    void fit(long chatId, Role role, Texts texts);

    /** For bots and tests that leave the menu alone. */
    CommandMenu NONE = (chatId, role, texts) -> { };
}
