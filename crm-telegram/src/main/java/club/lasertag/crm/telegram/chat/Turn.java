package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** One update being handled: who sent it, with which role, in which language, and how to answer. */
public final class Turn {

    private final Incoming incoming;
    private final Role role;
    private final Texts texts;
    private final Replies replies;
    private final DialogStates dialogs;
    private final Clock clock;

    public Turn(Incoming incoming, Role role, Texts texts, Replies replies, DialogStates dialogs, Clock clock) {
        this.incoming = incoming;
        this.role = role;
        this.texts = texts;
        this.replies = replies;
        this.dialogs = dialogs;
        this.clock = clock;
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

    public boolean can(Permission permission) {
        return role.can(permission);
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

    /** Moves the chat's dialog to {@code step} of {@code flow} with these answers. */
    public void ask(String flow, String step, Map<String, String> answers) {
        dialogs.save(new DialogState(chatId(), flow, step, answers, clock.instant()));
    }

    public void endDialog() {
        dialogs.clear(chatId());
    }
}
