package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.testing.InMemoryOutbox;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    Outbox outbox() {
        return outbox;
    }
}
