package club.lasertag.crm.telegram;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.telegram.chat.CommandMenu;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.gateway.TelegramGateway;
import club.lasertag.crm.telegram.help.HelpFeature;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandsScopeChat;
import com.pengrad.telegrambot.request.SetMyCommands;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sets a staff member's command menu (scope: their private chat) to their role's commands, once per role and
 * language change: after a restart, on their first update.
 */
public final class RoleMenus implements CommandMenu {

    private final TelegramGateway telegram;
    private final Map<Long, String> shown = new ConcurrentHashMap<>();

    public RoleMenus(TelegramGateway telegram) {
        this.telegram = telegram;
    }

    @Override
    public void fit(long chatId, Role role, Texts texts) {
        String menu = role.code() + "/" + texts.locale().getLanguage();
        if (menu.equals(shown.get(chatId))) {
            return;
        }
        BotCommand[] commands = HelpFeature.menu(texts, role).stream()
                .map(item -> new BotCommand(item[0], item[1]))
                .toArray(BotCommand[]::new);
        if (telegram.execute(new SetMyCommands(commands).scope(new BotCommandsScopeChat(chatId))).succeeded()) {
            shown.put(chatId, menu);
        }
    }

}
