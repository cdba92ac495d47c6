package club.lasertag.crm.telegram.help;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /start} and {@code /help}: what the bot does and the commands this user's role may use, as the
 * features declare them.
 */
public final class HelpFeature implements Feature<Action> {

    @Override
    public List<Command> commands() {
        return List.of(new Command("start", Permission.VIEW_SCHEDULE, 0, Command.Menu.PUBLIC),
                new Command("help", Permission.VIEW_SCHEDULE, 80, Command.Menu.ROLE_AND_PUBLIC));
    }

    @Override
    public String deniedKey() {
        return "help.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("help.intro", Html.escape(Texts.echo(turn.incoming().from().firstName())), turn.t("role." + turn.role().code())));
        for (Command item : turn.menu()) {
            lines.add("/" + item.name() + " — " + turn.t("command." + item.name()));
        }
        if (turn.typedTextSearchesClients()) {
            lines.add("");
            lines.add(turn.t("help.search"));
        }
        turn.replies().send(Screen.of(String.join("\n", lines)));
    }
}
