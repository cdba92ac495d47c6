package club.lasertag.crm.botapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The emulator's whole state: chats, the update queue, callback queries, the call log, injected
 * faults. One lock guards it; one condition wakes long polls and waiting tests on any change.
 * Chat listeners run after the lock is released.
 */
final class Emulation {

    record PendingUpdate(int updateId, JsonObject json) {
    }

    final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    final Map<Long, ChatState> chats = new LinkedHashMap<>();
    private final Deque<PendingUpdate> updates = new ArrayDeque<>();
    private int nextUpdateId = 1;

    /** Update ids from {@code first} on: an emulator started again must not reuse ids the bot has handled. */
    void firstUpdateId(int first) {
        lock.lock();
        try {
            nextUpdateId = first;
        } finally {
            lock.unlock();
        }
    }
    private final Map<String, CallbackQueryState> callbacks = new LinkedHashMap<>();
    private int nextCallbackId = 1;
    private final List<ApiCall> calls = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    final Map<String, JsonArray> commands = new HashMap<>();
    String webhookUrl = "";
    /** setWebhook's secret_token, sent with each delivered update ("" = none). */
    String webhookSecret = "";
    /** Updates being posted to the webhook now: not offered to another delivery until it fails. */
    private final java.util.Set<Integer> delivering = new java.util.HashSet<>();
    private long sequence;
    private int requestsInFlight;
    private long lastActivityNanos = System.nanoTime();
    private boolean closed;
    /** Bumped by {@link #reset()}: long polls from before it return at once, empty. */
    private long generation;

    private final List<ChatEvent> undelivered = new ArrayList<>();
    private final List<Consumer<ChatEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Runs {@code action} under the lock, wakes waiters, then tells listeners what changed. */
    <T> T change(Supplier<T> action) {
        List<ChatEvent> toDeliver;
        T result;
        lock.lock();
        try {
            result = action.get();
            lastActivityNanos = System.nanoTime();
            changed.signalAll();
            toDeliver = List.copyOf(undelivered);
            undelivered.clear();
        } finally {
            lock.unlock();
        }
        for (ChatEvent event : toDeliver) {
            for (Consumer<ChatEvent> listener : listeners) {
                listener.accept(event);
            }
        }
        return result;
    }

    <T> T read(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    void addListener(Consumer<ChatEvent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<ChatEvent> listener) {
        listeners.remove(listener);
    }

    // ---- chats (call under the lock) ----

    ChatState chatForUser(EmulatedUser user, long chatId) {
        return chats.computeIfAbsent(chatId, id -> new ChatState(id, id > 0 ? user : null));
    }

    ChatState existingChat(long chatId) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        return chat;
    }

    ChatMessage append(ChatState chat, ChatMessage message) {
        chat.messages.add(message);
        ChatEvent event = record(chat, ChatEvent.Type.SENT, message);
        if (message.sender() == ChatMessage.Sender.USER) {
            chat.lastUserSequence = event.sequence();
        }
        return message;
    }

    ChatEvent record(ChatState chat, ChatEvent.Type type, ChatMessage message) {
        ChatEvent event = new ChatEvent(++sequence, type, message);
        chat.events.add(event);
        undelivered.add(event);
        return event;
    }

    void markUserAction(ChatState chat) {
        chat.lastUserSequence = ++sequence;
    }

    // ---- updates ----

    int enqueueUpdate(String field, JsonObject payload) {
        int updateId = nextUpdateId++;
        JsonObject update = new JsonObject();
        update.addProperty("update_id", updateId);
        update.add(field, payload);
        updates.add(new PendingUpdate(updateId, update));
        return updateId;
    }

    /** getUpdates: confirms updates below {@code offset}, then waits up to {@code timeout} for any. */
    JsonArray pollUpdates(int offset, int limit, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            int before = updates.size();
            confirm(offset);
            if (updates.size() != before) {
                // Confirming means the bot finished those updates: that is activity; a bare poll is not.
                lastActivityNanos = System.nanoTime();
                changed.signalAll();
            }
            long remaining = timeout.toNanos();
            long since = generation;
            while (updates.isEmpty() && remaining > 0 && !closed && generation == since) {
                remaining = changed.awaitNanos(remaining);
            }
            JsonArray result = new JsonArray();
            if (generation != since) {
                return result;
            }
            for (PendingUpdate update : updates) {
                if (result.size() >= limit) {
                    break;
                }
                result.add(update.json().deepCopy());
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void confirm(int offset) {
        if (offset < 0) {
            // Telegram: a negative offset keeps only the last -offset updates.
            while (updates.size() > -offset) {
                updates.removeFirst();
            }
        } else {
            while (!updates.isEmpty() && updates.peekFirst().updateId() < offset) {
                updates.removeFirst();
            }
        }
    }

    /**
     * For webhook delivery: waits until a webhook is set and an update is pending that no delivery holds, and
     * takes it (it stays pending until {@link #delivered}); empty once closed.
     */
    Optional<PendingUpdate> takeForDelivery() throws InterruptedException {
        lock.lock();
        try {
            while (!closed) {
                if (!webhookUrl.isEmpty()) {
                    for (PendingUpdate update : updates) {
                        if (delivering.add(update.updateId())) {
                            return Optional.of(update);
                        }
                    }
                }
                changed.await();
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** The webhook took the update ({@code accepted}): it is confirmed; otherwise it is offered again. */
    void delivered(PendingUpdate update, boolean accepted) {
        lock.lock();
        try {
            delivering.remove(update.updateId());
            if (accepted) {
                updates.removeIf(pending -> pending.updateId() == update.updateId());
                lastActivityNanos = System.nanoTime();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void dropPendingUpdates() {
        updates.clear();
    }

    int pendingUpdateCount() {
        return updates.size();
    }

    // ---- callback queries ----

    CallbackQueryState newCallback(long userId, long chatId, int messageId, String data) {
        String id = Long.toString(4_000_000_000L + nextCallbackId++);
        CallbackQueryState query = new CallbackQueryState(id, userId, chatId, messageId, data, false, null, false);
        callbacks.put(id, query);
        return query;
    }

    Optional<CallbackQueryState> callback(String id) {
        return Optional.ofNullable(callbacks.get(id));
    }

    void answerCallback(String id, String text, boolean showAlert) {
        CallbackQueryState query = callbacks.get(id);
        if (query == null || query.answered()) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        callbacks.put(id, query.answer(text, showAlert));
    }

    List<CallbackQueryState> callbacks() {
        return List.copyOf(callbacks.values());
    }

    // ---- requests, faults, call log ----

    void requestStarted() {
        lock.lock();
        try {
            requestsInFlight++;
            lastActivityNanos = System.nanoTime();
        } finally {
            lock.unlock();
        }
    }

    void requestFinished(ApiCall call) {
        lock.lock();
        try {
            requestsInFlight--;
            calls.add(call);
            lastActivityNanos = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long generation() {
        return read(() -> generation);
    }

    /** Logs a getUpdates call, unless a reset came while it waited: the log starts afresh at a reset. */
    void logPoll(ApiCall call, long startedInGeneration) {
        lock.lock();
        try {
            if (generation != startedInGeneration) {
                return;
            }
            calls.add(call);
        } finally {
            lock.unlock();
        }
    }

    void addFaults(String method, int times, Fault fault) {
        lock.lock();
        try {
            Deque<Fault> queue = faults.computeIfAbsent(method.toLowerCase(java.util.Locale.ROOT), m -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        } finally {
            lock.unlock();
        }
    }

    Optional<Fault> takeFault(String method) {
        lock.lock();
        try {
            Deque<Fault> queue = faults.get(method);
            return queue == null ? Optional.empty() : Optional.ofNullable(queue.pollFirst());
        } finally {
            lock.unlock();
        }
    }

    List<ApiCall> calls() {
        return read(() -> List.copyOf(calls));
    }

    List<ApiCall> callsFrom(int index) {
        return read(() -> List.copyOf(calls.subList(Math.min(index, calls.size()), calls.size())));
    }

    int callCount() {
        return read(calls::size);
    }

    // ---- waiting ----

    List<ChatMessage> awaitBotMessages(long chatId, int count, Duration timeout) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                List<ChatMessage> replies = botRepliesSinceUser(chatId);
                if (replies.size() >= count) {
                    return replies;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new IllegalStateException("expected " + count + " bot message(s) in chat " + chatId
                            + " within " + timeout + " but got " + replies.size() + "; chat: " + transcript(chatId));
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for bot messages", e);
        } finally {
            lock.unlock();
        }
    }

    private List<ChatMessage> botRepliesSinceUser(long chatId) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return List.of();
        }
        List<ChatMessage> replies = new ArrayList<>();
        for (ChatEvent event : chat.events) {
            if (event.sequence() > chat.lastUserSequence && event.type() == ChatEvent.Type.SENT
                    && event.message().fromBot()) {
                chat.find(event.message().messageId()).ifPresent(replies::add);
            }
        }
        return replies;
    }

    void awaitIdle(Duration quiet, Duration timeout) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long quietFor = System.nanoTime() - lastActivityNanos;
                boolean idle = updates.isEmpty() && requestsInFlight == 0 && quietFor >= quiet.toNanos();
                if (idle) {
                    return;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new IllegalStateException("bot not idle within " + timeout + ": " + updates.size()
                            + " unconfirmed update(s), " + requestsInFlight + " request(s) in flight");
                }
                long wait = Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(remaining, quiet.toNanos() - quietFor));
                changed.awaitNanos(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bot to be idle", e);
        } finally {
            lock.unlock();
        }
    }

    String transcript(long chatId) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return "(no such chat)";
        }
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : chat.messages) {
            text.append("\n  #").append(message.messageId()).append(' ').append(message.sender())
                    .append(message.deleted() ? " (deleted)" : "").append(": ").append(message.plainText());
            if (!message.keyboard().isEmpty()) {
                text.append(" ").append(message.buttons().stream().map(InlineButton::text).toList());
            }
        }
        return text.toString();
    }

    /** Forgets what tests see and set up; update, callback and event numbering goes on. */
    void reset() {
        lock.lock();
        try {
            chats.clear();
            updates.clear();
            callbacks.clear();
            calls.clear();
            faults.clear();
            commands.clear();
            webhookUrl = "";
            webhookSecret = "";
            delivering.clear();
            undelivered.clear();
            generation++;
            lastActivityNanos = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        listeners.clear();
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
