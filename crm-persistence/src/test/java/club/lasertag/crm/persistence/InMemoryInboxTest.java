package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.testing.InMemoryInbox;
import club.lasertag.crm.chat.updates.Inbox;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryInboxTest extends InboxContract {

    private final InMemoryInbox inbox = new InMemoryInbox();

    @Override
    Inbox inbox() {
        return inbox;
    }
}
