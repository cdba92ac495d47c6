package club.lasertag.crm.telegram.help;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /start} and {@code /help}: what the bot does and the commands this user's role may use. */
public final class HelpFeature implements Feature {

    /** A command of the bot's menu and the permission it needs. */
    public record MenuCommand(String name, Permission permission) {
    }

    /** The bot's commands, in menu order. */
    public static final List<MenuCommand> MENU = List.of(
            new MenuCommand("client", Permission.MANAGE_CLIENTS),
            new MenuCommand("order", Permission.MANAGE_ORDERS),
            new MenuCommand("calendar", Permission.VIEW_SCHEDULE),
            new MenuCommand("today", Permission.VIEW_SCHEDULE),
            new MenuCommand("tomorrow", Permission.VIEW_SCHEDULE),
            new MenuCommand("staff", Permission.MANAGE_STAFF),
            new MenuCommand("cancel", Permission.VIEW_SCHEDULE),
            new MenuCommand("help", Permission.VIEW_SCHEDULE));

    @Override
    public Set<String> commands() {
        return Set.of("start", "help");
    }

    @Override
    public Set<String> callbackPrefixes() {
        return Set.of();
    }

    @Override
    public Set<String> flows() {
        return Set.of();
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("help.intro", Html.escape(turn.incoming().from().firstName()), turn.t("role." + turn.role().code())));
        for (MenuCommand item : MENU) {
            if (turn.can(item.permission())) {
                lines.add("/" + item.name() + " — " + turn.t("command." + item.name()));
            }
        }
        lines.add("");
        lines.add(turn.t("help.search"));
        turn.replies().send(Screen.of(String.join("\n", lines)));
    }

    @Override
    public void onButton(Turn turn, Callback callback) {
        turn.replies().notice(turn.t("button.stale"));
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        turn.endDialog();
    }

    /** The commands {@code role} may use, as name and description for setMyCommands. */
    public static List<String[]> menu(Texts texts, Role role) {
        return MENU.stream()
                .filter(item -> role.can(item.permission()))
                .map(item -> describe(texts, item.name()))
                .toList();
    }

    /** The menu of everyone who is not (yet) staff: what the bot is, and how to get access. */
    public static List<String[]> publicMenu(Texts texts) {
        return List.of(describe(texts, "start"), describe(texts, "help"));
    }

    private static String[] describe(Texts texts, String command) {
        return new String[] {command, texts.get("command." + command)};
    }
}
