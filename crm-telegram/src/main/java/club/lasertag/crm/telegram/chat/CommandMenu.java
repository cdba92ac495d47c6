package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

import java.util.List;

/** Telegram's command menu, per chat: each person sees the commands their role may use. */
public interface CommandMenu {

    /** Makes the chat's menu {@code commands}, the menu of {@code role}, if it is not already. */
    void fit(long chatId, Role role, List<Command> commands, Texts texts);

    /** Takes the chat's role menu away (the public one stays): its person no longer has a role. */
    void withdraw(long chatId);

    /** For bots and tests that leave the menu alone. */
    CommandMenu NONE = new CommandMenu() {
        @Override
        public void fit(long chatId, Role role, List<Command> commands, Texts texts) {
        }

        @Override
        public void withdraw(long chatId) {
        }
    };
}
