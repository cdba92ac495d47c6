package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.ManageStaff.StaffChange;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code /staff}, for admins: who may use the bot, with which role; adding a manager or instructor by Telegram
 * id, changing a role, removing someone. Buttons: {@link StaffAction}, encoded by {@link StaffCallbacks}.
 */
public final class StaffFeature implements Feature<StaffAction> {

    /** The roles an admin hands out here; admins themselves come from the configuration. */
    static final List<Role> ASSIGNABLE = List.of(Role.MANAGER, Role.INSTRUCTOR);

    private final ManageStaff staff;
    private final AddMember adding;

    public StaffFeature(ManageStaff staff) {
        this.staff = staff;
        this.adding = new AddMember(staff, this);
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("staff", Permission.MANAGE_STAFF, 60));
    }

    @Override
    public Optional<CallbackCodec<StaffAction>> callbacks() {
        return Optional.of(StaffCallbacks.CODEC);
    }

    @Override
    public List<StaffFlow> flows() {
        return List.of(StaffFlow.values());
    }

    @Override
    public String deniedKey() {
        return "staff.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        list(turn, "");
    }

    @Override
    public void onText(Turn turn, DialogState state, String text) {
        adding.onText(turn, state, text);
    }

    @Override
    public void onButton(Turn turn, StaffAction action) {
        if (action instanceof StaffAction.ListAll) {
            list(turn, "");
        } else if (action instanceof StaffAction.Member member) {
            withMember(turn, member.id(), found -> member(turn, found, ""));
        } else if (action instanceof StaffAction.ChangeRole change) {
            withMember(turn, change.id(), found -> changeRole(turn, found, change.role()));
        } else if (action instanceof StaffAction.Remove remove) {
            withMember(turn, remove.id(), found -> confirmRemoval(turn, found));
        } else if (action instanceof StaffAction.RemoveConfirmed remove) {
            withMember(turn, remove.id(), found -> remove(turn, found));
        } else if (action instanceof StaffAction.Add) {
            adding.start(turn);
        } else if (action instanceof StaffAction.SkipName) {
            adding.skipName(turn);
        } else if (action instanceof StaffAction.AddWithRole add) {
            adding.chooseRole(turn, add.role());
        } else {
            adding.cancel(turn);
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
            String who = knownName(turn, member).orElse("id " + member.id().value());
            buttons.add(StaffCallbacks.CODEC.button(who + " · " + roleName(turn, member.role()),
                    new StaffAction.Member(member.id().value())));
        }
        turn.replies().show(Screen.builder(String.join("\n", lines))
                .grid(buttons, 1)
                .row(button(turn, "staff.button.add", new StaffAction.Add()))
                .build());
    }

    private void member(Turn turn, StaffMember member, String headline) {
        String text = (headline.isEmpty() ? "" : headline + "\n\n") + turn.t("staff.member",
                Html.escape(nameOf(turn, member)), roleName(turn, member.role()), String.valueOf(member.id().value()));
        List<Button> roles = ASSIGNABLE.stream().filter(role -> role != member.role())
                .map(role -> StaffCallbacks.CODEC.button(turn.t("staff.button.makeRole", roleName(turn, role)),
                        new StaffAction.ChangeRole(member.id().value(), role)))
                .toList();
        turn.replies().show(Screen.builder(text)
                .row(roles)
                .row(button(turn, "staff.button.remove", new StaffAction.Remove(member.id().value())))
                .row(button(turn, "staff.button.back", new StaffAction.ListAll()))
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
                .row(button(turn, "staff.button.removeYes", new StaffAction.RemoveConfirmed(member.id().value())),
                        button(turn, "staff.button.removeNo", new StaffAction.Member(member.id().value())))
                .build());
    }

    private void remove(Turn turn, StaffMember member) {
        if (refused(turn, staff.remove(member.id(), turn.actor()), member.id().value())) {
            return;
        }
        turn.withdrawMenuOf(member.id());
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
                .row(button(turn, "staff.button.back", new StaffAction.ListAll()))
                .build());
        return true;
    }

    private void withMember(Turn turn, long id, Consumer<StaffMember> action) {
        staff.everyone(turn.actor()).stream().filter(member -> member.id().value() == id).findFirst()
                .ifPresentOrElse(action, () -> turn.replies().show(Screen.builder(
                                turn.t("staff.notFound", String.valueOf(id)))
                        .row(button(turn, "staff.button.back", new StaffAction.ListAll()))
                        .build()));
    }

    static String nameOf(Turn turn, StaffMember member) {
        return knownName(turn, member).orElseGet(() -> turn.t("staff.noName"));
    }

    /**
     * The member's name on file, else, when the member is the one looking (a configured admin has no name on
     * file), their name in Telegram.
     */
    private static Optional<String> knownName(Turn turn, StaffMember member) {
        if (!member.displayName().isEmpty()) {
            return Optional.of(member.displayName());
        }
        return Optional.of(Texts.echo(turn.incoming().from().fullName()))
                .filter(name -> member.id().equals(turn.actor()) && !name.isEmpty());
    }

    static String roleName(Turn turn, Role role) {
        return turn.t("role." + role.code());
    }

    static Button button(Turn turn, String labelKey, StaffAction action) {
        return StaffCallbacks.CODEC.button(turn.t(labelKey), action);
    }

    static void stale(Turn turn) {
        turn.replies().notice(turn.t("button.stale"));
    }
}
