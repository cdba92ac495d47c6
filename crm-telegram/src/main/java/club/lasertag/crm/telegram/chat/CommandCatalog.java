package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every command the bot answers, as the features declare them, in menu order: the source of the help text and
 * of Telegram's command menus (per role, and the public one).
 */
public final class CommandCatalog {

    private final List<Command> commands;

    CommandCatalog(List<Command> commands) {
        this.commands = commands.stream().sorted(Comparator.comparingInt(Command::menuOrder)).toList();
    }

    /** The commands {@code role} may use, for its menu and help. */
    public List<Command> menuOf(Role role) {
        return commands.stream().filter(Command::inRoleMenu).filter(command -> role.can(command.permission())).toList();
    }

    /** The menu of everyone who is not (yet) staff. */
    public List<Command> publicMenu() {
        return commands.stream().filter(Command::inPublicMenu).toList();
    }

    Optional<Command> named(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
