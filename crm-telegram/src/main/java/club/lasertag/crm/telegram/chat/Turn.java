package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One update being handled: who sent it, with which role, in which language, and how to answer. Its replies show
 * the role only the buttons it may press, by each button's declared permission.
 */
public final class Turn {

    private final Incoming incoming;
    private final Role role;
    private final Texts texts;
    private final Replies replies;
    private final DialogStates dialogs;
    private final Clock clock;
    private final CommandCatalog commands;
    private final CommandMenu menus;

    Turn(Incoming incoming, Role role, Texts texts, Replies replies, DialogStates dialogs, Clock clock,
            CommandCatalog commands, CommandMenu menus) {
        this.incoming = incoming;
        this.role = role;
        this.texts = texts;
        this.replies = new RoleReplies(replies, role);
        this.dialogs = dialogs;
        this.clock = clock;
        this.commands = commands;
        this.menus = menus;
    }

    public Incoming incoming() {
        return incoming;
    }

    public long chatId() {
        return incoming.chatId();
    }

    /** The staff member acting: the sender, by their Telegram user id. */
    public StaffId actor() {
        return new StaffId(incoming.from().id());
    }

    public Role role() {
        return role;
    }

    /** The commands this role may use, in menu order. */
    public List<Command> menu() {
        return commands.menuOf(role);
    }

    /** Whether text typed outside a dialog searches clients for this role (it does for whoever may use /client). */
    public boolean typedTextSearchesClients() {
        return menu().stream().anyMatch(command -> command.name().equals(Router.SEARCH_COMMAND));
    }

    /** Takes away the command menu of someone who no longer has a role (in their private chat with the bot). */
    public void withdrawMenuOf(StaffId member) {
        menus.withdraw(member.value());
    }

    public Texts texts() {
        return texts;
    }

    /** Shorthand for {@code texts().get(key, args)}. */
    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    public Replies replies() {
        return replies;
    }

    public Clock clock() {
        return clock;
    }

    /** The dialog this chat is in, if any. */
    public Optional<DialogState> dialog() {
        return dialogs.of(chatId());
    }

    /** The chat's dialog if it is {@code flow}. */
    public Optional<DialogState> dialogIn(Flow flow) {
        return dialog().filter(flow::isIn);
    }

    /** The chat's dialog if it is {@code flow} at {@code step}: a button made for that step is not stale. */
    public Optional<DialogState> dialogAt(Flow flow, FlowStep step) {
        return dialogIn(flow).filter(step::isIn);
    }

    /** Moves the chat's dialog to {@code step} of {@code flow} with these answers. */
    public void ask(Flow flow, FlowStep step, Map<String, String> answers) {
        dialogs.save(new DialogState(chatId(), flow.code(), step.code(), answers, clock.instant()));
    }

    public void endDialog() {
        dialogs.clear(chatId());
    }
}
