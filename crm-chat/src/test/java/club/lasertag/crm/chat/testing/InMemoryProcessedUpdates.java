package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.updates.ProcessedUpdates;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedUpdates} in memory, for tests; with an {@link InMemoryUnitOfWork}, a rolled back record is forgotten. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Map<Long, Instant> processed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryProcessedUpdates() {
        this(null);
    }

    public InMemoryProcessedUpdates(InMemoryUnitOfWork unitOfWork) {
        this(Clock.systemUTC(), unitOfWork);
    }

    public InMemoryProcessedUpdates(Clock clock, InMemoryUnitOfWork unitOfWork) {
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean markProcessed(long updateId) {
        boolean added = processed.putIfAbsent(updateId, clock.instant()) == null;
        if (added) {
            InMemoryUnitOfWork.onRollback(unitOfWork, () -> processed.remove(updateId));
        }
        return added;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = processed.size();
        processed.values().removeIf(at -> at.isBefore(cutoff));
        return before - processed.size();
    }
}
