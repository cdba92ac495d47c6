package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryProcessedUpdatesTest extends ProcessedUpdatesContract {

    private final InMemoryProcessedUpdates processedUpdates = new InMemoryProcessedUpdates();

    @Override
    ProcessedUpdates processedUpdates() {
        return processedUpdates;
    }
}
