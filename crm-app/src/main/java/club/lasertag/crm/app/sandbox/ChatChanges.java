package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatView;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which chats changed after a given event sequence, for the page's long poll. Follows the
 * emulator's {@link ChatEvent}s, keeping only the recent ones.
 */
final class ChatChanges implements AutoCloseable {

    private static final int KEPT_CHANGES = 2000;

    private final BotApiEmulator emulator;
    private final List<Long> allChats;
    private final Consumer<ChatEvent> listener = this::onEvent;

    /** Guarded by {@code this}: the latest event sequence and recent (sequence, chat id) pairs. */
    private long latestSequence;
    private final Deque<long[]> changes = new ArrayDeque<>();
    private long forgottenUpTo;
    private boolean closed;

    /** What {@link #awaitAfter} found: the latest sequence and the chats changed since. */
    record Changed(long sequence, Set<Long> chatIds) {
    }

    private ChatChanges(BotApiEmulator emulator, List<Long> allChats) {
        this.emulator = emulator;
        this.allChats = List.copyOf(allChats);
    }

    /** Starts following the emulator, including the events it already has. */
    static ChatChanges follow(BotApiEmulator emulator, List<Long> allChats) {
        ChatChanges changes = new ChatChanges(emulator, allChats);
        emulator.addListener(changes.listener);
        for (ChatView chat : emulator.chats()) {
            chat.events().forEach(changes::onEvent);
        }
        return changes;
    }

    private synchronized void onEvent(ChatEvent event) {
        if (event.sequence() > latestSequence) {
            latestSequence = event.sequence();
        }
        changes.addLast(new long[] {event.sequence(), event.message().chatId()});
        while (changes.size() > KEPT_CHANGES) {
            forgottenUpTo = changes.removeFirst()[0];
        }
        notifyAll();
    }

    /** Waits until some event is newer than {@code since}, the timeout passes or this is closed. */
    synchronized Changed awaitAfter(long since, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (latestSequence <= since && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        Set<Long> changed = new LinkedHashSet<>();
        if (since > latestSequence || since < forgottenUpTo) {
            changed.addAll(allChats); // the page is from another run or too far behind: refresh all
        } else {
            for (long[] change : changes) {
                if (change[0] > since) {
                    changed.add(change[1]);
                }
            }
        }
        return new Changed(latestSequence, changed);
    }

    /** Wakes pending polls and stops following the emulator. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        emulator.removeListener(listener);
    }
}
