package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

import java.util.List;

/** Telegram's command menu, per chat: each person sees the commands their role may use. */
public interface CommandMenu {

    /** Makes the chat's menu {@code commands}, the menu of {@code role}, if it is not already. */
    void fit(long chatId, Role role, List<Command> commands, Texts texts);

    /** For bots and tests that leave the menu alone. */
    CommandMenu NONE = (chatId, role, commands, texts) -> { };
}
