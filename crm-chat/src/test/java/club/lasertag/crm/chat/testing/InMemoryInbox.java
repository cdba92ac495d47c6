package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.updates.Inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link Inbox} in memory, for tests; with an {@link InMemoryUnitOfWork}, rolled back changes are undone. */
public final class InMemoryInbox implements Inbox {

    private final Map<Long, Entry> entries = new ConcurrentSkipListMap<>();
    private final Map<Long, Instant> heldUntil = new ConcurrentHashMap<>();
    private final Clock clock;
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryInbox() {
        this(Clock.systemUTC(), null);
    }

    public InMemoryInbox(InMemoryUnitOfWork unitOfWork) {
        this(Clock.systemUTC(), unitOfWork);
    }

    public InMemoryInbox(Clock clock, InMemoryUnitOfWork unitOfWork) {
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void store(long updateId, long laneKey, String json) {
        if (entries.putIfAbsent(updateId, new Entry(updateId, laneKey, json)) == null) {
            heldUntil.put(updateId, clock.instant().plus(HOLD));
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.remove(updateId));
        }
    }

    @Override
    public List<Entry> pending() {
        return List.copyOf(entries.values());
    }

    @Override
    public synchronized List<Entry> claim(int limit) {
        Instant now = clock.instant();
        List<Entry> claimed = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (claimed.size() == limit) {
                break;
            }
            if (!heldUntil.getOrDefault(entry.updateId(), Instant.EPOCH).isAfter(now)) {
                heldUntil.put(entry.updateId(), now.plus(HOLD));
                claimed.add(entry);
            }
        }
        return claimed;
    }

    @Override
    public void done(long updateId) {
        Entry removed = entries.remove(updateId);
        if (removed != null) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.put(updateId, removed));
        }
    }
}
