package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.testing.InMemoryFeedTokens;

/** The in-memory fake honours the same contract as the databases. */
class InMemoryFeedTokensTest extends FeedTokensContract {

    private final InMemoryFeedTokens tokens = new InMemoryFeedTokens();

    @Override
    FeedTokens tokens() {
        return tokens;
    }
}
