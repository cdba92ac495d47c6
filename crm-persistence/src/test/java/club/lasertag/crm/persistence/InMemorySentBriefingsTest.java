package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.testing.InMemorySentBriefings;

/** The in-memory fake honours the same contract as the databases. */
class InMemorySentBriefingsTest extends SentBriefingsContract {

    private final SentBriefings port = new InMemorySentBriefings();

    @Override
    SentBriefings sent() {
        return port;
    }
}
