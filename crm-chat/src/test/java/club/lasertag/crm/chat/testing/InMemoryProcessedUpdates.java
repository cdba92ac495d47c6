package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.updates.ProcessedUpdates;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedUpdates} in memory, for tests. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Set<Long> processed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean markProcessed(long updateId) {
        return processed.add(updateId);
    }
}
