package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.updates.Inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link Inbox} in memory, for tests; with an {@link InMemoryUnitOfWork}, rolled back changes are undone. */
public final class InMemoryInbox implements Inbox {

    private final Map<Long, Entry> entries = new ConcurrentSkipListMap<>();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryInbox() {
        this(null);
    }

    public InMemoryInbox(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void store(long updateId, long laneKey, String json) {
        if (entries.putIfAbsent(updateId, new Entry(updateId, laneKey, json)) == null) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.remove(updateId));
        }
    }

    @Override
    public List<Entry> pending() {
        return List.copyOf(entries.values());
    }

    @Override
    public void done(long updateId) {
        Entry removed = entries.remove(updateId);
        if (removed != null) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> entries.put(updateId, removed));
        }
    }
}
