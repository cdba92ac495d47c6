package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.CommandMenu;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandsScopeChat;
import com.pengrad.telegrambot.request.DeleteMyCommands;
import com.pengrad.telegrambot.request.SetMyCommands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sets a staff member's command menu (scope: their private chat) to their role's commands, once per role and
 * language change: after a restart, on their first update. A person without a role (removed from the staff)
 * gets the chat's menu deleted, so only the public one ({@code /start}, {@code /help}) is left.
 */
public final class RoleMenus implements CommandMenu {

    private final TelegramGateway telegram;
    private static final String WITHDRAWN = "-";

    private final Map<Long, String> shown = new ConcurrentHashMap<>();

    public RoleMenus(TelegramGateway telegram) {
        this.telegram = telegram;
    }

    @Override
    public void fit(long chatId, Role role, List<Command> commands, Texts texts) {
        String menu = role.code() + "/" + texts.locale().getLanguage();
        if (menu.equals(shown.get(chatId))) {
            return;
        }
        BotCommand[] menuCommands = CrmBot.botCommands(commands, texts);
        if (telegram.execute(new SetMyCommands(menuCommands).scope(new BotCommandsScopeChat(chatId))).succeeded()) {
            shown.put(chatId, menu);
        }
    }

    @Override
    public void withdraw(long chatId) {
        if (WITHDRAWN.equals(shown.get(chatId))) {
            return;
        }
        if (telegram.execute(new DeleteMyCommands().scope(new BotCommandsScopeChat(chatId))).succeeded()) {
            shown.put(chatId, WITHDRAWN);
        }
    }
}
