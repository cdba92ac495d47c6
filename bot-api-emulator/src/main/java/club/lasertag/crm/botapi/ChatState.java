package club.lasertag.crm.botapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mutable state of one chat; guarded by {@link Emulation}'s lock. */
final class ChatState {

    final long id;
    final EmulatedUser privateUser; // null for groups
    final List<ChatMessage> messages = new ArrayList<>();
    final List<ChatEvent> events = new ArrayList<>();
    private int nextMessageId = 1;
    /** The event sequence number of the user's latest action here; bot replies come after it. */
    long lastUserSequence;

    ChatState(long id, EmulatedUser privateUser) {
        this.id = id;
        this.privateUser = privateUser;
    }

    boolean isPrivate() {
        return id > 0;
    }

    String type() {
        return isPrivate() ? "private" : "group";
    }

    int nextMessageId() {
        return nextMessageId++;
    }

    Optional<ChatMessage> find(int messageId) {
        return messages.stream().filter(message -> message.messageId() == messageId).findFirst();
    }

    void replace(ChatMessage updated) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).messageId() == updated.messageId()) {
                messages.set(i, updated);
                return;
            }
        }
        throw new IllegalStateException("no message " + updated.messageId() + " in chat " + id);
    }

    ChatView view() {
        return new ChatView(id, type(), messages, events);
    }
}
