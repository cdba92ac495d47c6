package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.ManageStaff.StaffChange;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /staff}, for admins: who may use the bot, with which role; adding a manager or instructor by Telegram
 * id, changing a role, removing someone. Buttons carry {@code st:<action>:<args>}.
 */
public final class StaffFeature implements Feature {

    static final String PREFIX = "st";
    /** The roles an admin hands out here; admins themselves come from the configuration. */
    static final List<Role> ASSIGNABLE = List.of(Role.MANAGER, Role.INSTRUCTOR);

    private final ManageStaff staff;
    private final AddMember adding;

    public StaffFeature(ManageStaff staff) {
        this.staff = staff;
        this.adding = new AddMember(staff, this);
    }

    @Override
    public Set<String> commands() {
        return Set.of("staff");
    }

    @Override
    public Set<String> callbackPrefixes() {
        return Set.of(PREFIX);
    }

    @Override
    public Set<String> flows() {
        return Set.of(AddMember.FLOW);
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        if (!turn.can(Permission.MANAGE_STAFF)) {
            turn.replies().send(Screen.of(turn.t("staff.denied")));
            return;
        }
        list(turn, "");
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        if (!turn.can(Permission.MANAGE_STAFF)) {
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t("staff.denied")));
            return;
        }
        adding.onText(turn, state, text);
    }

    @Override
    public void onButton(Turn turn, Callback callback) {
        if (!turn.can(Permission.MANAGE_STAFF)) {
            turn.replies().notice(turn.t("staff.denied"));
            return;
        }
        switch (callback.action()) {
            case "list" -> list(turn, "");
            case "m" -> withMember(turn, callback, member -> member(turn, member, ""));
            case "role" -> withMember(turn, callback, member -> callback.arg(1).flatMap(StaffFeature::assignable)
                    .ifPresentOrElse(role -> changeRole(turn, member, role), () -> stale(turn)));
            case "del" -> withMember(turn, callback, member -> confirmRemoval(turn, member));
            case "delok" -> withMember(turn, callback, member -> remove(turn, member));
            case "add" -> adding.start(turn);
            case "skip" -> adding.skipName(turn);
            case "addrole" -> callback.arg(0).flatMap(StaffFeature::assignable)
                    .ifPresentOrElse(role -> adding.chooseRole(turn, role), () -> stale(turn));
            case "cancel" -> adding.cancel(turn);
            default -> stale(turn);
        }
    }

    /** Everyone with a role, each a button to their screen, and "add". */
    void list(Turn turn, String headline) {
        List<StaffMember> everyone = staff.everyone(turn.actor());
        List<String> lines = new ArrayList<>();
        if (!headline.isEmpty()) {
            lines.add(headline);
            lines.add("");
        }
        lines.add(turn.t("staff.list.title", everyone.size()));
        List<Button> buttons = new ArrayList<>();
        for (StaffMember member : everyone) {
            lines.add(turn.t("staff.list.line", Html.escape(nameOf(turn, member)), roleName(turn, member.role()),
                    String.valueOf(member.id().value())));
            String who = member.displayName().isEmpty() ? "id " + member.id().value() : member.displayName();
            buttons.add(Callback.button(who + " · " + roleName(turn, member.role()), PREFIX, "m", member.id().value()));
        }
        turn.replies().show(Screen.builder(String.join("\n", lines))
                .grid(buttons, 1)
                .row(button(turn, "staff.button.add", "add"))
                .build());
    }

    private void member(Turn turn, StaffMember member, String headline) {
        String text = (headline.isEmpty() ? "" : headline + "\n\n") + turn.t("staff.member",
                Html.escape(nameOf(turn, member)), roleName(turn, member.role()), String.valueOf(member.id().value()));
        List<Button> roles = ASSIGNABLE.stream().filter(role -> role != member.role())
                .map(role -> Callback.button(turn.t("staff.button.makeRole", roleName(turn, role)), PREFIX, "role",
                        member.id().value(), role.code()))
                .toList();
        turn.replies().show(Screen.builder(text)
                .row(roles)
                .row(button(turn, "staff.button.remove", "del", member.id().value()))
                .row(button(turn, "staff.button.back", "list"))
                .build());
    }

    private void changeRole(Turn turn, StaffMember member, Role role) {
        StaffMember changed = new StaffMember(member.id(), member.displayName(), role);
        if (refused(turn, staff.save(changed, turn.actor()), member.id().value())) {
            return;
        }
        member(turn, changed, turn.t("staff.roleChanged", Html.escape(nameOf(turn, changed)), roleName(turn, role)));
    }

    private void confirmRemoval(Turn turn, StaffMember member) {
        turn.replies().show(Screen.builder(turn.t("staff.remove.confirm", Html.escape(nameOf(turn, member)),
                        String.valueOf(member.id().value())))
                .row(button(turn, "staff.button.removeYes", "delok", member.id().value()),
                        button(turn, "staff.button.removeNo", "m", member.id().value()))
                .build());
    }

    private void remove(Turn turn, StaffMember member) {
        if (refused(turn, staff.remove(member.id(), turn.actor()), member.id().value())) {
            return;
        }
        list(turn, turn.t("staff.removed", Html.escape(nameOf(turn, member)), String.valueOf(member.id().value())));
    }

    /**
     * Explains a refused change; true if it was refused. Only assignable roles are offered, so a role refused as
     * not assignable comes from a stale button.
     */
    boolean refused(Turn turn, StaffChange change, long telegramUserId) {
        if (change == StaffChange.ROLE_NOT_ASSIGNABLE) {
            stale(turn);
            return true;
        }
        if (change != StaffChange.CONFIGURED_ADMIN) {
            return false;
        }
        turn.replies().show(Screen.builder(turn.t("staff.configuredAdmin", String.valueOf(telegramUserId)))
                .row(button(turn, "staff.button.back", "list"))
                .build());
        return true;
    }

    private void withMember(Turn turn, Callback callback, Consumer<StaffMember> action) {
        Optional<Long> id = callback.id(0);
        if (id.isEmpty()) {
            stale(turn);
            return;
        }
        staff.everyone(turn.actor()).stream().filter(member -> member.id().value() == id.get()).findFirst()
                .ifPresentOrElse(action, () -> turn.replies().show(Screen.builder(
                                turn.t("staff.notFound", String.valueOf(id.get())))
                        .row(button(turn, "staff.button.back", "list"))
                        .build()));
    }

    static String nameOf(Turn turn, StaffMember member) {
        return member.displayName().isEmpty() ? turn.t("staff.noName") : member.displayName();
    }

    static String roleName(Turn turn, Role role) {
        return turn.t("role." + role.code());
    }

    static Button button(Turn turn, String labelKey, String action, Object... args) {
        return Callback.button(turn.t(labelKey), PREFIX, action, args);
    }

    private static Optional<Role> assignable(String code) {
        return ASSIGNABLE.stream().filter(role -> role.code().equals(code)).findFirst();
    }

    static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }
}
