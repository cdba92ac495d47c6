package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each update to the feature it belongs to: a command to the feature that declares it, a button press by
 * its callback prefix, text to the feature whose dialog the chat is in. The one place that checks permissions:
 * each command, button and dialog flow declares the permission it needs, and a role without it gets the
 * feature's polite refusal instead. Turns every expected failure (invalid input, something not found, a refused
 * permission) into an answer; an unexpected one goes to the caller, {@link UpdateHandler}, which rolls back what the
 * update did and answers with an apology: nothing a user does can stop the bot.
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    /** Text typed outside any dialog is a client search, as if typed after this command. */
    static final String SEARCH_COMMAND = "client";
    /** Leaves any dialog; the router's own command. */
    static final Command CANCEL = Command.of("cancel", Permission.VIEW_SCHEDULE, 70);

    /** Whether the update was served, or refused because its sender may not do what it asks. */
    public enum Routed {
        SERVED, REFUSED
    }

    private final Map<String, Feature<?>> byCommand = new HashMap<>();
    private final Map<String, Feature<?>> byPrefix = new HashMap<>();
    private final Map<String, Flow> flows = new HashMap<>();
    private final Map<String, Feature<?>> byFlow = new HashMap<>();
    private final CommandCatalog commands;
    private final ManageStaff staff;
    private final DialogStates dialogs;
    private final Clock clock;
    private final CommandMenu menu;

    public Router(List<? extends Feature<?>> features, ManageStaff staff, DialogStates dialogs, Clock clock,
            CommandMenu menu) {
        List<Command> declared = new ArrayList<>(List.of(CANCEL));
        for (Feature<?> feature : features) {
            for (Command command : feature.commands()) {
                if (command.name().equals(CANCEL.name())) {
                    throw new IllegalArgumentException("/" + CANCEL.name() + " is the router's own command");
                }
                register(byCommand, command.name(), feature);
                declared.add(command);
            }
            feature.callbacks().ifPresent(codec -> register(byPrefix, codec.prefix(), feature));
            for (Flow flow : feature.flows()) {
                register(byFlow, flow.code(), feature);
                flows.put(flow.code(), flow);
            }
        }
        this.commands = new CommandCatalog(declared);
        this.staff = staff;
        this.dialogs = dialogs;
        this.clock = clock;
        this.menu = menu;
    }

    /** Every command, as declared: for menus and help. */
    public CommandCatalog commands() {
        return commands;
    }

    /**
     * Handles one update (once: {@link UpdateHandler} records it, in the same unit of work) and answers a pressed
     * button in any case.
     *
     * @return whether it was served or refused for want of a permission (or of any role)
     * @throws RuntimeException for an unexpected failure, after which the update's work is to be rolled back (a
     *                          {@link DatabaseUnavailable} one is handled again later, see {@link UpdateHandler})
     */
    public Routed handle(Incoming incoming, Replies replies) {
        Texts texts = Texts.forLocale(incoming.from().locale());
        try {
            return route(incoming, replies, texts);
        } catch (InvalidInput e) {
            replies.send(Screen.of(texts.invalid(e)));
            return Routed.SERVED;
        } catch (NotFound e) {
            replies.send(Screen.of(texts.get("notFound." + e.kind())));
            return Routed.SERVED;
        } catch (NotPermitted e) {
            // Buttons and commands match the role, so this is a stale or forged button or a member demoted since.
            // DEBUG: the update's one INFO line says "refused".
            log.debug("update {}: {}", incoming.updateId(), e.getMessage());
            replies.send(Screen.of(texts.get("access.notPermitted")));
            return Routed.REFUSED;
        } finally {
            if (incoming.content() instanceof Incoming.Press || incoming.content() instanceof Incoming.Unsupported) {
                replies.notice(null);
            }
        }
    }

    private Routed route(Incoming incoming, Replies replies, Texts texts) {
        if (incoming.content() instanceof Incoming.Unsupported other && Incoming.Unsupported.INLINE_BUTTON.equals(other.kind())) {
            // the presser's private chat is not where it was pressed: answer the press, write nothing
            replies.notice(texts.get("button.inline"));
            return Routed.SERVED;
        }
        if (!incoming.privateChat()) {
            if (incoming.content() instanceof Incoming.Command command && !command.forOtherBot()) {
                replies.send(Screen.of(texts.get("group.privateOnly")));
            }
            return Routed.SERVED;
        }
        Optional<Role> role = staff.roleOf(new StaffId(incoming.from().id()));
        if (role.isEmpty()) {
            menu.withdraw(incoming.chatId());
            replies.send(Screen.of(texts.get("access.denied", String.valueOf(incoming.from().id()))));
            return Routed.REFUSED;
        }
        menu.fit(incoming.chatId(), role.get(), commands.menuOf(role.get()), texts);
        return dispatch(incoming, role.get(), replies);
    }

    /**
     * Hands the update of a staff member with {@code role} to its feature, if the role may do what it asks; the
     * part of {@link #handle} after the once-only and access checks.
     */
    public Routed dispatch(Incoming incoming, Role role, Replies replies) {
        Turn turn = new Turn(incoming, role, Texts.forLocale(incoming.from().locale()), replies, dialogs, clock,
                commands, menu);
        Incoming.Content content = incoming.content();
        if (content instanceof Incoming.Command command) {
            return onCommand(turn, command);
        } else if (content instanceof Incoming.Press press) {
            return onPress(turn, press);
        } else if (content instanceof Incoming.Text text) {
            return onText(turn, text.text());
        }
        replies.send(Screen.of(turn.t("unsupported")));
        return Routed.SERVED;
    }

    private Routed onCommand(Turn turn, Incoming.Command command) {
        if (command.forOtherBot()) {
            return Routed.SERVED;
        }
        if (CANCEL.name().equals(command.name())) {
            boolean wasInDialog = turn.dialog().isPresent();
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t(wasInDialog ? "cancel.done" : "cancel.nothing")));
            return Routed.SERVED;
        }
        Feature<?> feature = byCommand.get(command.name());
        if (feature == null) {
            turn.replies().send(Screen.of(turn.t("command.unknown", Html.escape(Texts.echo(command.name())))));
            return Routed.SERVED;
        }
        if (!mayUse(turn, command.name())) {
            turn.replies().send(Screen.of(turn.t(feature.deniedKey())));
            return Routed.REFUSED;
        }
        turn.endDialog();
        feature.onCommand(turn, command);
        return Routed.SERVED;
    }

    private Routed onPress(Turn turn, Incoming.Press press) {
        Feature<?> feature = Callback.parse(press.data()).map(Callback::prefix).map(byPrefix::get).orElse(null);
        if (feature == null) {
            turn.replies().notice(turn.t("button.stale"));
            return Routed.SERVED;
        }
        return press(turn, feature, press.data());
    }

    private static <A extends Action> Routed press(Turn turn, Feature<A> feature, String data) {
        Optional<A> action = feature.callbacks().flatMap(codec -> codec.decode(data));
        if (action.isEmpty()) {
            turn.replies().notice(turn.t("button.stale"));
        } else if (!turn.role().can(action.get().permission())) {
            turn.replies().notice(turn.t(feature.deniedKey()));
            return Routed.REFUSED;
        } else {
            feature.onButton(turn, action.get());
        }
        return Routed.SERVED;
    }

    private Routed onText(Turn turn, String text) {
        Optional<DialogState> state = turn.dialog();
        Feature<?> owner = state.map(DialogState::flow).map(byFlow::get).orElse(null);
        if (owner != null) {
            if (turn.role().can(flows.get(state.get().flow()).permission())) {
                owner.onText(turn, state.get(), text);
                return Routed.SERVED;
            }
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t(owner.deniedKey())));
            return Routed.REFUSED;
        }
        state.ifPresent(stale -> turn.endDialog());
        Feature<?> search = byCommand.get(SEARCH_COMMAND);
        if (search != null && mayUse(turn, SEARCH_COMMAND)) {
            search.onCommand(turn, new Incoming.Command(SEARCH_COMMAND, text, false));
        } else {
            turn.replies().send(Screen.of(turn.t("text.withoutDialog")));
        }
        return Routed.SERVED;
    }

    private boolean mayUse(Turn turn, String command) {
        return commands.named(command).map(Command::permission).filter(turn.role()::can).isPresent();
    }

    private static <K> void register(Map<K, Feature<?>> index, K key, Feature<?> feature) {
        Feature<?> previous = index.putIfAbsent(key, feature);
        if (previous != null) {
            throw new IllegalArgumentException("'" + key + "' is claimed by " + previous.getClass().getSimpleName()
                    + " and " + feature.getClass().getSimpleName());
        }
    }
}
