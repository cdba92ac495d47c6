package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Permission;

import java.util.Objects;

/**
 * A command a feature answers, as it declares it: its name (without the slash), the permission it needs (the
 * {@link Router} checks it), and where it shows in Telegram's command menu and in the help text. Its
 * description is the text {@code command.<name>}.
 *
 * @param menuOrder position in the menus, lowest first
 */
public record Command(String name, Permission permission, int menuOrder, Menu menu) {

    /** Which menus show the command. */
    public enum Menu {
        /** The menu and help of each role that may use it. */
        ROLE,
        /** Also the public menu, shown before someone is staff. */
        ROLE_AND_PUBLIC,
        /** Only the public menu. */
        PUBLIC
    }

    public Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(menu, "menu");
    }

    public static Command of(String name, Permission permission, int menuOrder) {
        return new Command(name, permission, menuOrder, Menu.ROLE);
    }

    boolean inRoleMenu() {
        return menu != Menu.PUBLIC;
    }

    boolean inPublicMenu() {
        return menu != Menu.ROLE;
    }
}
