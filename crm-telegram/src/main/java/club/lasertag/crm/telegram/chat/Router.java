package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends each update to the feature it belongs to: a command to the feature that has it, a button press by its
 * callback prefix, text to the feature whose dialog the chat is in. Checks access first, handles each update
 * once, and turns every failure into an answer: nothing a user does can stop the bot.
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    /** Text typed outside any dialog is a client search, as if typed after this command. */
    static final String SEARCH_COMMAND = "client";
    static final String CANCEL_COMMAND = "cancel";

    private final Map<String, Feature> byCommand = new HashMap<>();
    private final Map<String, Feature> byPrefix = new HashMap<>();
    private final Map<String, Feature> byFlow = new HashMap<>();
    private final ManageStaff staff;
    private final ProcessedUpdates processed;
    private final DialogStates dialogs;
    private final Clock clock;
    private final CommandMenu menu;

    public Router(List<Feature> features, ManageStaff staff, ProcessedUpdates processed, DialogStates dialogs, Clock clock,
                  CommandMenu menu) {
        for (Feature feature : features) {
            feature.commands().forEach(command -> register(byCommand, command, feature));
            feature.callbackPrefixes().forEach(prefix -> register(byPrefix, prefix, feature));
            feature.flows().forEach(flow -> register(byFlow, flow, feature));
        }
        this.staff = staff;
        this.processed = processed;
        this.dialogs = dialogs;
        this.clock = clock;
        this.menu = menu;
    }

    /** Handles one update; never throws. */
    public void handle(Incoming incoming, Replies replies) {
        Texts texts = Texts.forLocale(incoming.from().locale());
        try {
            if (processed.markProcessed(incoming.updateId())) {
                route(incoming, replies, texts);
            } else {
                log.info("update {} was handled before; skipped", incoming.updateId());
            }
        } catch (InvalidInput e) {
            replies.send(Screen.of(texts.invalid(e)));
        } catch (NotFound e) {
            replies.send(Screen.of(texts.get("notFound." + e.kind())));
        } catch (NotPermitted e) {
            // Buttons and commands match the role, so this is a stale or forged button or a member demoted since.
            log.info("update {}: {}", incoming.updateId(), e.getMessage());
            replies.send(Screen.of(texts.get("access.notPermitted")));
        } catch (RuntimeException e) {
            log.error("update {} failed", incoming.updateId(), e);
            safely(() -> replies.send(Screen.of(texts.get("error.internal"))));
        } finally {
            if (incoming.content() instanceof Incoming.Press || incoming.content() instanceof Incoming.Unsupported) {
                safely(() -> replies.notice(null));
            }
        }
    }

    private void route(Incoming incoming, Replies replies, Texts texts) {
        if (incoming.content() instanceof Incoming.Unsupported other && Incoming.Unsupported.INLINE_BUTTON.equals(other.kind())) {
            // the presser's private chat is not where it was pressed: answer the press, write nothing
            replies.notice(texts.get("button.inline"));
            return;
        }
        if (!incoming.privateChat()) {
            if (incoming.content() instanceof Incoming.Command command && !command.forOtherBot()) {
                replies.send(Screen.of(texts.get("group.privateOnly")));
            }
            return;
        }
        Optional<Role> role = staff.roleOf(new StaffId(incoming.from().id()));
        if (role.isEmpty()) {
            replies.send(Screen.of(texts.get("access.denied", String.valueOf(incoming.from().id()))));
            return;
        }
        menu.fit(incoming.chatId(), role.get(), texts);
        Turn turn = new Turn(incoming, role.get(), texts, replies, dialogs, clock);
        Incoming.Content content = incoming.content();
        if (content instanceof Incoming.Command command) {
            onCommand(turn, command);
        } else if (content instanceof Incoming.Press press) {
            onPress(turn, press);
        } else if (content instanceof Incoming.Text text) {
            onText(turn, text.text());
        } else {
            replies.send(Screen.of(texts.get("unsupported")));
        }
    }

    private void onCommand(Turn turn, Incoming.Command command) {
        if (command.forOtherBot()) {
            return;
        }
        if (CANCEL_COMMAND.equals(command.name())) {
            boolean wasInDialog = turn.dialog().isPresent();
            turn.endDialog();
            turn.replies().send(Screen.of(turn.t(wasInDialog ? "cancel.done" : "cancel.nothing")));
            return;
        }
        Feature feature = byCommand.get(command.name());
        if (feature == null) {
            turn.replies().send(Screen.of(turn.t("command.unknown", Html.escape(command.name()))));
            return;
        }
        turn.endDialog();
        feature.onCommand(turn, command);
    }

    private void onPress(Turn turn, Incoming.Press press) {
        Optional<Callback> callback = Callback.parse(press.data());
        Feature feature = callback.map(Callback::prefix).map(byPrefix::get).orElse(null);
        if (feature == null) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        feature.onButton(turn, callback.get());
    }

    private void onText(Turn turn, String text) {
        Optional<DialogState> state = turn.dialog();
        Feature owner = state.map(DialogState::flow).map(byFlow::get).orElse(null);
        if (owner != null) {
            owner.onText(turn, state.get(), text);
            return;
        }
        state.ifPresent(stale -> turn.endDialog());
        Feature search = byCommand.get(SEARCH_COMMAND);
        if (search != null && turn.can(Permission.MANAGE_CLIENTS)) {
            search.onCommand(turn, new Incoming.Command(SEARCH_COMMAND, text, false));
        } else {
            turn.replies().send(Screen.of(turn.t("text.withoutDialog")));
        }
    }

    private static void register(Map<String, Feature> index, String key, Feature feature) {
        Feature previous = index.putIfAbsent(key, feature);
        if (previous != null) {
            throw new IllegalArgumentException("'" + key + "' is claimed by " + previous.getClass().getSimpleName()
                    + " and " + feature.getClass().getSimpleName());
        }
    }

    private static void safely(Runnable reply) {
        try {
            reply.run();
        } catch (RuntimeException e) {
            log.error("could not answer", e);
        }
    }
}
