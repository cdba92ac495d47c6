package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.updates.ProcessedUpdates;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedUpdates} in memory, for tests; with an {@link InMemoryUnitOfWork}, a rolled back record is forgotten. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Set<Long> processed = ConcurrentHashMap.newKeySet();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryProcessedUpdates() {
        this(null);
    }

    public InMemoryProcessedUpdates(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean markProcessed(long updateId) {
        boolean added = processed.add(updateId);
        if (added) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> processed.remove(updateId));
        }
        return added;
    }
}
