package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link Outbox} in memory, for tests; with an {@link InMemoryUnitOfWork}, rolled back changes are undone. */
public final class InMemoryOutbox implements Outbox {

    private final Map<Long, Entry> entries = new ConcurrentSkipListMap<>();
    private final Map<Long, Instant> heldUntil = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryOutbox() {
        this(Clock.systemUTC(), null);
    }

    public InMemoryOutbox(InMemoryUnitOfWork unitOfWork) {
        this(Clock.systemUTC(), unitOfWork);
    }

    public InMemoryOutbox(Clock clock, InMemoryUnitOfWork unitOfWork) {
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Entry append(long updateId, long chatId, String payload) {
        Entry entry = new Entry(ids.incrementAndGet(), updateId, chatId, payload, clock.instant());
        entries.put(entry.id(), entry);
        heldUntil.put(entry.id(), entry.createdAt().plus(WRITER_HOLD));
        InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.remove(entry.id()));
        return entry;
    }

    @Override
    public List<Entry> pending(int limit) {
        return entries.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized List<Entry> claim(int limit, Duration lapsedWithin, Duration holdFor) {
        Instant now = clock.instant();
        Instant lapsedBy = now.plus(lapsedWithin);
        List<Entry> claimed = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (claimed.size() == limit) {
                break;
            }
            if (!heldUntil.getOrDefault(entry.id(), Instant.EPOCH).isAfter(lapsedBy)) {
                heldUntil.put(entry.id(), now.plus(holdFor));
                claimed.add(entry);
            }
        }
        return claimed;
    }

    @Override
    public void release(long id) {
        heldUntil.computeIfPresent(id, (key, until) -> clock.instant());
    }

    @Override
    public long backlog() {
        return entries.size();
    }

    @Override
    public void delivered(long id) {
        Entry removed = entries.remove(id);
        if (removed != null) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.put(id, removed));
        }
    }
}
